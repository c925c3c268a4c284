/** `GET /health`: 200 `{ ok: true }` while the database answers, 503 `{ ok: false }` otherwise. */
import type { FastifyInstance } from 'fastify';
import { hubPaths } from '../../core/sync/wire';
import type { HubContext } from '../app';

/** Registers the health route (not rate limited: monitors poll it). */
export function registerHealthRoute(app: FastifyInstance, context: HubContext): void {
  app.get(hubPaths.health, async (request, reply) => {
    try {
      await context.db.query('SELECT 1');
      return reply.code(200).send({ ok: true });
    } catch (error) {
      request.log.warn({ err: error }, 'health: database does not answer');
      return reply.code(503).send({ ok: false });
    }
  });
}
