/**
 * The sync wire protocol between a kiosk and its office hub, version 1: the paths, the push batch
 * and its answer, and their run-time validation. The kiosk's sync client builds requests with these
 * types and the hub validates every request with these functions at its edge, so the two can never
 * disagree about a field. Policy: a batch is checked visit by visit, and one bad visit is rejected
 * with its reason while the rest of the batch is accepted; a request whose envelope is wrong is
 * refused whole.
 */
import { err, ok, type Result } from '../result';
import { hasOnlyKeys, isNonEmptyString, isRecord } from '../validation';
import type { Visit, VisitEvent } from '../visit/types';
import { checkEventOfVisit, checkVisitFields, maxFieldLength } from '../visit/validate';

/** The protocol version a kiosk speaks; the hub refuses any other. */
export const protocolVersion = 1;

/** The hub's paths (API version 1). */
export const hubPaths = {
  /** POST a `PushRequest` (kiosk token), answered with a `PushResponse`. */
  visits: '/api/v1/visits',
  /** GET the latest signed content bundle (kiosk token); `ETag` / `If-None-Match`. */
  content: '/api/v1/content/latest',
  /** GET reports (office manager session or admin token). */
  reports: '/api/v1/reports',
  /** GET 200 when the hub's database answers. */
  health: '/health',
} as const;

/** Most visits in one push; the client also keeps a batch under `maxBatchBytes`. */
export const maxBatchVisits = 250;
/** Most events one visit may carry (a long visit has a few hundred). */
export const maxEventsPerVisit = 2000;
/** The client's aim for one request body; the hub's hard limit is `maxBodyBytes`. */
export const maxBatchBytes = 1_000_000;
/** The largest body the hub reads; anything larger is answered 413 before it is parsed. */
export const maxBodyBytes = 4 * 1024 * 1024;

/** One ended visit with all its events, as pushed. */
export type VisitRecord = {
  readonly visit: Visit;
  readonly events: readonly VisitEvent[];
};

/** A batch of ended visits from one kiosk. */
export type PushRequest = {
  readonly protocol: typeof protocolVersion;
  /** The kiosk the batch is from; must be the kiosk the token belongs to. */
  readonly kioskId: string;
  readonly visits: readonly VisitRecord[];
  /** Where the kiosk stands, shown on the office dashboard (optional). */
  readonly status?: KioskStatus;
};

/** What a kiosk tells the hub about itself with each push. */
export type KioskStatus = {
  /** Visits still waiting to be sent after this batch. */
  readonly pending: number;
  /** Visits the hub refused, kept in the kiosk's dead-letter list. */
  readonly rejected: number;
  /** Content version in use. */
  readonly contentVersion: string;
  /** Kiosk application version. */
  readonly appVersion: string;
  /** Storage health: `ok`, `degraded` or `full`. */
  readonly storage: 'ok' | 'degraded' | 'full';
};

/** Why the hub refused one visit of a batch. Stable codes, translated on the staff screen. */
export const rejectReasons = [
  /** A field of the visit is missing, of the wrong type or out of range. */
  'invalid-visit',
  /** One of its events is malformed, or belongs to another visit. */
  'invalid-events',
  /** The visit is still open: only ended visits are sent. */
  'visit-open',
  /** The visit names another kiosk than the token's, or its id is stored for another kiosk. */
  'wrong-kiosk',
  /** The same visit id was stored before with different content. */
  'conflict',
] as const;
export type RejectReason = (typeof rejectReasons)[number];

/** One refused visit: its id (or `''` when it had none) and why. */
export type Rejection = {
  readonly id: string;
  readonly reason: RejectReason;
  readonly field?: string;
};

/** The hub's answer to a push: every visit of the batch is in exactly one of the two lists. */
export type PushResponse = {
  /** Visits now stored at the hub (including ones it already had, unchanged). */
  readonly accepted: readonly string[];
  readonly rejected: readonly Rejection[];
};

/** A push request whose envelope is sound; its visits still need `checkVisitRecord` each. */
export type PushEnvelope = {
  readonly protocol: typeof protocolVersion;
  readonly kioskId: string;
  readonly visits: readonly unknown[];
  readonly status?: KioskStatus;
};

const requestKeys = ['protocol', 'kioskId', 'visits', 'status'];
const statusKeys = ['pending', 'rejected', 'contentVersion', 'appVersion', 'storage'];

