/**
 * The sync outbox: ended visits waiting for the office hub, the hub's answers, and the visits it
 * refused (the dead-letter list). Policy:
 * - Visits leave oldest first, in batches of at most `maxBatchVisits` and about `maxBatchBytes`
 *   of JSON (a single visit larger than that still goes, alone: the hub's limit is four times it).
 * - A visit changes state only on the hub's answer, and the whole answer is applied in ONE
 *   transaction: accepted visits become `synced`, refused ones `rejected` with a dead-letter row.
 *   Only visits still `pending` change: one re-opened, already synced or already refused is left
 *   as it is, and ids the answer names that are not pending are ignored.
 * - Visits are sent under the kiosk id of the hub connection (`kioskId` of `nextBatch`), whatever
 *   id they were recorded under: a visit recorded before the kiosk was provisioned happened on
 *   this same machine, and the hub refuses any visit that names another kiosk than its token's.
 *   The stored visit keeps the id it was recorded with.
 * - A refused visit is never dropped: it stays until an administrator sends it again
 *   (`resendDeadLetter`, back to `pending`); `purgeSentBefore` removes only `synced` visits.
 */
import {
  maxBatchBytes as defaultMaxBatchBytes,
  maxBatchVisits as defaultMaxBatchVisits,
  type Rejection,
  type VisitRecord,
} from '../../core/sync/wire';
import { toWireVisit, type StoredVisit } from '../../core/visit/types';
import type { RuknDatabase } from './database';
import { createSessionRepository } from './sessionRepository';
import type { DeadLetter } from './syncTypes';

export type OutboxDeps = {
  readonly db: RuknDatabase;
  /** Epoch milliseconds; injected so tests control time. */
  readonly now?: () => number;
};

/** A batch ready to push: the records, their ids, and the JSON size of the records. */
export type OutboxBatch = {
  readonly records: readonly VisitRecord[];
  readonly ids: readonly string[];
  readonly bytes: number;
};

export type BatchOptions = {
  /** The kiosk id the hub knows this kiosk by (the provisioned one). */
  readonly kioskId: string;
  readonly maxVisits?: number;
  readonly maxBytes?: number;
};

/** What one hub answer changed. */
export type AcknowledgementResult = { readonly synced: number; readonly rejected: number };

/** A refused visit as the staff screen lists it. */
export type DeadLetterEntry = DeadLetter & {
  /** When the visit started (undefined if the visit row is gone). */
  readonly startedAt?: number;
};

export type OutboxCounts = { readonly pending: number; readonly rejected: number };

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;

const encoder = new TextEncoder();

/** The UTF-8 size of a value's JSON. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** Room kept in a batch for the request envelope around the records (protocol, kiosk, status). */
const envelopeAllowance = 1024;

