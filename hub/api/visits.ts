/**
 * `POST /api/v1/visits`: a kiosk pushes a batch of ended visits. Policy: JSON only; the envelope
 * is validated whole (400 when wrong) and must name the token's kiosk (403 otherwise); then each
 * visit is accepted or refused on its own (hub/api/ingest.ts), and the answer lists every visit of
 * the batch in exactly one of `accepted` and `rejected`.
 */
import type { FastifyInstance } from 'fastify';
import { hubPaths, validatePushEnvelope } from '../../core/sync/wire';
import type { HubContext } from '../app';
import { sendError } from './errors';
import { ingestBatch, type PartitionCache } from './ingest';
import { authenticateKiosk } from './kioskAuth';
import { registerPreflight } from './security';

/** Registers the push route. */
export function registerVisitsRoute(app: FastifyInstance, context: HubContext): void {
  const partitions: PartitionCache = new Set();
  registerPreflight(app, hubPaths.visits, 'POST', context.cors);
  app.post(
    hubPaths.visits,
    {
      config: { rateLimit: context.rateLimits.push },
      // Before the body is read: only JSON is parsed here (text/plain would be, by default).
      preParsing: async (request, reply, payload) => {
        const type = request.headers['content-type'] ?? '';
        if (!/^application\/json\s*(;|$)/i.test(type)) {
          return sendError(reply, 415, 'unsupported-media-type', 'send application/json');
        }
        return payload;
      },
    },
    async (request, reply) => {
      const kiosk = await authenticateKiosk(context.db, request, reply);
      if (kiosk === undefined) return reply;
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
