/**
 * Storing a pushed batch. Policy: idempotent by visit id across the whole hub. A visit id seen for
 * the first time is stored; the same id again from the same kiosk with the same content is
 * accepted and changes nothing; with different content it is refused as a `conflict`; from another
 * kiosk it is refused as `wrong-kiosk`. The whole batch is stored in one transaction with a few
 * multi-row statements (one JSON parameter each), never one round trip per visit.
 */
import { createHash } from 'node:crypto';
import {
  checkVisitRecord,
  claimedVisitId,
  type KioskStatus,
  type PushResponse,
  type Rejection,
  type VisitRecord,
} from '../../core/sync/wire';
import type { HubDatabase } from '../db/database';
import { monthPartitionSql } from '../db/migrations';
import type { KioskIdentity } from '../kiosks/store';

/**
 * JSON with object keys sorted at every level: the same data always gives the same text, whatever
 * order a kiosk wrote its keys in. Written for speed (it runs on every visit of every push).
 */
export function canonicalJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index += 1) {
      if (index > 0) text += ',';
      text += canonicalJson(value[index]);
    }
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let text = '{';
  let isFirst = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    if (!isFirst) text += ',';
    isFirst = false;
    text += `${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${text}}`;
}

/**
 * A visit's JSON texts as received and its digest: SHA-256 (hex) of `{"visit":…,"events":…}`.
 * Native `JSON.stringify` keeps ingest fast; a replay whose keys come in another order has another
 * digest, and is then compared with the stored row as data (jsonb equality ignores key order), so
 * it is still recognised as the same visit.
 */
export function visitTexts(record: VisitRecord): {
  readonly visit: string;
  readonly events: string;
  readonly digest: string;
} {
  const visit = JSON.stringify(record.visit);
  const events = JSON.stringify(record.events);
  // Fed in pieces: the same bytes as the joined text, without making it.
  const digest = createHash('sha256')
    .update('{"visit":')
    .update(visit)
    .update(',"events":')
    .update(events)
    .update('}')
    .digest('hex');
  return { visit, events, digest };
}

/** The latest time a visit may carry: JavaScript's last date (it must fit a bigint column too). */
const latestTime = 8.64e15;
/** Months outside these years are not given partitions of their own (they go to the default). */
const firstPartitionYear = 2020;
const partitionYearsAhead = 1;

type Candidate = {
  readonly record: VisitRecord;
  readonly digest: string;
  /** The JSON texts the digest was made of, sent to the database as they are. */
  readonly visitJson: string;
  readonly eventsJson: string;
};

/** Remembers which month partitions this process has made, so each is made once. */
export type PartitionCache = Set<string>;

/**
 * Checks and stores one batch of `kiosk`'s visits (already through `validatePushEnvelope`) and
 * answers which ids were accepted and which refused.
 */
export async function ingestBatch(
  db: HubDatabase,
  kiosk: KioskIdentity,
  batch: { readonly visits: readonly unknown[]; readonly status?: KioskStatus },
  now: number,
  partitions: PartitionCache,
): Promise<PushResponse> {
  const rejected: Rejection[] = [];
  const accepted: string[] = [];
  const byId = new Map<string, Candidate>();
  for (const raw of batch.visits) {
    const checked = checkVisitRecord(raw, kiosk.id);
    if (!checked.ok) {
      rejected.push(rejection(claimedVisitId(raw), checked.error.code, checked.error.message));
      continue;
    }
    const { visit } = checked.value;
    if (visit.startedAt > latestTime || (visit.endedAt ?? 0) > latestTime) {
      rejected.push({ id: visit.id, reason: 'invalid-visit', field: 'startedAt' });
      continue;
    }
    const texts = visitTexts(checked.value);
    const earlier = byId.get(visit.id);
    if (earlier === undefined) {
      byId.set(visit.id, {
        record: checked.value,
        digest: texts.digest,
        visitJson: texts.visit,
        eventsJson: texts.events,
      });
    } else if (
      earlier.digest === texts.digest ||
      canonicalJson(earlier.record) === canonicalJson(checked.value)
    ) {
      accepted.push(visit.id);
    } else rejected.push({ id: visit.id, reason: 'conflict' });
  }
  const candidates = [...byId.values()];
  await ensurePartitions(
    db,
    candidates.map((candidate) => candidate.record.visit.startedAt),
    now,
    partitions,
  );
  const outcome = await db.transaction(async (tx) => {
    const ids = candidates.map((candidate) => ({
      id: candidate.record.visit.id,
      digest: candidate.digest,
    }));
    const inserted = new Set(
      candidates.length === 0
        ? []
        : (
            await tx.query<{ id: string }>(
              `INSERT INTO visit_ids (id, kiosk_id, digest)
               SELECT r.id, $2, r.digest FROM jsonb_to_recordset($1::jsonb) AS r(id text, digest text)
               ON CONFLICT (id) DO NOTHING RETURNING id`,
              [JSON.stringify(ids), kiosk.id],
            )
          ).map((row) => row.id),
    );
    const fresh = candidates.filter((candidate) => inserted.has(candidate.record.visit.id));
    const known = candidates.filter((candidate) => !inserted.has(candidate.record.visit.id));
    const stored = await storedDigests(tx, known);
    const reordered = await sameAsStored(
      tx,
      kiosk,
      known.filter((candidate) => {
        const earlier = stored.get(candidate.record.visit.id);
        return earlier?.kioskId === kiosk.id && earlier.digest !== candidate.digest;
      }),
    );
    if (fresh.length > 0) await insertVisits(tx, kiosk, fresh, now);
    await tx.query(
      'UPDATE kiosks SET last_contact_at = $2, status = COALESCE($3::jsonb, status) WHERE id = $1',
      [kiosk.id, now, batch.status === undefined ? null : JSON.stringify(batch.status)],
    );
    return { fresh, known, stored, reordered };
  });
  for (const candidate of outcome.fresh) accepted.push(candidate.record.visit.id);
  for (const candidate of outcome.known) {
    const id = candidate.record.visit.id;
    const earlier = outcome.stored.get(id);
    if (earlier === undefined || earlier.kioskId !== kiosk.id) {
      rejected.push({ id, reason: 'wrong-kiosk', field: 'id' });
    } else if (earlier.digest === candidate.digest || outcome.reordered.has(id)) {
      accepted.push(id);
    } else rejected.push({ id, reason: 'conflict' });
  }
  return { accepted, rejected };
}

