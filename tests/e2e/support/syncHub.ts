/**
 * A stand-in office hub on loopback for the kiosk's sync tests that need the hub to misbehave on
 * purpose: a tiny Fastify server with the hub's push endpoint only (`POST /api/v1/visits`, one
 * kiosk token, the same core/sync/wire.ts validation, in-memory storage keyed by visit id so a
 * resent visit is stored once) and the CORS the kiosk's browser origin needs. It can be told to
 * refuse given visits, which the real hub only does for visits the kiosk never sends, to see the
 * kiosk's dead-letter list. The kiosk against the real hub is in the same spec, tests/e2e/sync.spec.ts.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import {
  checkVisitRecord,
  claimedVisitId,
  hubPaths,
  maxBodyBytes,
  validatePushEnvelope,
  type RejectReason,
  type Rejection,
  type VisitRecord,
} from '../../../core/sync/wire';

/** The kiosk port the e2e run serves on; the hub listens 14 above it (playwright.config.ts). */
export const e2eKioskPort = Number(process.env.RUKN_E2E_PORT ?? 4173);
export const e2eHubPort = e2eKioskPort + 14;
export const e2eHubOrigin = `http://127.0.0.1:${e2eHubPort}`;

export type StandInHub = {
  readonly origin: string;
  readonly kioskId: string;
  readonly token: string;
  /** Visits stored, by id (a visit pushed twice is still one entry). */
  readonly stored: ReadonlyMap<string, VisitRecord>;
  /** How many times each visit id arrived in a push. */
  readonly received: ReadonlyMap<string, number>;
  /** Visits to refuse with a reason, by id; a function sees each record. */
  refuse: (record: VisitRecord) => RejectReason | undefined;
  readonly close: () => Promise<void>;
};

/** A fresh kiosk token: `rk1_` and 32 random bytes in base64url. */
export function newKioskToken(): string {
  return `rk1_${randomBytes(32).toString('base64url')}`;
}

/** Starts the stand-in hub on `port` for one kiosk. */
export async function startStandInHub(
  port: number = e2eHubPort,
  kioskId = 'e2e-kiosk-1',
): Promise<StandInHub> {
  const token = newKioskToken();
  const stored = new Map<string, VisitRecord>();
  const received = new Map<string, number>();
  const app: FastifyInstance = Fastify({ bodyLimit: maxBodyBytes });
  const hub: StandInHub = {
    origin: `http://127.0.0.1:${port}`,
    kioskId,
    token,
    stored,
    received,
    refuse: () => undefined,
    close: () => app.close(),
  };
  // The kiosk page is another origin (the test server): it needs CORS, with its Authorization.
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (origin !== undefined) {
      reply.header('access-control-allow-origin', origin);
      reply.header('vary', 'origin');
    }
  });
  app.options('/*', async (_request, reply) => {
    reply
      .header('access-control-allow-methods', 'GET, POST')
      .header('access-control-allow-headers', 'authorization, content-type, if-none-match')
      .header('access-control-max-age', '600')
      .code(204)
      .send();
  });
  app.post(hubPaths.visits, async (request, reply) => {
    if (request.headers.authorization !== `Bearer ${token}`) {
      return reply.code(401).send({ error: 'unauthorized' });
    }
    const envelope = validatePushEnvelope(request.body);
    if (!envelope.ok) return reply.code(400).send({ error: envelope.error.code });
    if (envelope.value.kioskId !== kioskId) return reply.code(403).send({ error: 'wrong-kiosk' });
    const accepted: string[] = [];
    const rejected: Rejection[] = [];
    for (const raw of envelope.value.visits) {
      const id = claimedVisitId(raw);
      received.set(id, (received.get(id) ?? 0) + 1);
      const record = checkVisitRecord(raw, kioskId);
      if (!record.ok) {
        rejected.push({ id, reason: record.error.code, field: record.error.message });
        continue;
      }
      const refusal = hub.refuse(record.value);
      if (refusal !== undefined) {
        rejected.push({ id, reason: refusal });
        continue;
      }
      if (!stored.has(id)) stored.set(id, record.value);
      accepted.push(id);
    }
    return { accepted, rejected };
  });
  await app.listen({ port, host: '127.0.0.1' });
  return hub;
}
