/**
 * The hub's database: embedded PGlite in a data folder by default (nothing to install), or
 * PostgreSQL when `DATABASE_URL` is set. Both answer the same SQL through one small interface, and
 * both are migrated by the same `migrate` at open.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { migrations } from './migrations';

/** Something SQL can be sent to: the database, or one transaction on it. */
export type Queryable = {
  /** Runs one statement with `$1`-style parameters and answers its rows. */
  readonly query: <Row = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ) => Promise<Row[]>;
};

export type HubDatabase = Queryable & {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: all of it is stored, or none. */
  readonly transaction: <T>(work: (tx: Queryable) => Promise<T>) => Promise<T>;
  readonly close: () => Promise<void>;
};

export type DatabaseOptions = {
  /** A PostgreSQL connection string; when absent, PGlite is used. */
  readonly url?: string;
  /** PGlite's data folder; absent means in memory (tests). */
  readonly dataDir?: string;
};

/** Opens and migrates the hub's database. */
export async function openHubDatabase(options: DatabaseOptions): Promise<HubDatabase> {
  const db = options.url ? openPostgres(options.url) : await openPglite(options.dataDir);
  await migrate(db);
  return db;
}

async function openPglite(dataDir: string | undefined): Promise<HubDatabase> {
  const lite = dataDir ? new PGlite(dataDir) : new PGlite();
  await lite.waitReady;
  const asQueryable = (target: Pick<PGlite, 'query'>): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await target.query<Row>(sql, [...params])).rows,
  });
  return {
    kind: 'pglite',
    ...asQueryable(lite),
    transaction: (work) => lite.transaction((tx) => work(asQueryable(tx))),
    close: () => lite.close(),
  };
}

/** bigint columns (epoch milliseconds, counts) as numbers, as PGlite answers them. */
const int8 = 20;
const asNumber = (text: string) => Number(text);

function openPostgres(url: string): HubDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // A server that is down or unreachable fails a request instead of holding it forever.
    connectionTimeoutMillis: 10_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === int8
          ? asNumber
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // A connection that breaks while idle in the pool (PostgreSQL restarted, or an administrator
  // ended it) is reported here; the pool drops it and the next query opens a new one. Without a
  // listener, that error would end the hub's process.
  pool.on('error', () => undefined);
  const asQueryable = (target: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await target.query(sql, [...params])).rows as Row[],
  });
  return {
    kind: 'postgres',
    ...asQueryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(asQueryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Applies every migration not yet applied, each in its own transaction, in order. */
export async function migrate(db: HubDatabase): Promise<void> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at bigint NOT NULL)',
  );
  // Two hubs starting at once on one PostgreSQL must not both migrate: one waits for the other.
  await db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(8440)');
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map(
        (row) => row.version,
      ),
    );
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      const isForThisDatabase = migration.onlyOn === undefined || migration.onlyOn === db.kind;
      const statements = isForThisDatabase ? splitStatements(migration.sql) : [];
      for (const statement of statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
        migration.version,
        Date.now(),
      ]);
    }
  });
}

/** A migration's statements (separated by `;` at line ends; migrations hold no functions). */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((statement) => statement.replace(/^--.*$/gm, '').trim())
    .filter((statement) => statement.length > 0);
}
