/**
 * `npm run --silent chaos -- --kiosks K --sessions N --fault-rate F [--seed S] [--waves W]
 * [--batch B]`: K simulated kiosks, each recording N visits in W waves, send them to a real hub
 * through a fault-injecting proxy on loopback (scripts/chaos/faultProxy.ts: dropped requests,
 * answers dropped after the hub committed, 5xx, delays, resets mid-answer), while their processes
 * are killed and restarted mid-push.
 *
 * Each kiosk runs the kiosk's own sync code (outbox, client, transport) on its own database
 * (fake-indexeddb). A kill stops the client and makes the dead process's storage and network calls
 * fail from that instant, exactly as a power cut would: a push whose answer arrives after the kill
 * is never marked sent, so it is sent again by the next process. Visits are recorded in waves while
 * sending goes on. At the end every kiosk's visits are compared with the hub's rows; the last line
 * is `sent=N stored=N duplicates=D lost=L`, and the exit code is 1 unless every recorded visit is
 * stored exactly once with all its events.
 */
import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { seededRandom } from '../core/report/synthetic';
import { maxBatchVisits } from '../core/sync/wire';
import { createOfficeHub } from '../hub/office';
import { openHubDatabase } from '../hub/db/database';
import { addKiosk, addOffice } from '../hub/kiosks/store';
import { openDatabase, type RuknDatabase } from '../renderer/db/database';
import { createOutboxRepository, type OutboxRepository } from '../renderer/db/outboxRepository';
import { createSyncClient, type SyncClient } from '../renderer/sync/client';
import { seedPendingVisits } from '../renderer/sync/drainHarness';
import { createFetchHubRequest } from '../renderer/sync/nodeHubRequest';
import { createHubTransport } from '../renderer/sync/transport';
import { startFaultProxy } from './chaos/faultProxy';

const { values } = parseArgs({
  options: {
    kiosks: { type: 'string', default: '3' },
    sessions: { type: 'string', default: '300' },
    'fault-rate': { type: 'string', default: '0.2' },
    seed: { type: 'string', default: 'chaos' },
    waves: { type: 'string', default: '20' },
    // Visits per push: the kiosk's own 250 unless a small run wants many more pushes.
    batch: { type: 'string', default: String(maxBatchVisits) },
    'deadline-seconds': { type: 'string', default: '600' },
  },
});
const kioskCount = Number(values.kiosks);
const sessionsPerKiosk = Number(values.sessions);
const faultRate = Number(values['fault-rate']);
const waves = Number(values.waves);
const batchVisits = Number(values.batch);
const deadlineMs = Number(values['deadline-seconds']) * 1000;
if (
  ![kioskCount, sessionsPerKiosk, waves, batchVisits].every((n) => Number.isInteger(n) && n > 0)
) {
  throw new Error('--kiosks, --sessions, --waves and --batch take positive integers');
}
if (!(faultRate >= 0 && faultRate < 1)) throw new Error('--fault-rate takes a number in [0, 1)');

const random = seededRandom(values.seed);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Thrown by a killed process's storage and network calls. */
class ProcessKilled extends Error {}

type KioskProcess = { readonly client: SyncClient; kill(): void };

type SimulatedKiosk = {
  readonly kioskId: string;
  readonly token: string;
  readonly db: RuknDatabase;
  readonly recorded: string[];
  process: KioskProcess | undefined;
  kills: number;
};

