/**
 * The hub's schema, as ordered migrations run the same way on embedded PGlite and on PostgreSQL
 * (PGlite is PostgreSQL compiled to WebAssembly, so one dialect serves both). Policy: a migration is
 * never edited once shipped; a change is a new entry. Visits are partitioned by month of their
 * start, with a default partition so no insert ever fails for want of one.
 */
export type Migration = {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** Set for a migration that only PostgreSQL runs (PGlite records it as applied and skips it). */
  readonly onlyOn?: 'postgres';
};

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'offices, kiosks, visits, content, managers',
    sql: `
CREATE TABLE offices (
  id text PRIMARY KEY,
  name text NOT NULL,
  created_at bigint NOT NULL
);

-- A kiosk's token is never stored: only its SHA-256 (tokens are 32 random bytes, so a plain
-- hash is enough; nothing to guess).
CREATE TABLE kiosks (
  id text PRIMARY KEY,
  office_id text NOT NULL REFERENCES offices (id),
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at bigint NOT NULL,
  last_contact_at bigint,
  -- The kiosk's own account of itself from its last push (core/sync/wire.ts KioskStatus).
  status jsonb,
  is_disabled boolean NOT NULL DEFAULT false
);

-- One row per visit id across all partitions: what makes a replayed visit a no-op and a visit id
-- sent by a second kiosk a refusal. \`digest\` is the SHA-256 of the visit as first stored.
CREATE TABLE visit_ids (
  id text PRIMARY KEY,
  kiosk_id text NOT NULL REFERENCES kiosks (id),
  digest text NOT NULL
);

-- A visit and its events as one row (events as the wire's JSON list): one insert per visit keeps
-- ingest fast, and reports read whole visits anyway.
CREATE TABLE visits (
  id text NOT NULL,
  kiosk_id text NOT NULL,
  office_id text NOT NULL,
  started_at bigint NOT NULL,
  ended_at bigint NOT NULL,
  visit jsonb NOT NULL,
  events jsonb NOT NULL,
  received_at bigint NOT NULL,
  PRIMARY KEY (id, started_at)
) PARTITION BY RANGE (started_at);
CREATE TABLE visits_default PARTITION OF visits DEFAULT;
CREATE INDEX visits_office_started ON visits (office_id, started_at);
CREATE INDEX visits_kiosk_started ON visits (kiosk_id, started_at);

-- Signed content bundles as published; the newest version is served to kiosks.
CREATE TABLE content_bundles (
  version text PRIMARY KEY,
  published_at bigint NOT NULL,
  key_id text NOT NULL,
  envelope text NOT NULL,
  etag text NOT NULL,
  created_at bigint NOT NULL
);

-- Office managers for the dashboard. \`office_id\` NULL: sees the whole hub.
CREATE TABLE managers (
  id text PRIMARY KEY,
  office_id text REFERENCES offices (id),
  name text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  created_at bigint NOT NULL
);

-- Dashboard sessions: only the SHA-256 of the cookie's random value is stored.
CREATE TABLE manager_sessions (
  token_hash text PRIMARY KEY,
  manager_id text NOT NULL REFERENCES managers (id),
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'admin API tokens',
    sql: `
-- Admin API tokens for reports and publishing (\`npm run hub -- token add\`). Only the SHA-256 of
-- the token is stored. \`office_id\` NULL: the token reads the whole hub; else only that office.
CREATE TABLE api_tokens (
  id text PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  office_id text REFERENCES offices (id),
  created_at bigint NOT NULL
);
`,
  },
  {
    version: 3,
    name: 'lz4 for stored visits (PostgreSQL)',
    onlyOn: 'postgres',
    sql: `
-- A visit's events are a few KB of JSON, past the size PostgreSQL compresses: lz4 compresses them
-- several times faster than the default pglz, which is most of what storing a visit costs. New
-- month partitions take the setting from the parent; PGlite is built without lz4.
ALTER TABLE visits ALTER COLUMN visit SET COMPRESSION lz4;
ALTER TABLE visits ALTER COLUMN events SET COMPRESSION lz4;
ALTER TABLE visits_default ALTER COLUMN visit SET COMPRESSION lz4;
ALTER TABLE visits_default ALTER COLUMN events SET COMPRESSION lz4;
`,
  },
  {
    version: 4,
    name: 'visits stored as json text',
    sql: `
-- A visit and its events are stored as the JSON text the kiosk sent (\`json\`, checked for syntax
-- only) instead of \`jsonb\`: the hub never queries inside them (reports read whole rows and parse
-- them in JavaScript), and converting a few KB of events to jsonb was most of what PostgreSQL spent
-- on storing a visit. Compare rows as data with \`::jsonb\` (json has no equality).
ALTER TABLE visits ALTER COLUMN visit TYPE json USING visit::json, ALTER COLUMN events TYPE json USING events::json;
`,
  },
  {
    version: 5,
    name: 'lz4 for stored visits again (PostgreSQL)',
    onlyOn: 'postgres',
    sql: `
-- Changing a column's type (version 4) resets its compression: lz4 again on the parent (new month
-- partitions take it from there) and on every partition already made.
ALTER TABLE visits ALTER COLUMN visit SET COMPRESSION lz4, ALTER COLUMN events SET COMPRESSION lz4;
DO $$ DECLARE part regclass; BEGIN FOR part IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = 'visits'::regclass LOOP EXECUTE format('ALTER TABLE %s ALTER COLUMN visit SET COMPRESSION lz4, ALTER COLUMN events SET COMPRESSION lz4', part); END LOOP; END $$;
`,
  },
];

/** Start of month `month` (0-11) of `year` in UTC, epoch milliseconds. */
function monthStart(year: number, month: number): number {
  return Date.UTC(year, month, 1);
}

/**
 * SQL that makes sure the month partition holding `ms` exists (visits_YYYY_MM). Run before a batch
 * is stored; a visit outside any monthly partition lands in the default one.
 */
export function monthPartitionSql(ms: number): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const name = `visits_${year}_${String(month + 1).padStart(2, '0')}`;
  return `CREATE TABLE IF NOT EXISTS ${name} PARTITION OF visits FOR VALUES FROM (${monthStart(year, month)}) TO (${monthStart(year, month + 1)})`;
}
