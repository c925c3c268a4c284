/**
 * `npm run --silent bench:sync [-- --visits N --kiosks K --workers W --only pglite|postgres]`:
 * sync figures, printed as `name=value` lines. Part one, hub ingest: K kiosks push N realistic
 * ended visits (synthetic days, about 18 events each) in batches of `maxBatchVisits` through real
 * HTTP on loopback, one push in flight per kiosk, from a process of their own, into a hub on PGlite
 * (in this process, over a data folder) and on PostgreSQL (a scratch database on the server of
 * DATABASE_URL, else postgres://postgres@127.0.0.1:5432), where the hub runs as `npm run hub --
 * serve` does: once as one process and once with `--workers W` (default 2). The served hub keeps
 * its rate limit (120 pushes a minute per kiosk and process): N/K/250 must stay under it.
 * Part two, one kiosk draining 10,000 pending visits through the real sync client, is
 * scripts/benchSyncDrain.ts. Goals (issue 10): ingest >= 2,000 visits/s on PGlite and >= 10,000 on
 * PostgreSQL; drain <= 10 s.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { addDays } from '../core/report/options';
import { catalogFor, syntheticDay } from '../core/report/synthetic';
import { hubPaths, maxBatchVisits, protocolVersion, type VisitRecord } from '../core/sync/wire';
import { toWireVisit, type VisitEvent } from '../core/visit/types';
import { createHub } from '../hub/app';
import { openHubDatabase, type HubDatabase } from '../hub/db/database';
import { createScratchDatabase } from '../hub/db/scratch';
import { addKiosk, addOffice } from '../hub/kiosks/store';
import { drainFigures } from './benchSyncDrain';
import { cpuSecondsOf, serveHub } from './hubProcess';
import { shippedContentBundle } from './contentFiles';

const { values } = parseArgs({
  options: {
    visits: { type: 'string', default: '20000' },
    kiosks: { type: 'string', default: '4' },
    workers: { type: 'string', default: '2' },
    only: { type: 'string' },
  },
});
const totalVisits = Number(values.visits);
const kioskCount = Number(values.kiosks);
const workerCount = Number(values.workers);
const defaultPostgresUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

/** `count` ended visits of `kioskId` with their events, over as many synthetic days as needed. */
function kioskVisits(kioskId: string, count: number, seed: string): VisitRecord[] {
  const catalog = catalogFor(shippedContentBundle());
  const records: VisitRecord[] = [];
  for (let day = 0; records.length < count; day += 1) {
    const made = syntheticDay(catalog, {
      day: addDays('2026-11-01', day),
      visits: Math.min(400, count - records.length),
      seed: `${seed}-${day}`,
      kioskId,
    });
    const bySession = new Map<string, VisitEvent[]>();
    for (const event of made.events) {
      const list = bySession.get(event.sessionId) ?? [];
      list.push(event);
      bySession.set(event.sessionId, list);
    }
    for (const visit of made.visits) {
      // Fresh ids: the synthetic generator's 32-bit state repeats its ids over tens of thousands
      // of visits, and a repeated id with other content is (rightly) refused as a conflict.
      const id = randomUUID();
      const events = (bySession.get(visit.id) ?? []).map((event) => ({
        ...event,
        id: `${id}${event.id.slice(visit.id.length)}`,
        sessionId: id,
      }));
      records.push({ visit: { ...toWireVisit(visit), id }, events });
    }
  }
  return records.slice(0, count);
}

/**
 * The kiosks, as a separate process (kiosks are other machines: their work must not be counted
 * as the hub's): each pushes its batches in order, one in flight, all kiosks at once. Answers the
 * time from the first push to the last answer.
 */
const kioskScript = `
const { readFileSync } = require('node:fs');
const http = require('node:http');
const job = JSON.parse(readFileSync(process.argv[1], 'utf8'));
// Plain node:http with kept-alive connections and bodies encoded once: the lightest client, so
// the load generator takes as little as it can of the CPU the hub is measured on.
const agent = new http.Agent({ keepAlive: true });
const kiosks = job.kiosks.map((kiosk) => ({
  token: kiosk.token, bodies: kiosk.bodies.map((body) => Buffer.from(body)) }));
function push(token, body) {
  return new Promise((resolve, reject) => {
    const request = http.request(job.url, { method: 'POST', agent, headers: {
      authorization: 'Bearer ' + token, 'content-type': 'application/json',
      'content-length': body.length } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode,
        answer: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}
process.stdin.once('data', async () => {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(kiosks.map(async (kiosk) => {
    for (const body of kiosk.bodies) {
      const { status, answer } = await push(kiosk.token, body);
      if (status !== 200 || answer.rejected.length > 0 ||
          answer.accepted.length === 0) {
        throw new Error('push refused: ' + status + ' ' + JSON.stringify(answer.rejected).slice(0, 300));
      }
    }
  }));
  const cpu = process.cpuUsage(cpuBefore);
  process.stdout.write(JSON.stringify({
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  }));
  process.exit(0);
});
process.stdout.write('ready\\n');
`;

