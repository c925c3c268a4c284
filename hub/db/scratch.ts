/**
 * Throw-away PostgreSQL databases for tests and benchmarks: each run makes a database of its own
 * (through the server's `postgres` database) and drops it after, so runs never see each other's
 * rows and leave nothing behind.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server's maintenance database URL for any database URL on it. */
export function maintenanceUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/postgres';
  return parsed.toString();
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl(url) });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database named `<prefix>_<random>` on the server of `url`: its URL and its dropper. */
export async function createScratchDatabase(
  url: string,
  prefix: string,
): Promise<{ readonly url: string; readonly drop: () => Promise<void> }> {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(prefix)) throw new Error(`bad database prefix ${prefix}`);
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onServer(url, `CREATE DATABASE ${name}`);
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return {
    url: scratch.toString(),
    drop: () => onServer(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
