/**
 * `GET /api/v1/content/latest`: the newest signed content bundle for a kiosk. Policy: 204 when
 * nothing is published; a strong ETag, and 304 when the kiosk already has that envelope. The
 * kiosk, not the hub, decides whether to trust it (signature, schema, newer version).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hubPaths } from '../../core/sync/wire';
import type { HubContext } from '../app';
import { latestBundle } from '../content/store';
import { authenticateKiosk } from './kioskAuth';
import { registerPreflight } from './security';

/** True when `If-None-Match` names `etag` (or `*`); weak forms compare equal, as RFC 9110 says. */
export function matchesIfNoneMatch(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (typeof header !== 'string') return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/** Registers the content route. */
export function registerContentRoute(app: FastifyInstance, context: HubContext): void {
  registerPreflight(app, hubPaths.content, 'GET', context.cors);
  app.get(
    hubPaths.content,
    { config: { rateLimit: context.rateLimits.content } },
    async (request, reply) => {
      const kiosk = await authenticateKiosk(context.db, request, reply);
      if (kiosk === undefined) return reply;
      await context.db.query('UPDATE kiosks SET last_contact_at = $2 WHERE id = $1', [
        kiosk.id,
        context.now(),
      ]);
      const latest = await latestBundle(context.db);
      if (latest === undefined) return reply.code(204).send();
      reply.header('etag', latest.etag);
      if (matchesIfNoneMatch(request, latest.etag)) return reply.code(304).send();
      return reply.code(200).type('application/json; charset=utf-8').send(latest.envelope);
    },
  );
}