/** Starts the kiosks' process with its batches; `go` starts the pushes and answers their time. */
async function startKiosks(
  url: string,
  kiosks: readonly { token: string; bodies: readonly string[] }[],
): Promise<{ go: () => Promise<{ seconds: number; cpuSeconds: number }> }> {
  const dir = mkdtempSync(join(tmpdir(), 'rukn-bench-kiosks-'));
  const jobFile = join(dir, 'job.json');
  writeFileSync(jobFile, JSON.stringify({ url, kiosks }));
  const child = spawn(process.execPath, ['-e', kioskScript, jobFile], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      if (output.startsWith('ready\n')) resolve();
    });
    child.on('exit', () => resolve());
  });
  return {
    go: async () => {
      child.stdin.write('go\n');
      const code = await exited;
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0) throw new Error('the kiosks failed');
      return JSON.parse(output.slice('ready\n'.length)) as { seconds: number; cpuSeconds: number };
    },
  };
}

type IngestFigures = {
  visitsPerSecond: number;
  /** Visits per CPU second of the hub's process and the database's server processes together. */
  visitsPerCpuSecond: number;
  eventsPerVisit: number;
  stored: number;
  /** Bytes on disk per stored visit (tables, indexes, TOAST), measured on PostgreSQL only. */
  bytesPerVisit?: number;
};

/** CPU seconds used so far by the PostgreSQL server processes serving `db` (0 on PGlite). */
async function serverCpuSeconds(db: HubDatabase): Promise<number> {
  if (db.kind !== 'postgres') return 0;
  const rows = await db.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database()',
  );
  // A server on another machine: its CPU is not counted.
  return cpuSecondsOf(rows.map((row) => row.pid));
}

/** A full GC before the clock starts, so the kiosks' data made above is not collected on it. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const processCpuSeconds = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

/** A hub under measurement: where it listens and the CPU its processes have used. */
type HubUnderTest = {
  readonly url: string;
  readonly cpuSeconds: () => number;
  readonly close: () => Promise<void>;
};

/** The hub in this process, without rate limits (PGlite: one process owns the folder). */
async function inProcessHub(db: HubDatabase): Promise<HubUnderTest> {
  const unlimited = { max: 1_000_000, timeWindow: 60_000 };
  const app = await createHub({ db, rateLimits: { push: unlimited } });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, cpuSeconds: processCpuSeconds, close: () => app.close() };
}

/** The hub as `npm run hub -- serve [--workers W]` runs it, over PostgreSQL at `databaseUrl`. */
async function servedHub(databaseUrl: string, workers: number): Promise<HubUnderTest> {
  const hub = await serveHub({ databaseUrl, workers });
  return { url: hub.origin, cpuSeconds: hub.cpuSeconds, close: hub.stop };
}

