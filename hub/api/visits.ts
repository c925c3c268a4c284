/**
 * `POST /api/v1/visits`: a kiosk pushes a batch of ended visits. Policy: the token is checked
 * before the body is read (401/403), then JSON only (415); the envelope is validated whole (400
 * when wrong) and must name the token's kiosk (403 otherwise); then each visit is accepted or
 * refused on its own (hub/api/ingest.ts), and the answer lists every visit of the batch in exactly
 * one of `accepted` and `rejected`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hubPaths, validatePushEnvelope } from '../../core/sync/wire';
import type { HubContext } from '../app';
import { sendError } from './errors';
import { ingestBatch, type PartitionCache } from './ingest';
import { authenticateKiosk } from './kioskAuth';
import type { KioskIdentity } from '../kiosks/store';
import { registerPreflight } from './security';

/** Registers the push route. */
export function registerVisitsRoute(app: FastifyInstance, context: HubContext): void {
  const partitions: PartitionCache = new Set();
  // Who each request is, found before its body is read (an unknown caller's body is never parsed).
  const callers = new WeakMap<FastifyRequest, KioskIdentity>();
  registerPreflight(app, hubPaths.visits, 'POST', context.cors);
  app.post(
    hubPaths.visits,
    {
      config: { rateLimit: context.rateLimits.push },
      preParsing: async (request, reply, payload) => {
        const kiosk = await authenticateKiosk(context.db, request, reply);
        if (kiosk === undefined) return reply;
        // Only JSON is parsed here (Fastify would parse text/plain too).
        const type = request.headers['content-type'] ?? '';
        if (!/^application\/json\s*(;|$)/i.test(type)) {
          return sendError(reply, 415, 'unsupported-media-type', 'send application/json');
        }
        callers.set(request, kiosk);
        return payload;
      },
    },
    async (request, reply) => {
      const kiosk = callers.get(request);
      if (kiosk === undefined) throw new Error('push reached its handler without a kiosk');
      const envelope = validatePushEnvelope(request.body);
      if (!envelope.ok) {
        return sendError(reply, 400, 'invalid-request', envelope.error.message);
      }
      if (envelope.value.kioskId !== kiosk.id) {
        return sendError(reply, 403, 'forbidden', 'kioskId is not the token’s kiosk');
      }
      const answer = await ingestBatch(
        context.db,
        kiosk,
        envelope.value,
        context.now(),
        partitions,
      );
      return reply.code(200).send(answer);
    },
  );
}
