/**
 * `GET /health`: 200 `{ ok: true }` while the database answers, 503 `{ ok: false }` otherwise,
 * including when it does not answer within `healthTimeoutMs` (a monitor must not hang).
 */
import type { FastifyInstance } from 'fastify';
import { hubPaths } from '../../core/sync/wire';
import type { HubContext } from '../app';

/** How long the database may take to answer `SELECT 1`. */
export const healthTimeoutMs = 3_000;

/** Registers the health route (not rate limited: monitors poll it). */
export function registerHealthRoute(app: FastifyInstance, context: HubContext): void {
  app.get(hubPaths.health, async (request, reply) => {
    try {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error('no answer in time')), healthTimeoutMs);
      });
      await Promise.race([context.db.query('SELECT 1'), timeout]).finally(() =>
        clearTimeout(timer),
      );
      return reply.code(200).send({ ok: true });
    } catch (error) {
      request.log.warn(
        { err: { type: (error as Error).name, message: (error as Error).message } },
        'health: database does not answer',
      );
      return reply.code(503).send({ ok: false });
    }
  });
}
