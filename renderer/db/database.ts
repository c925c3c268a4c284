/**
 * The kiosk's local database (IndexedDB through Dexie). Every visit is written here first and
 * survives reloads, crashes and days offline; the sync client later pushes ended visits.
 * Schema changes are new `version(n)` blocks: never edit a shipped one.
 */
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { HelpTicket } from '../../core/help/types';
import type { AuditEntry, StaffAccount } from '../../core/staff/types';
import type { StoredVisit, VisitEvent } from '../../core/visit/types';
import type { DeadLetter, StoredContentBundle } from './syncTypes';
import {
  batchKey,
  encodeBatch,
  type BatchKey,
  type StoredBatch,
} from '../../core/visit/eventCodec';

/** A kiosk setting, stored as one row per key so adding a setting needs no migration. */
export type SettingRow = {
  /** Setting name, e.g. `idleTimeoutSeconds`. */
  readonly key: string;
  /** JSON-compatible value; its type is fixed per key by `settingsRepository`. */
  readonly value: unknown;
};

export type RuknDatabase = Dexie & {
  sessions: EntityTable<StoredVisit, 'id'>;
  /** A visit's events, in compact batches (see eventCodec.ts); the key is not in the row. */
  visitEvents: Table<StoredBatch, BatchKey>;
  settings: EntityTable<SettingRow, 'key'>;
  /** Help tickets; callback details sealed (core/help/types.ts). */
  helpTickets: EntityTable<HelpTicket, 'id'>;
  /** Staff accounts with PIN hashes and lockout state. */
  staff: EntityTable<StaffAccount, 'id'>;
  /** Who did what, when; never purged with visits. */
  auditLog: EntityTable<AuditEntry, 'seq'>;
  /**
   * Keys the browser build keeps: a non-extractable `CryptoKey` is stored as itself (IndexedDB
   * keeps it non-extractable), so its bytes never reach script.
   */
  secrets: Table<CryptoKey, string>;
  /** Visits the hub refused, with why: the staff screen's dead-letter list (sync/types.ts). */
  deadLetters: EntityTable<DeadLetter, 'visitId'>;
  /** The content bundle in use and the one before it, as signed by the office (sync/types.ts). */
  contentBundles: EntityTable<StoredContentBundle, 'slot'>;
};

/** The database name; one per origin (`rukn://app` in Electron). */
export const databaseName = 'rukn';

/** Opens (creating or migrating) the kiosk database. `name` differs only in tests. */
export function openDatabase(name: string = databaseName): RuknDatabase {
  const db = new Dexie(name) as RuknDatabase;
  db.version(1).stores({
    // startedAt for the daily report; syncState for the outbox; endedAt to find open visits.
    sessions: '&id, startedAt, endedAt, syncState',
    // sessionId+at keeps a visit's events in order; type for report counts.
    events: '&id, sessionId, at, type, [sessionId+at]',
    settings: '&key',
  });
  // Version 2 makes a visit cost under 5 KB instead of about 20 KB: events lose their per-event
  // id and their four indexes and are stored in compact batches keyed by [visit, sequence];
  // visits keep one index instead of three: [syncState+startedAt] finds open visits, the outbox
  // and prune candidates oldest first, and a day's visits (one range per sync state).
  db.version(2)
    .stores({
      sessions: '&id, [syncState+startedAt]',
      events: null,
      visitEvents: '',
    })
    .upgrade(migrateEventsToBatches);
  // Version 3 adds the staff side: help tickets (by day and number for the daily sequence, by
  // status+createdAt for the queue, by purgeAfter for the callback purge), staff accounts, the
  // audit log and the browser build's keys.
  db.version(3).stores({
    helpTickets: '&id, &[day+number], [status+createdAt], createdAt, purgeAfter',
    staff: '&id',
    auditLog: '++seq, at',
    secrets: '',
  });
  // Version 4 adds the sync side: the hub's refusals by visit (by time for the list) and the
  // signed content bundles from the hub, one row per slot (`current`, `previous`).
  db.version(4).stores({
    deadLetters: '&visitId, at',
    contentBundles: '&slot',
  });
  return db;
}

/** Moves version 1's event rows into one batch per visit, in the order they happened. */
async function migrateEventsToBatches(transaction: Transaction): Promise<void> {
  const events = (await transaction.table('events').toArray()) as VisitEvent[];
  const bySession = new Map<string, VisitEvent[]>();
  for (const event of events) {
    const list = bySession.get(event.sessionId) ?? [];
    list.push(event);
    bySession.set(event.sessionId, list);
  }
  const batches = transaction.table('visitEvents');
  for (const [sessionId, list] of bySession) {
    list.sort((a, b) => a.at - b.at);
    await batches.put(encodeBatch(list), batchKey(sessionId, 0));
  }
}
