/**
 * The kiosk's local database (IndexedDB through Dexie). Every visit is written here first and
 * survives reloads, crashes and days offline; the sync client later pushes ended visits.
 * Schema changes are new `version(n)` blocks: never edit a shipped one.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { VisitEvent, VisitSession } from '../../core/visit/types';

/** A kiosk setting, stored as one row per key so adding a setting needs no migration. */
export type SettingRow = {
  /** Setting name, e.g. `idleTimeoutSeconds`. */
  readonly key: string;
  /** JSON-compatible value; its type is fixed per key by `settingsRepository`. */
  readonly value: unknown;
};

export type RuknDatabase = Dexie & {
  sessions: EntityTable<VisitSession, 'id'>;
  events: EntityTable<VisitEvent, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
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
  return db;
}
