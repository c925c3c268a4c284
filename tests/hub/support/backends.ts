/**
 * The databases the hub's tests run on: PGlite in memory always, and PostgreSQL too when
 * `DATABASE_URL` is set. Each PostgreSQL run gets a fresh database of its own (made through the
 * server's `postgres` database and dropped after), so runs never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openHubDatabase, type HubDatabase } from '../../../hub/db/database';

/** A database for one test file, and how to throw it away. */
export type TestDatabase = { readonly db: HubDatabase; readonly drop: () => Promise<void> };

export type Backend = {
  readonly name: 'pglite' | 'postgres';
  readonly open: () => Promise<TestDatabase>;
};

/** The server's maintenance database URL for a `DATABASE_URL`. */
export function adminUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/postgres';
  return parsed.toString();
}

/** Makes a fresh PostgreSQL database on the server of `url`; answers its URL and its dropper. */
export async function scratchPostgres(
  url: string,
  prefix = 'rukn_hub_test',
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return {
    url: scratch.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl(url) });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

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
    const scratch = await scratchPostgres(url);
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