/** Repository over the outbox side of `sessions`, `visitEvents` and `deadLetters`. */
export function createOutboxRepository({ db, now = Date.now }: OutboxDeps) {
  const sessions = createSessionRepository({ db, now });
  const inState = (state: StoredVisit['syncState'], from = -Infinity, to = Infinity) =>
    db.sessions.where('[syncState+startedAt]').between([state, from], [state, to], true, false);

  /** Applies one hub answer in a single transaction; only `pending` visits change. */
  const acknowledge = async (
    accepted: readonly string[],
    rejected: readonly Rejection[],
  ): Promise<AcknowledgementResult> =>
    db.transaction('rw', db.sessions, db.deadLetters, async () => {
      const at = now();
      const stillPending = (visit: StoredVisit | undefined): visit is StoredVisit =>
        visit?.syncState === 'pending';
      const toSync = (await db.sessions.bulkGet([...new Set(accepted)])).filter(stillPending);
      await db.sessions.bulkPut(
        toSync.map((visit) => ({ ...visit, syncState: 'synced' as const })),
      );
      const settled = new Set(toSync.map((visit) => visit.id));
      let refused = 0;
      for (const rejection of rejected) {
        if (rejection.id === '' || settled.has(rejection.id)) continue;
        const visit = await db.sessions.get(rejection.id);
        if (!stillPending(visit)) continue;
        settled.add(visit.id);
        await db.sessions.put({ ...visit, syncState: 'rejected' });
        const letter: DeadLetter = {
          visitId: visit.id,
          reason: rejection.reason,
          ...(rejection.field === undefined ? {} : { field: rejection.field }),
          at,
        };
        await db.deadLetters.put(letter);
        refused += 1;
      }
      return { synced: toSync.length, rejected: refused };
    });

  return {
    /** Visits waiting to be sent, oldest first (at most `limit`). */
    async listPending(limit: number = Infinity): Promise<StoredVisit[]> {
      const query = inState('pending');
      return Number.isFinite(limit) ? query.limit(limit).toArray() : query.toArray();
    },

    /**
     * The next batch: pending visits oldest first with their events, in wire form under
     * `kioskId`, up to `maxVisits` and `maxBytes` (always at least one visit when any is pending).
     */
    async nextBatch({
      kioskId,
      maxVisits = defaultMaxBatchVisits,
      maxBytes = defaultMaxBatchBytes,
    }: BatchOptions): Promise<OutboxBatch> {
      return db.transaction('r', db.sessions, db.visitEvents, async () => {
        const visits = await inState('pending').limit(maxVisits).toArray();
        // Asked together: IndexedDB answers the reads in one pass instead of one by one.
        const eventLists = await Promise.all(
          visits.map((stored) => sessions.listEvents(stored.id)),
        );
        const records: VisitRecord[] = [];
        let bytes = envelopeAllowance;
        for (const [index, stored] of visits.entries()) {
          const events = eventLists[index] ?? [];
          const record: VisitRecord = { visit: { ...toWireVisit(stored), kioskId }, events };
          const size = jsonBytes(record) + 1;
          if (records.length > 0 && bytes + size > maxBytes) break;
          records.push(record);
          bytes += size;
        }
        return {
          records,
          ids: records.map((record) => record.visit.id),
          bytes: records.length === 0 ? 0 : bytes - envelopeAllowance,
        };
      });
    },

    /** Applies a hub answer: accepted → `synced`, refused → `rejected` with a dead letter. */
    acknowledge,

    /** Marks acknowledged visits `synced` (one transaction). */
    markSent: (ids: readonly string[]) => acknowledge(ids, []),

    /** Moves refused visits to the dead-letter list (one transaction). */
    markRejected: (rejections: readonly Rejection[]) => acknowledge([], rejections),

    /** The refused visits, newest refusal first. */
    async listDeadLetters(): Promise<DeadLetterEntry[]> {
      return db.transaction('r', db.deadLetters, db.sessions, async () => {
        const letters = await db.deadLetters.orderBy('at').reverse().toArray();
        const visits = await db.sessions.bulkGet(letters.map((letter) => letter.visitId));
        return letters.map((letter, index) => {
          const startedAt = visits[index]?.startedAt;
          return startedAt === undefined ? letter : { ...letter, startedAt };
        });
      });
    },

    /**
     * Puts a refused visit back in the outbox (an administrator fixed the cause): `pending` again
     * and its dead-letter row removed, in one transaction. False when it was not refused.
     */
    async resendDeadLetter(visitId: string): Promise<boolean> {
      return db.transaction('rw', db.sessions, db.deadLetters, async () => {
        const visit = await db.sessions.get(visitId);
        const letter = await db.deadLetters.get(visitId);
        if (visit?.syncState !== 'rejected' && letter === undefined) return false;
        if (visit?.syncState === 'rejected') {
          await db.sessions.put({ ...visit, syncState: 'pending' });
        }
        await db.deadLetters.delete(visitId);
        return visit?.syncState === 'rejected';
      });
    },

    /** How many visits wait to be sent, and how many the hub refused. */
    async counts(): Promise<OutboxCounts> {
      return db.transaction('r', db.sessions, async () => {
        const [pending, rejected] = await Promise.all([
          inState('pending').count(),
          inState('rejected').count(),
        ]);
        return { pending, rejected };
      });
    },

    /**
     * Deletes `synced` visits that started before `beforeMs`, with their events; never a pending,
     * open or refused one. Answers how many went.
     */
    async purgeSentBefore(beforeMs: number): Promise<number> {
      return db.transaction('rw', db.sessions, db.visitEvents, async () => {
        const ids = (await inState('synced', -Infinity, beforeMs).primaryKeys()) as string[];
        if (ids.length > 0) await sessions.deleteVisits(ids);
        return ids.length;
      });
    },
  };
}
