/**
 * The kiosk's sync client: drains the outbox to the office hub. Policy:
 * - One push in flight. A trigger while pushing only asks for one more round after this one.
 * - A round sends batch after batch while visits are pending; a visit is marked sent only after
 *   a valid acknowledgement naming it (ids not in the sent batch are ignored), and the answer is
 *   applied in one local transaction (outboxRepository.ts). A malformed answer marks nothing.
 * - On failure (no connection, timeout, 5xx, 429, a malformed answer) the next try waits a
 *   full-jitter backoff (core/sync/backoff.ts: up to 1 s, 2 s, 4 s … 5 min), reset by a success.
 *   A refused token (401/403) is `unauthorized`: no fast retries, only the slow timer, and the
 *   staff screen says so. Other 4xx answers wait for the slow timer too.
 * - Triggers: start-up, the `online` event, the end of each visit, the idle timer (every minute),
 *   and the staff's "Send now". During a backoff wait only `online` and "Send now" try at once:
 *   a busy kiosk ending visits must not knock at a failing hub after every visit.
 * - The last success and the last error are persisted (settings rows) so they survive restarts.
 * Runs in Node too (chaos and benchmark scripts): no DOM; time, timers, randomness and the
 * transport are injected.
 */
import { backoffDelay } from '../../core/sync/backoff';
import {
  maxBatchBytes,
  maxBatchVisits,
  protocolVersion,
  type KioskStatus,
  type PushRequest,
} from '../../core/sync/wire';
import type { Result } from '../../core/result';
import type { OutboxRepository } from '../db/outboxRepository';
import type { SyncError, SyncErrorCode, SyncRecordRow } from '../db/syncTypes';
import type { ContentFetch, HubErrorCode, HubTransport } from './transport';

/** Where the client stands. */
export const syncStateNames = [
  /** No hub configured: visits stay on the kiosk. */
  'not-configured',
  /** Nothing to do, or waiting for the next timer. */
  'idle',
  /** A push is in flight. */
  'syncing',
  /** The hub cannot be reached; retrying with backoff. */
  'offline',
  /** The hub answered with a failure; retrying with backoff or on the slow timer. */
  'error',
  /** The hub refused the token: an administrator must provision the kiosk again. */
  'unauthorized',
] as const;
export type SyncStateName = (typeof syncStateNames)[number];

/** What the staff screen shows. */
export type SyncStatus = {
  readonly state: SyncStateName;
  /** Epoch ms of the last round that reached the hub and applied its answer. */
  readonly lastSyncAt?: number;
  readonly lastError?: SyncError;
  readonly pending: number;
  readonly rejected: number;
  /** When the next try is planned (epoch ms). */
  readonly nextAttemptAt?: number;
};

/** What is kept across restarts. */
export type SyncRecord = SyncRecordRow;

/** Where the client keeps `SyncRecord` (settings rows in the kiosk). */
export type SyncRecordStore = {
  readonly load: () => Promise<SyncRecord>;
  readonly save: (record: SyncRecord) => Promise<void>;
};

/** What makes a round start. */
export type SyncTrigger = 'start' | 'online' | 'visit-ended' | 'timer' | 'manual';

export type { SyncError, SyncErrorCode };

/** The hub connection: the transport and the kiosk id the hub knows this kiosk by. */
export type SyncConnection = { readonly transport: HubTransport; readonly kioskId: string };

export type TimerHandle = unknown;

export type SyncClientDeps = {
  readonly outbox: Pick<OutboxRepository, 'nextBatch' | 'acknowledge' | 'counts'>;
  /** Undefined when no hub is configured. */
  readonly connection?: SyncConnection;
  readonly now?: () => number;
  readonly random?: () => number;
  readonly setTimer: (run: () => void, ms: number) => TimerHandle;
  readonly clearTimer: (handle: TimerHandle) => void;
  /** The kiosk's state sent with each push (counts are filled in by the client). */
  readonly kioskStatus?: () => Omit<KioskStatus, 'pending' | 'rejected'>;
  readonly onChange?: (status: SyncStatus) => void;
  readonly store?: SyncRecordStore;
  /** Time between rounds when all is well. */
  readonly idleIntervalMs?: number;
  /** Time between rounds after an `unauthorized` or other non-retryable answer. */
  readonly slowIntervalMs?: number;
  readonly maxVisits?: number;
  readonly maxBytes?: number;
};

