/**
 * Which visits may be deleted to free space: never an open one, never one waiting to be sent or
 * refused by the office, never a recent one; oldest first, only above the limit.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredVisit } from '../../../core/visit/types';
import {
  isOverLimit,
  isPrunable,
  storagePolicy,
  visitsToPrune,
} from '../../../renderer/visit/storagePolicy';
import { createStorageCare } from '../../../renderer/visit/storageCare';
import { loadSettingsInTime, withinTime } from '../../../renderer/visit/storageBoot';
import { openDatabase } from '../../../renderer/db/database';

const day = 24 * 60 * 60 * 1000;
const now = 400 * day;
const old = now - 60 * day;
const mb = 1024 * 1024;
const over = { usage: 900 * mb, quota: 1000 * mb };

type Summary = Pick<StoredVisit, 'id' | 'startedAt' | 'endedAt' | 'syncState'>;

const visit = (id: string, startedAt: number, syncState: StoredVisit['syncState']): Summary => ({
  id,
  startedAt,
  ...(syncState === 'open' ? {} : { endedAt: startedAt + 60_000 }),
  syncState,
});

describe('storage policy', () => {
  it('prunes nothing under the limit: 80% of the quota, never over 2 GB', () => {
    expect(isOverLimit({ usage: 799 * mb, quota: 1000 * mb })).toBe(false);
    expect(isOverLimit({ usage: 800 * mb, quota: 1000 * mb })).toBe(true);
    expect(isOverLimit({ usage: 2.1 * 1024 * mb, quota: 100 * 1024 * mb })).toBe(true);
    const visits = [visit('a', old, 'synced')];
    expect(visitsToPrune(visits, { usage: 100 * mb, quota: 1000 * mb }, now, 5000, true)).toEqual(
      [],
    );
  });

  it('never deletes an open, refused or recent visit, nor one waiting to be sent to a hub', () => {
    expect(isPrunable(visit('open', old, 'open'), now, true)).toBe(false);
    expect(isPrunable(visit('pending', old, 'pending'), now, true)).toBe(false);
    expect(isPrunable(visit('rejected', old, 'rejected'), now, true)).toBe(false);
    expect(isPrunable(visit('recent', now - 5 * day, 'synced'), now, true)).toBe(false);
    expect(isPrunable(visit('synced', old, 'synced'), now, true)).toBe(true);
    const visits = [
      visit('open', old, 'open'),
      visit('pending', old, 'pending'),
      visit('rejected', old, 'rejected'),
      visit('recent', now - 5 * day, 'synced'),
    ];
    expect(visitsToPrune(visits, over, now, 5000, true)).toEqual([]);
  });

  it('without a hub, an old ended visit is waiting for no one and may go; open, refused and recent ones stay', () => {
    expect(isPrunable(visit('pending', old, 'pending'), now, false)).toBe(true);
    expect(isPrunable(visit('open', old, 'open'), now, false)).toBe(false);
    expect(isPrunable(visit('rejected', old, 'rejected'), now, false)).toBe(false);
    expect(isPrunable(visit('recent', now - 5 * day, 'pending'), now, false)).toBe(false);
  });

  it('deletes the oldest synced visits first, only as many as bring usage under the target', () => {
    const visits = [
      visit('newer', old + day, 'synced'),
      visit('oldest', old - day, 'synced'),
      visit('middle', old, 'synced'),
    ];
    // Limit 800 MB, target 480 MB: 900 MB needs 420 MB freed, at 200 MB a visit: three.
    expect(visitsToPrune(visits, over, now, 200 * mb, true)).toEqual(['oldest', 'middle', 'newer']);
    // At 300 MB a visit, two suffice.
    expect(visitsToPrune(visits, over, now, 300 * mb, true)).toEqual(['oldest', 'middle']);
    expect(visitsToPrune(visits, over, now, 1, true, { ...storagePolicy, maxPerCheck: 1 })).toEqual(
      ['oldest'],
    );
  });
});

describe('storage care', () => {
  const repository = () => ({
    listVisitSummaries: vi.fn(async (state: string) =>
      state === 'synced' ? [visit('a', old, 'synced'), visit('b', old, 'synced')] : [],
    ),
    deleteVisits: vi.fn(async () => undefined),
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('prunes what the policy allows when over the limit, at most once a minute', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let clock = now;
    const visits = repository();
    const care = createStorageCare({
      storage: {
        estimate: async () => over,
        persist: async () => true,
        persisted: async () => false,
      },
      repository: visits,
      now: () => clock,
      bytesPerVisit: 300 * mb,
      sendsToOffice: () => true,
    });
    expect(await care.check()).toEqual({ ...over, pruned: 2 });
    expect(visits.listVisitSummaries.mock.calls).toEqual([['synced']]);
    expect(visits.deleteVisits).toHaveBeenCalledWith(['a', 'b']);
    expect(await care.check()).toBeUndefined();
    clock += 60_000;
    expect(await care.check()).toEqual({ ...over, pruned: 2 });
  });

  it('without a hub, also prunes old ended visits that wait to be sent to no one', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const visits = repository();
    const care = createStorageCare({
      storage: {
        estimate: async () => over,
        persist: async () => true,
        persisted: async () => true,
      },
      repository: visits,
      now: () => now,
      bytesPerVisit: 300 * mb,
    });
    await care.check();
    expect(visits.listVisitSummaries.mock.calls.flat().sort()).toEqual(['pending', 'synced']);
  });

  it('asks for persistent storage once and says what it got', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const persist = vi.fn(async () => true);
    const care = createStorageCare({
      storage: { estimate: async () => over, persist, persisted: async () => false },
      repository: repository(),
    });
    expect(await care.requestPersistence()).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(console.info).toHaveBeenCalledWith('persistent storage: granted');
  });

  it('does nothing without the Storage API, and never rejects', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await createStorageCare({ repository: repository() }).check()).toBeUndefined();
    const failing = createStorageCare({
      storage: {
        estimate: () => Promise.reject(new Error('no')),
        persist: () => Promise.reject(new Error('no')),
        persisted: () => Promise.reject(new Error('no')),
      },
      repository: repository(),
    });
    expect(await failing.check()).toBeUndefined();
    expect(await failing.requestPersistence()).toBeUndefined();
  });
});

describe('start-up reads', () => {
  it('take the answer when it comes in time, the fallback when it fails or is late', async () => {
    expect(await withinTime(Promise.resolve(1), 50, () => 2)).toBe(1);
    expect(await withinTime(Promise.reject(new Error('x')), 50, () => 2)).toBe(2);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const late = withinTime(new Promise<number>(() => undefined), 1500, () => 2);
      await vi.advanceTimersByTimeAsync(1500);
      expect(await late).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('fall back to default settings when the database cannot be read', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = openDatabase(`broken-${crypto.randomUUID()}`);
    vi.spyOn(db.settings, 'toArray').mockRejectedValue(new Error('disk broken'));
    const settings = await loadSettingsInTime(db);
    expect(settings).toMatchObject({ idleTimeoutSeconds: 60, idleWarningSeconds: 30, office: {} });
    expect(settings.kioskId).toMatch(/^[0-9a-f-]{36}$/);
    await db.delete();
    vi.restoreAllMocks();
  });
});
