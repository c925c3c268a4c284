/**
 * The databases the hub's tests run on: PGlite in memory always, and PostgreSQL too when
 * `DATABASE_URL` is set. Each PostgreSQL run gets a fresh database of its own (made through the
 * server's `postgres` database and dropped after), so runs never see each other's rows.
 */
import { openHubDatabase, type HubDatabase } from '../../../hub/db/database';
import { createScratchDatabase } from '../../../hub/db/scratch';

/** A database for one test file, and how to throw it away. */
export type TestDatabase = { readonly db: HubDatabase; readonly drop: () => Promise<void> };

export type Backend = {
  readonly name: 'pglite' | 'postgres';
  readonly open: () => Promise<TestDatabase>;
};

const pglite: Backend = {
  name: 'pglite',
  open: async () => {
    const db = await openHubDatabase({});
    return { db, drop: () => db.close().catch(() => undefined) };
  },
};

const postgres = (url: string): Backend => ({
  name: 'postgres',
  open: async () => {
    const scratch = await createScratchDatabase(url, 'rukn_hub_test');
    const db = await openHubDatabase({ url: scratch.url });
    return {
      db,
      drop: async () => {
        await db.close().catch(() => undefined);
        await scratch.drop();
      },
    };
  },
});

/** PGlite, and PostgreSQL when `DATABASE_URL` is set. */
export const backends: readonly Backend[] = process.env.DATABASE_URL
  ? [pglite, postgres(process.env.DATABASE_URL)]
  : [pglite];