export type SyncClient = {
  /** Loads the persisted record and starts the first round (on `connection`, when given). */
  readonly start: (connection?: SyncConnection) => Promise<void>;
  /** Asks for a round; resolves when the round it joined or started is over. */
  readonly trigger: (reason: SyncTrigger) => Promise<void>;
  readonly status: () => SyncStatus;
  /** Adds a status listener; returns its removal. */
  readonly subscribe: (listener: (status: SyncStatus) => void) => () => void;
  /** Replaces the hub connection (or removes it) and starts a round when there is one. */
  readonly setConnection: (connection: SyncConnection | undefined) => void;
  /** Re-reads the pending and refused counts (after a dead letter is sent again, say). */
  readonly refreshCounts: () => Promise<void>;
  /** The latest signed content bundle through the configured hub (see transport.ts). */
  readonly fetchContent: (
    etag?: string,
  ) => Promise<Result<ContentFetch, HubErrorCode | 'not-configured'>>;
  /** Stops timers; a push in flight finishes. */
  readonly stop: () => void;
};

/** Failures retried with backoff; the rest wait for the slow timer. */
const retryable: ReadonlySet<SyncErrorCode> = new Set([
  'network',
  'timeout',
  'rate-limited',
  'server-error',
  'invalid-response',
  'storage',
]);

type RoundOutcome =
  { readonly kind: 'done' } | { readonly kind: 'failed'; readonly code: SyncErrorCode };