function isKioskStatus(value: unknown): value is KioskStatus {
  if (!isRecord(value) || !hasOnlyKeys(value, statusKeys)) return false;
  const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  const isText = (v: unknown) => typeof v === 'string' && v.length <= maxFieldLength;
  return (
    isCount(value.pending) &&
    isCount(value.rejected) &&
    isText(value.contentVersion) &&
    isText(value.appVersion) &&
    (value.storage === 'ok' || value.storage === 'degraded' || value.storage === 'full')
  );
}

/**
 * Checks a request's envelope: protocol version, kiosk id, a list of at most `maxBatchVisits`
 * visits, and an optional well-formed status. The visits themselves are checked one by one.
 */
export function validatePushEnvelope(value: unknown): Result<PushEnvelope, 'invalid-request'> {
  if (!isRecord(value) || !hasOnlyKeys(value, requestKeys)) {
    return err('invalid-request', 'expected { protocol, kioskId, visits, status? }');
  }
  if (value.protocol !== protocolVersion) {
    return err('invalid-request', `protocol: expected ${protocolVersion}`);
  }
  if (!isNonEmptyString(value.kioskId) || value.kioskId.length > maxFieldLength) {
    return err('invalid-request', 'kioskId');
  }
  if (!Array.isArray(value.visits) || value.visits.length > maxBatchVisits) {
    return err('invalid-request', `visits: expected a list of at most ${maxBatchVisits}`);
  }
  if (value.status !== undefined && !isKioskStatus(value.status)) {
    return err('invalid-request', 'status');
  }
  return ok(value as PushEnvelope);
}

/** The id a record claims, for naming it in a rejection (`''` when it has none). */
export function claimedVisitId(record: unknown): string {
  if (!isRecord(record) || !isRecord(record.visit)) return '';
  const id = record.visit.id;
  return typeof id === 'string' && id.length <= maxFieldLength ? id : '';
}

/**
 * Checks one visit record of a batch from `kioskId`: the visit's fields, that it has ended, that
 * it is this kiosk's, and each of its events. Answers the typed record or why it is refused.
 */
export function checkVisitRecord(
  record: unknown,
  kioskId: string,
): Result<VisitRecord, RejectReason> {
  if (!isRecord(record) || !hasOnlyKeys(record, ['visit', 'events'])) {
    return err('invalid-visit', 'expected { visit, events }');
  }
  const visitProblem = checkVisitFields(record.visit);
  if (visitProblem !== undefined) return err('invalid-visit', visitProblem);
  const visit = record.visit as Visit;
  if (visit.endedAt === undefined) return err('visit-open', 'endedAt');
  if (visit.kioskId !== kioskId) return err('wrong-kiosk', 'kioskId');
  if (!Array.isArray(record.events) || record.events.length > maxEventsPerVisit) {
    return err('invalid-events', `events: expected a list of at most ${maxEventsPerVisit}`);
  }
  // Event ids must not repeat. Their sequence numbers usually rise, and different numbers are
  // different ids, so a set of ids is only made when they do not.
  const events: readonly unknown[] = record.events;
  let lastSequence = -1;
  let seen: Set<string> | undefined;
  for (let index = 0; index < events.length; index += 1) {
    const event = events[index];
    const checked = checkEventOfVisit(event, visit.id);
    if (typeof checked === 'string') return err('invalid-events', `events[${index}].${checked}`);
    const eventId = (event as VisitEvent).id;
    if (seen === undefined && checked > lastSequence) {
      lastSequence = checked;
      continue;
    }
    if (seen === undefined) {
      seen = new Set();
      for (let before = 0; before < index; before += 1) seen.add((events[before] as VisitEvent).id);
    }
    if (seen.has(eventId)) return err('invalid-events', `events[${index}].id: repeated`);
    seen.add(eventId);
  }
  return ok({ visit, events: record.events as VisitEvent[] });
}

/** Checks a hub's answer before the kiosk acts on it: nothing is marked sent on a malformed one. */
export function validatePushResponse(value: unknown): Result<PushResponse, 'invalid-response'> {
  if (!isRecord(value) || !Array.isArray(value.accepted) || !Array.isArray(value.rejected)) {
    return err('invalid-response', 'expected { accepted, rejected }');
  }
  if (!value.accepted.every((id) => typeof id === 'string')) {
    return err('invalid-response', 'accepted');
  }
  const isRejection = (item: unknown) =>
    isRecord(item) &&
    typeof item.id === 'string' &&
    typeof item.reason === 'string' &&
    (rejectReasons as readonly string[]).includes(item.reason);
  if (!value.rejected.every(isRejection)) return err('invalid-response', 'rejected');
  return ok({ accepted: value.accepted, rejected: value.rejected } as PushResponse);
}