/** Pushes every kiosk's visits over loopback HTTP to the hub `start` starts on `db`, timed. */
async function ingest(db: HubDatabase, start: () => Promise<HubUnderTest>): Promise<IngestFigures> {
  const made = await addOffice(db, 'Bench office', Date.now());
  if (!made.ok) throw new Error(made.error.message);
  const perKiosk = Math.ceil(totalVisits / kioskCount);
  // Only the bodies are kept, and only until the kiosks' process has them: the visits as objects
  // (about 1 GB for 20,000) would otherwise sit in the hub's heap and slow its every GC.
  const kiosks: { token: string; bodies: string[] }[] = [];
  let visitCount = 0;
  let eventCount = 0;
  for (let index = 0; index < kioskCount; index += 1) {
    const kiosk = await addKiosk(db, { officeId: made.value.id, name: `K${index}` }, Date.now());
    if (!kiosk.ok) throw new Error(kiosk.error.message);
    const records = kioskVisits(kiosk.value.kiosk.id, perKiosk, `bench-${index}`);
    // Bodies are made before the clock starts: the kiosks' own work is not the hub's.
    const bodies: string[] = [];
    for (let start = 0; start < records.length; start += maxBatchVisits) {
      bodies.push(
        JSON.stringify({
          protocol: protocolVersion,
          kioskId: kiosk.value.kiosk.id,
          visits: records.slice(start, start + maxBatchVisits),
        }),
      );
    }
    kiosks.push({ token: kiosk.value.token, bodies });
    visitCount += records.length;
    for (const record of records) eventCount += record.events.length;
  }
  const hub = await start();
  const address = hub.url;
  try {
    // Warm the pool: one connection per kiosk, so their start is not counted.
    await Promise.all(kiosks.map(() => db.query('SELECT 1')));
    const run = await startKiosks(`${address}${hubPaths.visits}`, kiosks);
    kiosks.length = 0;
    collectGarbage();
    const serverBefore = await serverCpuSeconds(db);
    const cpuBefore = hub.cpuSeconds();
    const { seconds, cpuSeconds: kioskCpu } = await run.go();
    const hubCpu = hub.cpuSeconds() - cpuBefore;
    const serverCpu = (await serverCpuSeconds(db)) - serverBefore;
    const cpuSeconds = hubCpu + serverCpu;
    console.info(
      `# ${db.kind}: ${hubCpu.toFixed(1)} CPU s in the hub's processes, ${serverCpu.toFixed(1)} in PostgreSQL, ${kioskCpu.toFixed(1)} in the kiosks' process, ${seconds.toFixed(1)} s`,
    );
    const [row] = await db.query<{ count: number }>('SELECT count(*)::bigint AS count FROM visits');
    return {
      visitsPerSecond: Math.round(visitCount / seconds),
      visitsPerCpuSecond: Math.round(visitCount / cpuSeconds),
      eventsPerVisit: Math.round((eventCount / visitCount) * 10) / 10,
      stored: row?.count ?? 0,
    };
  } finally {
    await hub.close();
  }
}

async function pgliteIngest(): Promise<IngestFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'rukn-bench-hub-'));
  const db = await openHubDatabase({ dataDir: join(dir, 'data') });
  try {
    return await ingest(db, () => inProcessHub(db));
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresIngest(workers: number): Promise<IngestFigures | string> {
  let scratch;
  try {
    scratch = await createScratchDatabase(
      process.env.DATABASE_URL || defaultPostgresUrl,
      'rukn_bench',
    );
  } catch (error) {
    return `unavailable (${(error as Error).message.split('\n')[0]})`;
  }
  const db = await openHubDatabase({ url: scratch.url });
  try {
    const figures = await ingest(db, () => servedHub(scratch.url, workers));
    const [size] = await db.query<{ bytes: number }>(
      `SELECT (SELECT coalesce(sum(pg_total_relation_size(relid)), 0) FROM pg_partition_tree('visits'))
         + pg_total_relation_size('visit_ids') AS bytes`,
    );
    return {
      ...figures,
      bytesPerVisit: Math.round((size?.bytes ?? 0) / Math.max(1, figures.stored)),
    };
  } finally {
    await db.close();
    await scratch.drop();
  }
}

async function main(): Promise<void> {
  console.info(`# ${totalVisits} visits from ${kioskCount} kiosks, batches of ${maxBatchVisits}`);
  const skip = (name: string) => values.only !== undefined && values.only !== name;
  const lite = skip('pglite')
    ? { visitsPerSecond: 0, visitsPerCpuSecond: 0, eventsPerVisit: 0, stored: 0 }
    : await pgliteIngest();
  console.info(`ingest_pglite_visits_per_s=${lite.visitsPerSecond}`);
  const postgres = skip('postgres') ? 'skipped' : await postgresIngest(1);
  console.info(
    `ingest_postgres_visits_per_s=${typeof postgres === 'string' ? postgres : postgres.visitsPerSecond}`,
  );
  const pooled = skip('postgres') ? 'skipped' : await postgresIngest(workerCount);
  console.info(
    `ingest_postgres_workers${workerCount}_visits_per_s=${typeof pooled === 'string' ? pooled : pooled.visitsPerSecond}`,
  );
  console.info(`events_per_visit=${lite.eventsPerVisit}`);
  console.info(
    `ingest_pglite_visits_per_cpu_s=${lite.visitsPerCpuSecond} ingest_postgres_visits_per_cpu_s=${typeof postgres === 'string' ? 0 : postgres.visitsPerCpuSecond}`,
  );
  console.info(`load_average_1min=${loadavg()[0]?.toFixed(2)} cores=${cpus().length}`);
  console.info(
    `stored_pglite=${lite.stored} stored_postgres=${typeof postgres === 'string' ? 0 : postgres.stored} postgres_bytes_per_visit=${typeof postgres === 'string' ? 0 : (postgres.bytesPerVisit ?? 0)}`,
  );
  for (const line of await drainFigures()) console.info(line);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