export function createSyncClient(deps: SyncClientDeps): SyncClient {
  const {
    outbox,
    now = Date.now,
    random = Math.random,
    setTimer,
    clearTimer,
    idleIntervalMs = 60_000,
    slowIntervalMs = 5 * 60_000,
    maxVisits = maxBatchVisits,
    maxBytes = maxBatchBytes,
  } = deps;
  let connection = deps.connection;
  let status: SyncStatus = {
    state: connection === undefined ? 'not-configured' : 'idle',
    pending: 0,
    rejected: 0,
  };
  const listeners = new Set<(status: SyncStatus) => void>();
  let running: Promise<void> | undefined;
  let isAgain = false;
  let failures = 0;
  let timer: TimerHandle | undefined;
  let isStopped = false;

  const update = (next: Partial<SyncStatus>, without: (keyof SyncStatus)[] = []) => {
    const merged: Record<string, unknown> = { ...status, ...next };
    for (const key of without) delete merged[key];
    status = merged as SyncStatus;
    deps.onChange?.(status);
    for (const listener of listeners) listener(status);
  };

  const persist = () => {
    const { lastSyncAt, lastError } = status;
    void deps.store
      ?.save({
        ...(lastSyncAt === undefined ? {} : { lastSyncAt }),
        ...(lastError === undefined ? {} : { lastError }),
      })
      .catch(() => undefined);
  };

  const refreshCounts = async () => {
    try {
      const counts = await outbox.counts();
      update(counts);
    } catch {
      // Counts are for the staff screen; a failed read keeps the last ones.
    }
  };

  const schedule = (ms: number) => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    if (isStopped || connection === undefined) {
      update({}, ['nextAttemptAt']);
      return;
    }
    update({ nextAttemptAt: now() + ms });
    timer = setTimer(() => {
      timer = undefined;
      void trigger('timer');
    }, ms);
  };

  /** Sends batches until none is pending; stops at the first failure. */
  const drain = async (current: SyncConnection): Promise<RoundOutcome> => {
    for (;;) {
      let batch;
      try {
        batch = await outbox.nextBatch({ kioskId: current.kioskId, maxVisits, maxBytes });
      } catch {
        return { kind: 'failed', code: 'storage' };
      }
      if (batch.records.length === 0) return { kind: 'done' };
      const counts = await outbox.counts().catch(() => status);
      const extra = deps.kioskStatus?.();
      const request: PushRequest = {
        protocol: protocolVersion,
        kioskId: current.kioskId,
        visits: batch.records,
        ...(extra === undefined
          ? {}
          : {
              status: {
                ...extra,
                pending: Math.max(0, counts.pending - batch.records.length),
                rejected: counts.rejected,
              },
            }),
      };
      const answer = await current.transport.push(request);
      if (!answer.ok) return { kind: 'failed', code: answer.error.code };
      const sent = new Set(batch.ids);
      let changed;
      try {
        changed = await outbox.acknowledge(
          answer.value.accepted.filter((id) => sent.has(id)),
          answer.value.rejected.filter((rejection) => sent.has(rejection.id)),
        );
      } catch {
        return { kind: 'failed', code: 'storage' };
      }
      update({ lastSyncAt: now() }, ['lastError']);
      persist();
      await refreshCounts();
      // An answer that settles none of the batch would send the same batch forever.
      if (changed.synced + changed.rejected === 0) return { kind: 'done' };
    }
  };

  const round = async (): Promise<void> => {
    const current = connection;
    if (current === undefined) {
      update({ state: 'not-configured' }, ['nextAttemptAt']);
      await refreshCounts();
      return;
    }
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    update({ state: 'syncing' }, ['nextAttemptAt']);
    const outcome = await drain(current);
    if (connection !== current) return; // reconfigured meanwhile: the new connection's round runs
    if (outcome.kind === 'done') {
      failures = 0;
      update({ state: 'idle' });
      schedule(idleIntervalMs);
      return;
    }
    const { code } = outcome;
    update({
      state:
        code === 'unauthorized'
          ? 'unauthorized'
          : code === 'network' || code === 'timeout'
            ? 'offline'
            : 'error',
      lastError: { code, at: now() },
    });
    persist();
    await refreshCounts();
    if (retryable.has(code)) {
      schedule(backoffDelay(failures, random));
      failures += 1;
    } else {
      schedule(slowIntervalMs);
    }
  };

  const isWaitingOnFailure = () =>
    status.state === 'offline' || status.state === 'error' || status.state === 'unauthorized';

  const trigger = (reason: SyncTrigger): Promise<void> => {
    if (isStopped) return Promise.resolve();
    if (running) {
      isAgain = true;
      return running;
    }
    if (reason === 'visit-ended' && isWaitingOnFailure() && timer !== undefined) {
      // The planned retry will take this visit too; counts change now.
      return refreshCounts();
    }
    running = (async () => {
      try {
        do {
          isAgain = false;
          await round();
        } while (isAgain && !isStopped && !isWaitingOnFailure());
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  return {
    async start(initial) {
      if (initial !== undefined) {
        connection = initial;
        update({ state: 'idle' });
      }
      try {
        const record = (await deps.store?.load()) ?? {};
        update({
          ...(record.lastSyncAt === undefined ? {} : { lastSyncAt: record.lastSyncAt }),
          ...(record.lastError === undefined ? {} : { lastError: record.lastError }),
        });
      } catch {
        // A record that cannot be read starts empty.
      }
      await trigger('start');
    },
    trigger,
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setConnection(next) {
      connection = next;
      failures = 0;
      if (next === undefined) {
        if (timer !== undefined) clearTimer(timer);
        timer = undefined;
        update({ state: 'not-configured' }, ['nextAttemptAt', 'lastError']);
        return;
      }
      update({ state: 'idle' }, ['lastError']);
      void trigger('manual');
    },
    refreshCounts,
    async fetchContent(etag) {
      if (connection === undefined) {
        return { ok: false, error: { code: 'not-configured', message: 'no hub configured' } };
      }
      return connection.transport.fetchContent(etag);
    },
    stop() {
      isStopped = true;
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
    },
  };
}
