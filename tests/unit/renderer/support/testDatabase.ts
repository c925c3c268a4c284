/**
 * A fresh kiosk database per test (fake-indexeddb), with a clock the test controls:
 * `const kiosk = setupTestDatabase()` then `kiosk.repository()`, `kiosk.setClock(2_000)`.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase, type RuknDatabase } from '../../../../renderer/db/database';
import { createSessionRepository } from '../../../../renderer/db/sessionRepository';

export type TestDatabase = {
  readonly db: () => RuknDatabase;
  /** A session repository on the test database, with the test's clock. */
  readonly repository: () => ReturnType<typeof createSessionRepository>;
  readonly setClock: (epochMilliseconds: number) => void;
};

export function setupTestDatabase(): TestDatabase {
  let db: RuknDatabase | undefined;
  let clock = 1_000;

  beforeEach(() => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    clock = 1_000;
  });

  afterEach(async () => {
    db?.close();
    await db?.delete();
  });

  const current = (): RuknDatabase => {
    if (!db) throw new Error('setupTestDatabase: no database outside a test');
    return db;
  };

  return {
    db: current,
    repository: () =>
      createSessionRepository({
        db: current(),
        now: () => clock,
      }),
    setClock: (epochMilliseconds) => {
      clock = epochMilliseconds;
    },
  };
}
