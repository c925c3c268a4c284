/**
 * Drives one simulated kiosk through the real sync code from Node (never imported by the kiosk):
 * the benchmark (`npm run bench:sync`, time to drain 10,000 pending visits) and the chaos run
 * (several kiosks through a fault-injecting proxy) use it. The caller opens the database on
 * fake-indexeddb (`import 'fake-indexeddb/auto'`, then `openDatabase(name)`), seeds pending visits
 * in the stored form the kiosk writes, and drains them to a hub URL with the kiosk's own outbox,
 * client and transport (its requests made by `createFetchHubRequest`, the Node twin of the bridge's
 * `hubRequest`); retries follow the client's own backoff.
 */
import { encodeBatch, batchKey, type EventDraft } from '../../core/visit/eventCodec';
import type { IndexableTypeArrayReadonly } from 'dexie';
import type { StoredVisit } from '../../core/visit/types';
import type { RuknDatabase } from '../db/database';
import { createOutboxRepository } from '../db/outboxRepository';
import { createSyncClient, type SyncClient, type SyncStatus } from './client';
import type { HubFetch } from '../../core/sync/hubExchange';
import { createFetchHubRequest } from './nodeHubRequest';
import { createHubTransport } from './transport';

export type SeedOptions = {
  /** The kiosk id the visits are recorded under (the hub's id for this kiosk). */
  readonly kioskId: string;
  /** Screen and answer events per visit (a typical visit has a dozen or two). */
  readonly eventsPerVisit?: number;
  /** Start of the first visit (epoch ms); visits follow a minute apart. */
  readonly from?: number;
  /** Makes visit ids (a UUID each, as the kiosk does). */
  readonly newId?: () => string;
};

/** One visit's events: screens and answer views with realistic payloads. */
function eventsOf(startedAt: number, count: number): EventDraft[] {
  return Array.from({ length: count }, (_, index): EventDraft => {
    const at = startedAt + 2_000 * (index + 1);
    return index % 3 === 2
      ? { at, type: 'faq-view', payload: { entryId: 'payment-date', via: 'category' } }
      : { at, type: 'screen', payload: { screen: index % 2 === 0 ? 'home' : 'faq-categories' } };
  });
}

/**
 * Writes `count` ended visits waiting to be sent (`pending`), with their events in compact
 * batches, straight into the kiosk's tables in the form the recorder leaves them. Answers the ids.
 */
export async function seedPendingVisits(
  db: RuknDatabase,
  count: number,
  {
    kioskId,
    eventsPerVisit = 12,
    from = Date.UTC(2026, 11, 1, 8),
    newId = () => crypto.randomUUID(),
  }: SeedOptions,
): Promise<string[]> {
  const ids: string[] = [];
  const chunk = 500;
  for (let start = 0; start < count; start += chunk) {
    const visits: StoredVisit[] = [];
    const batches: { key: ReturnType<typeof batchKey>; value: readonly unknown[] }[] = [];
    for (let index = start; index < Math.min(count, start + chunk); index += 1) {
      const id = newId();
      const startedAt = from + index * 60_000;
      const events = eventsOf(startedAt, eventsPerVisit);
      visits.push({
        id,
        kioskId,
        lang: index % 4 === 0 ? 'en' : 'ar',
        mode: 'self',
        startedAt,
        endedAt: startedAt + 2_000 * (eventsPerVisit + 1),
        endReason: 'completed',
        guideProgress: [],
        syncState: 'pending',
      });
      batches.push({ key: batchKey(id, 0), value: encodeBatch(events) });
      ids.push(id);
    }
    await db.transaction('rw', db.sessions, db.visitEvents, async () => {
      await db.sessions.bulkAdd(visits);
      await db.visitEvents.bulkPut(
        batches.map((batch) => batch.value),
        batches.map((batch) => batch.key) as unknown as IndexableTypeArrayReadonly,
      );
    });
  }
  return ids;
}

export type DrainOptions = {
  readonly db: RuknDatabase;
  /** The hub's origin, or a proxy in front of it. */
  readonly hubUrl: string;
  readonly token: string;
  readonly kioskId: string;
  /** Global fetch unless given. */
  readonly fetch?: HubFetch;
  /** Give up after this long (the answer then says how many are still pending). */
  readonly deadlineMs?: number;
  readonly timeoutMs?: number;
  /** Sees every status change (the chaos run logs and kills clients mid-push with it). */
  readonly onChange?: (status: SyncStatus) => void;
  /** Gets the client once it exists, e.g. to `stop()` it mid-push. */
  readonly onClient?: (client: SyncClient) => void;
};

export type DrainResult = {
  /** Visits the hub acknowledged (now `synced`). */
  readonly synced: number;
  /** Visits the hub refused (dead letters). */
  readonly rejected: number;
  /** Visits still waiting when the drain ended. */
  readonly pending: number;
  /** Pushes made, successful or not. */
  readonly pushes: number;
  readonly milliseconds: number;
};

/**
 * Sends every pending visit to the hub with the kiosk's own client, retrying with its backoff,
 * until none is pending or the deadline passes.
 */
export async function drainToHub(options: DrainOptions): Promise<DrainResult> {
  const { db, deadlineMs = 10 * 60_000 } = options;
  const outbox = createOutboxRepository({ db });
  const syncedBefore = await db.sessions
    .where('[syncState+startedAt]')
    .between(['synced', -Infinity], ['synced', Infinity])
    .count();
  let pushes = 0;
  const request = createFetchHubRequest({
    hubUrl: options.hubUrl,
    token: options.token,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  const transport = createHubTransport({
    hubUrl: options.hubUrl,
    request: (hubRequest) => {
      if (hubRequest.kind === 'push') pushes += 1;
      return request(hubRequest);
    },
  });
  let wake: (() => void) | undefined;
  const client = createSyncClient({
    outbox,
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    onChange: (status) => {
      options.onChange?.(status);
      if (status.state !== 'syncing') wake?.();
    },
  });
  options.onClient?.(client);
  const started = performance.now();
  await client.start({ transport, kioskId: options.kioskId });
  for (;;) {
    const { pending } = await outbox.counts();
    if (pending === 0 || performance.now() - started > deadlineMs) break;
    if (client.status().state === 'idle') {
      await client.trigger('manual');
      continue;
    }
    // A failed round left a backoff timer: wait for its round (or a status change) and look again.
    await new Promise<void>((resolve) => {
      wake = resolve;
      setTimeout(resolve, 1_000);
    });
    wake = undefined;
  }
  const milliseconds = performance.now() - started;
  client.stop();
  const counts = await outbox.counts();
  const syncedAfter = await db.sessions
    .where('[syncState+startedAt]')
    .between(['synced', -Infinity], ['synced', Infinity])
    .count();
  return {
    synced: syncedAfter - syncedBefore,
    rejected: counts.rejected,
    pending: counts.pending,
    pushes,
    milliseconds,
  };
}