function rejection(id: string, reason: Rejection['reason'], message: string): Rejection {
  // Messages are `field` or `events[3].payload`: the field name is what the kiosk keeps.
  const field = /^[A-Za-z0-9_.[\]]{1,80}$/.test(message) ? message : undefined;
  return field === undefined ? { id, reason } : { id, reason, field };
}

async function storedDigests(
  tx: { query: HubDatabase['query'] },
  known: readonly Candidate[],
): Promise<Map<string, { kioskId: string; digest: string }>> {
  if (known.length === 0) return new Map();
  const rows = await tx.query<{ id: string; kiosk_id: string; digest: string }>(
    `SELECT id, kiosk_id, digest FROM visit_ids
     WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))`,
    [JSON.stringify(known.map((candidate) => candidate.record.visit.id))],
  );
  return new Map(rows.map((row) => [row.id, { kioskId: row.kiosk_id, digest: row.digest }]));
}

/** The visits of `candidates` whose stored row holds the same data (keys in any order). */
async function sameAsStored(
  tx: { query: HubDatabase['query'] },
  kiosk: KioskIdentity,
  candidates: readonly Candidate[],
): Promise<Set<string>> {
  if (candidates.length === 0) return new Set();
  const rows = await tx.query<{ id: string }>(
    `SELECT v.id FROM jsonb_to_recordset($1::jsonb)
       AS r(id text, started_at bigint, visit jsonb, events jsonb)
     JOIN visits v ON v.id = r.id AND v.started_at = r.started_at AND v.kiosk_id = $2
     WHERE v.visit::jsonb = r.visit AND v.events::jsonb = r.events`,
    [visitRows(candidates), kiosk.id],
  );
  return new Set(rows.map((row) => row.id));
}

/** Candidates as one JSON list of rows, built from the texts already made for the digests. */
function visitRows(candidates: readonly Candidate[]): string {
  const rows = candidates.map(
    ({ record, visitJson, eventsJson }) =>
      `{"id":${JSON.stringify(record.visit.id)},"started_at":${Math.floor(record.visit.startedAt)},` +
      `"ended_at":${Math.floor(record.visit.endedAt ?? record.visit.startedAt)},` +
      `"visit":${visitJson},"events":${eventsJson}}`,
  );
  return `[${rows.join(',')}]`;
}

/**
 * One multi-row INSERT with each visit's texts as parameters of their own: the database reads each
 * JSON text once (as the column's value), with no list of rows to take apart first. A batch holds
 * at most `maxBatchVisits` (250) visits: 1,253 parameters, far below PostgreSQL's 65,535.
 */
async function insertVisits(
  tx: { query: HubDatabase['query'] },
  kiosk: KioskIdentity,
  fresh: readonly Candidate[],
  now: number,
): Promise<void> {
  const params: unknown[] = [kiosk.id, kiosk.officeId, now];
  const rows: string[] = [];
  for (const { record, visitJson, eventsJson } of fresh) {
    const at = params.length;
    params.push(
      record.visit.id,
      Math.floor(record.visit.startedAt),
      Math.floor(record.visit.endedAt ?? record.visit.startedAt),
      visitJson,
      eventsJson,
    );
    rows.push(`($${at + 1}, $1, $2, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}, $3)`);
  }
  await tx.query(
    `INSERT INTO visits (id, kiosk_id, office_id, started_at, ended_at, visit, events, received_at)
     VALUES ${rows.join(', ')}`,
    params,
  );
}

/** `YYYY-MM` (UTC) of a time, the key of its month partition. */
function monthKey(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCFullYear()}-${date.getUTCMonth()}`;
}

/**
 * Makes the month partitions a batch needs, outside its transaction (a failed DDL statement would
 * abort it). Months far in the past or future (a kiosk with a wrong clock) get none and land in the
 * default partition; so does a month whose partition cannot be made (two hubs racing to make it,
 * or the default partition already holding rows of that month).
 */
async function ensurePartitions(
  db: HubDatabase,
  times: readonly number[],
  now: number,
  made: PartitionCache,
): Promise<void> {
  const lastYear = new Date(now).getUTCFullYear() + partitionYearsAhead;
  const needed = new Map<string, number>();
  for (const ms of times) {
    const year = new Date(ms).getUTCFullYear();
    if (year < firstPartitionYear || year > lastYear) continue;
    const key = monthKey(ms);
    if (!made.has(key)) needed.set(key, ms);
  }
  for (const [key, ms] of needed) {
    await db.query(monthPartitionSql(ms)).catch(() => undefined);
    made.add(key);
  }
}
