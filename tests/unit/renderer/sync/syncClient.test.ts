import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from '../../../../core/result';
import type { PushRequest, PushResponse } from '../../../../core/sync/wire';
import { createOutboxRepository } from '../../../../renderer/db/outboxRepository';
import { createSyncRecordStore } from '../../../../renderer/db/settingsRepository';
import {
  createSyncClient,
  type SyncClientDeps,
  type SyncConnection,
} from '../../../../renderer/sync/client';
import type { HubErrorCode, HubTransport } from '../../../../renderer/sync/transport';
import { setupTestDatabase } from '../support/testDatabase';
import { seedEndedVisits } from './seedVisits';

const kiosk = setupTestDatabase();

type PushAnswer = Result<PushResponse, HubErrorCode> | 'accept-all';

/** A hub stand-in: answers pushes from a script (default: accept everything) and keeps them. */
function fakeHub(script: PushAnswer[] = []) {
  const requests: PushRequest[] = [];
  let release: (() => void) | undefined;
  let isHeld = false;
  const transport: HubTransport = {
    hubUrl: 'http://hub.test',
    async push(request) {
      requests.push(request);
      if (isHeld) await new Promise<void>((resolve) => (release = resolve));
      const answer = script.shift() ?? 'accept-all';
      if (answer !== 'accept-all') return answer;
      return ok({ accepted: request.visits.map((record) => record.visit.id), rejected: [] });
    },
    fetchContent: async () => ok({ kind: 'none' }),
  };
  return {
    transport,
    requests,
    hold: () => (isHeld = true),
    release: () => {
      isHeld = false;
      release?.();
    },
  };
}

/** Timers the test fires by hand. */
function fakeTimers() {
  const pending = new Map<number, { run: () => void; ms: number }>();
  let next = 0;
  return {
    setTimer: (run: () => void, ms: number) => {
      next += 1;
      pending.set(next, { run, ms });
      return next;
    },
    clearTimer: (handle: unknown) => pending.delete(handle as number),
    delays: () => [...pending.values()].map((timer) => timer.ms),
    fire: () => {
      const timers = [...pending.entries()];
      pending.clear();
      for (const [, timer] of timers) timer.run();
    },
  };
}

function client(hub: ReturnType<typeof fakeHub>, overrides: Partial<SyncClientDeps> = {}) {
  const timers = fakeTimers();
  const connection: SyncConnection = { transport: hub.transport, kioskId: 'hub-kiosk' };
  const sync = createSyncClient({
    outbox: createOutboxRepository({ db: kiosk.db(), now: () => 9_000_000 }),
    connection,
    now: () => 9_000_000,
    random: () => 0.5,
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
    maxVisits: 2,
    ...overrides,
  });
  return { sync, timers };
}

const syncStates = async () =>
  (await kiosk.db().sessions.toArray()).map((visit) => visit.syncState).sort();