/** Starts one kiosk "process": a fresh outbox, transport and client on the kiosk's database. */
function startProcess(kiosk: SimulatedKiosk, hubUrl: string): KioskProcess {
  let isDead = false;
  const guard = <T>(work: () => Promise<T>): Promise<T> =>
    isDead
      ? Promise.reject(new ProcessKilled())
      : work().then((value) => {
          if (isDead) throw new ProcessKilled();
          return value;
        });
  const outbox: OutboxRepository = createOutboxRepository({ db: kiosk.db });
  const guardedOutbox = {
    nextBatch: (...args: Parameters<OutboxRepository['nextBatch']>) =>
      guard(() => outbox.nextBatch(...args)),
    // The local transaction that marks visits sent: a dead process never reaches it.
    acknowledge: (...args: Parameters<OutboxRepository['acknowledge']>) =>
      guard(() => outbox.acknowledge(...args)),
    counts: () => guard(() => outbox.counts()),
  };
  const request = createFetchHubRequest({ hubUrl, token: kiosk.token, timeoutMs: 5_000 });
  const transport = createHubTransport({ hubUrl, request: (call) => guard(() => request(call)) });
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const client = createSyncClient({
    outbox: guardedOutbox,
    random,
    idleIntervalMs: 500,
    maxVisits: batchVisits,
    slowIntervalMs: 2_000,
    setTimer: (run, ms) => {
      // Backoff waits are shortened tenfold so a run takes minutes, not hours; their shape stays.
      const handle = setTimeout(
        () => {
          timers.delete(handle);
          run();
        },
        Math.min(ms / 10, 3_000),
      );
      timers.add(handle);
      return handle;
    },
    clearTimer: (handle) => {
      clearTimeout(handle as ReturnType<typeof setTimeout>);
      timers.delete(handle as ReturnType<typeof setTimeout>);
    },
  });
  void client.start({ transport, kioskId: kiosk.kioskId }).catch(() => undefined);
  return {
    client,
    kill() {
      isDead = true;
      client.stop();
      for (const handle of timers) clearTimeout(handle);
      timers.clear();
    },
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const hubDb = await openHubDatabase({});
  const hub = await createOfficeHub({
    db: hubDb,
    rateLimits: { push: { max: 1e6, timeWindow: 60_000 } },
  });
  await hub.listen({ port: 0, host: '127.0.0.1' });
  const hubOrigin = `http://127.0.0.1:${(hub.server.address() as AddressInfo).port}`;
  const proxy = await startFaultProxy({ target: hubOrigin, faultRate, random });
  const office = await addOffice(hubDb, 'Chaos office', Date.now());
  if (!office.ok) throw new Error(office.error.message);

  const kiosks: SimulatedKiosk[] = [];
  for (let index = 0; index < kioskCount; index += 1) {
    const added = await addKiosk(
      hubDb,
      { officeId: office.value.id, name: `Kiosk ${index + 1}` },
      Date.now(),
    );
    if (!added.ok) throw new Error(added.error.message);
    kiosks.push({
      kioskId: added.value.kiosk.id,
      token: added.value.token,
      db: openDatabase(`chaos-kiosk-${index}-${values.seed}`),
      recorded: [],
      process: undefined,
      kills: 0,
    });
  }
  for (const kiosk of kiosks) kiosk.process = startProcess(kiosk, proxy.origin);

  // Visits are recorded in waves, each followed by the kiosk's "visit ended" trigger, while a
  // killer stops one kiosk's process mid-push now and then and starts a new one after a pause.
  let isRecording = true;
  // Where each kiosk stands, every few seconds on stderr, so a stuck run shows where it stuck.
  const progress = setInterval(() => {
    void Promise.all(
      kiosks.map(async (kiosk) => {
        const counts = await createOutboxRepository({ db: kiosk.db }).counts();
        return `${kiosk.recorded.length}/${counts.pending}/${kiosk.process?.client.status().state}`;
      }),
    ).then((states) => console.error(`recorded/pending/state ${states.join(' ')}`));
  }, 5_000);
  const killer = (async () => {
    while (isRecording || (await anyPending(kiosks))) {
      if (performance.now() - started > deadlineMs) return;
      await sleep(150 + random() * 600);
      // A kiosk in the middle of a push when there is one: that is where a kill hurts most.
      const pushing = kiosks.filter((each) => each.process?.client.status().state === 'syncing');
      const pool = pushing.length > 0 ? pushing : kiosks;
      const kiosk = pool[Math.floor(random() * pool.length)];
      if (kiosk?.process === undefined) continue;
      kiosk.process.kill();
      kiosk.kills += 1;
      await sleep(random() * 300);
      kiosk.process = startProcess(kiosk, proxy.origin);
    }
  })();
  const perWave = Math.ceil(sessionsPerKiosk / waves);
  for (let wave = 0; wave < waves; wave += 1) {
    await Promise.all(
      kiosks.map(async (kiosk, index) => {
        const count = Math.min(perWave, sessionsPerKiosk - kiosk.recorded.length);
        if (count <= 0) return;
        const ids = await seedPendingVisits(kiosk.db, count, {
          kioskId: kiosk.kioskId,
          // Waves fall in different months, so the hub's monthly partitions are crossed too.
          from: Date.UTC(2026, 8 + (wave % 4), 1 + wave, 5 + index) + kiosk.recorded.length * 1000,
        });
        kiosk.recorded.push(...ids);
        void kiosk.process?.client.trigger('visit-ended').catch(() => undefined);
      }),
    );
    await sleep(300);
  }
  isRecording = false;
  await killer;
  clearInterval(progress);
  for (const kiosk of kiosks) kiosk.process?.kill();

  // The reckoning: each kiosk's visits against the hub's rows.
  let sent = 0;
  let lost = 0;
  let pending = 0;
  let rejected = 0;
  let eventMismatches = 0;
  for (const kiosk of kiosks) {
    const synced = await kiosk.db.sessions
      .where('[syncState+startedAt]')
      .between(['synced', -Infinity], ['synced', Infinity])
      .primaryKeys();
    sent += synced.length;
    const counts = await createOutboxRepository({ db: kiosk.db }).counts();
    pending += counts.pending;
    rejected += counts.rejected;
    const stored = new Map(
      (
        await hubDb.query<{ id: string; events: number }>(
          'SELECT id, json_array_length(events) AS events FROM visits WHERE kiosk_id = $1',
          [kiosk.kioskId],
        )
      ).map((row) => [row.id, row.events]),
    );
    for (const id of kiosk.recorded) {
      const events = stored.get(id);
      if (events === undefined) lost += 1;
      else if (events !== 12) eventMismatches += 1;
    }
  }
  const [totals] = await hubDb.query<{ rows: number; ids: number }>(
    'SELECT count(*)::int AS rows, count(DISTINCT id)::int AS ids FROM visits',
  );
  const stored = totals?.ids ?? 0;
  const duplicates = (totals?.rows ?? 0) - stored;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `kiosks=${kioskCount} recorded=${kioskCount * sessionsPerKiosk} fault_rate=${faultRate} ` +
      `kills=${kiosks.reduce((sum, kiosk) => sum + kiosk.kills, 0)} seconds=${seconds}`,
  );
  console.log(
    `faults ${Object.entries(proxy.counts)
      .map(([kind, count]) => `${kind}=${count}`)
      .join(' ')}`,
  );
  console.log(`pending=${pending} rejected=${rejected} event_mismatches=${eventMismatches}`);
  console.log(`sent=${sent} stored=${stored} duplicates=${duplicates} lost=${lost}`);
  await proxy.close();
  await hub.close();
  await hubDb.close();
  const isClean =
    sent === stored &&
    duplicates === 0 &&
    lost === 0 &&
    pending === 0 &&
    rejected === 0 &&
    eventMismatches === 0;
  process.exitCode = isClean ? 0 : 1;
}

async function anyPending(kiosks: readonly SimulatedKiosk[]): Promise<boolean> {
  for (const kiosk of kiosks) {
    if ((await createOutboxRepository({ db: kiosk.db }).counts()).pending > 0) return true;
  }
  return false;
}

main().then(
  // The kiosks' databases and timers must not keep a finished run alive.
  () => process.exit(),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