describe('sync client', () => {
  it('drains batch after batch and marks each visit sent once acknowledged', async () => {
    await seedEndedVisits(kiosk.repository(), 5);
    const hub = fakeHub();
    const { sync, timers } = client(hub);
    await sync.trigger('start');
    expect(hub.requests.map((request) => request.visits.length)).toEqual([2, 2, 1]);
    expect(hub.requests.every((request) => request.kioskId === 'hub-kiosk')).toBe(true);
    expect(await syncStates()).toEqual(Array(5).fill('synced'));
    expect(sync.status()).toMatchObject({ state: 'idle', pending: 0, lastSyncAt: 9_000_000 });
    // Idle: the next round is the minute timer.
    expect(timers.delays()).toEqual([60_000]);
  });

  it('has one push in flight: a trigger while pushing asks for one more round after it', async () => {
    await seedEndedVisits(kiosk.repository(), 1);
    const hub = fakeHub();
    hub.hold();
    const { sync } = client(hub);
    const first = sync.trigger('start');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sync.status().state).toBe('syncing');
    await seedEndedVisits(kiosk.repository(), 1, { first: 2 });
    const second = sync.trigger('visit-ended');
    const third = sync.trigger('online');
    expect(hub.requests).toHaveLength(1);
    hub.release();
    await Promise.all([first, second, third]);
    // The held push, then one more round for the visit that ended meanwhile: never two at once.
    expect(hub.requests.map((request) => request.visits.length)).toEqual([1, 1]);
    expect(await syncStates()).toEqual(['synced', 'synced']);
  });

  it('backs off with full jitter after failures and resets after a success', async () => {
    await seedEndedVisits(kiosk.repository(), 1);
    const hub = fakeHub([
      err('network', 'refused'),
      err('server-error', 'HTTP 503'),
      err('rate-limited', 'HTTP 429'),
      err('timeout', 'slow'),
    ]);
    const { sync, timers } = client(hub);
    await sync.trigger('start');
    expect(sync.status()).toMatchObject({
      state: 'offline',
      lastError: { code: 'network', at: 9_000_000 },
      pending: 1,
      nextAttemptAt: 9_000_500,
    });
    const delays = [timers.delays()];
    for (let round = 0; round < 3; round += 1) {
      timers.fire();
      await sync.trigger('timer');
      delays.push(timers.delays());
    }
    // random() = 0.5 of 1 s, 2 s, 4 s, 8 s.
    expect(delays).toEqual([[500], [1_000], [2_000], [4_000]]);
    expect(sync.status().state).toBe('offline');
    timers.fire();
    await sync.trigger('timer');
    expect(sync.status()).toMatchObject({ state: 'idle', pending: 0 });
    expect(sync.status().lastError).toBeUndefined();
    // Reset: the next failure waits the first step again.
    await seedEndedVisits(kiosk.repository(), 1, { first: 2 });
    hub.requests.length = 0;
    const again = fakeHub([err('server-error', 'HTTP 500')]);
    sync.setConnection({ transport: again.transport, kioskId: 'hub-kiosk' });
    await sync.trigger('manual');
    expect(sync.status().state).toBe('error');
    expect(timers.delays()).toEqual([500]);
  });

  it('waits out a backoff when a visit ends, but tries at once when the network returns', async () => {
    await seedEndedVisits(kiosk.repository(), 1);
    const hub = fakeHub([err('network', 'down')]);
    const { sync } = client(hub);
    await sync.trigger('start');
    await seedEndedVisits(kiosk.repository(), 1, { first: 2 });
    await sync.trigger('visit-ended');
    expect(hub.requests).toHaveLength(1);
    expect(sync.status().pending).toBe(2);
    await sync.trigger('online');
    expect(hub.requests).toHaveLength(2);
    expect(await syncStates()).toEqual(['synced', 'synced']);
  });

  it('marks nothing on a malformed answer, and ignores ids that were not in the batch', async () => {
    const ids = await seedEndedVisits(kiosk.repository(), 2);
    const hub = fakeHub([
      err('invalid-response', 'accepted'),
      // Sent: the first visit only. The answer also names the second, which was not sent.
      ok({ accepted: ['someone-else', ids[0] as string, ids[1] as string], rejected: [] }),
      err('server-error', 'HTTP 500'),
    ]);
    const { sync, timers } = client(hub, { maxVisits: 1 });
    await sync.trigger('start');
    expect(await syncStates()).toEqual(['pending', 'pending']);
    expect(sync.status()).toMatchObject({
      state: 'error',
      lastError: { code: 'invalid-response' },
    });
    timers.fire();
    await sync.trigger('timer');
    const stored = await kiosk.db().sessions.bulkGet(ids);
    expect(stored.map((visit) => visit?.syncState)).toEqual(['synced', 'pending']);
  });

  it('moves refused visits to the dead letters and never sends them again by itself', async () => {
    const ids = await seedEndedVisits(kiosk.repository(), 2);
    const hub = fakeHub([
      ok({
        accepted: [ids[0] as string],
        rejected: [{ id: ids[1] as string, reason: 'invalid-visit', field: 'lang' }],
      }),
    ]);
    const { sync } = client(hub);
    await sync.trigger('start');
    expect(sync.status()).toMatchObject({ state: 'idle', pending: 0, rejected: 1 });
    await sync.trigger('manual');
    expect(hub.requests).toHaveLength(1);
    const outbox = createOutboxRepository({ db: kiosk.db() });
    expect((await outbox.listDeadLetters()).map((letter) => letter.reason)).toEqual([
      'invalid-visit',
    ]);
    await outbox.resendDeadLetter(ids[1] as string);
    await sync.trigger('manual');
    expect(hub.requests.at(-1)?.visits.map((record) => record.visit.id)).toEqual([ids[1]]);
    expect(await syncStates()).toEqual(['synced', 'synced']);
  });

  it('stops fast retries when the hub refuses the token, and retries on the slow timer', async () => {
    await seedEndedVisits(kiosk.repository(), 1);
    const hub = fakeHub([err('unauthorized', 'HTTP 401'), err('unauthorized', 'HTTP 401')]);
    const { sync, timers } = client(hub);
    await sync.trigger('start');
    expect(sync.status()).toMatchObject({
      state: 'unauthorized',
      lastError: { code: 'unauthorized' },
    });
    expect(timers.delays()).toEqual([300_000]);
    await sync.trigger('visit-ended');
    expect(hub.requests).toHaveLength(1);
    timers.fire();
    await sync.trigger('timer');
    expect(timers.delays()).toEqual([300_000]);
  });

  it('says not-configured without a hub, and keeps the last success and error across restarts', async () => {
    const store = createSyncRecordStore(kiosk.db());
    const none = client(fakeHub(), { connection: undefined, store });
    await none.sync.start();
    expect(none.sync.status().state).toBe('not-configured');
    expect(none.timers.delays()).toEqual([]);

    await seedEndedVisits(kiosk.repository(), 1);
    const failing = client(fakeHub([err('server-error', 'HTTP 500')]), { store });
    await failing.sync.start();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const restarted = client(fakeHub([err('network', 'down')]), { store, connection: undefined });
    await restarted.sync.start();
    expect(restarted.sync.status().lastError).toEqual({ code: 'server-error', at: 9_000_000 });
  });
});
