/**
 * The recorder never lets a failing disk reach a citizen: writes are batched, a failed write is
 * counted, kept in memory (bounded) and retried, and health says how storage is doing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupTestDatabase } from './support/testDatabase';
import type { SessionRepository } from '../../../renderer/db/sessionRepository';
import {
  createVisitRecorder,
  storageStateOf,
  type RecorderHealth,
} from '../../../renderer/visit/recorder';

const kiosk = setupTestDatabase();

/** The real repository, whose writes fail with `error` while `broken` is set. */
function breakable(repository: SessionRepository) {
  const state = {
    broken: false,
    error: new DOMException('disk full', 'QuotaExceededError') as unknown,
  };
  const guard =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      state.broken ? Promise.reject(state.error) : write(...args);
  const wrapped: SessionRepository = {
    ...repository,
    startSession: guard(repository.startSession),
    writeEvents: guard(repository.writeEvents),
    endSession: guard(repository.endSession),
  };
  return { repository: wrapped, state };
}

beforeEach(() => {
  // Only the recorder's own timers are faked; the database's queue keeps running.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('visit recorder: batching', () => {
  it('writes events within half a second of the first, in one batch', async () => {
    let visits = 0;
    const recorder = createVisitRecorder(kiosk.repository(), 'k', () => `visit-${++visits}`);
    recorder.start('ar');
    await recorder.flush();
    recorder.record('screen', { screen: 'home' });
    recorder.record('screen', { screen: 'faq-categories' });
    await vi.advanceTimersByTimeAsync(400);
    expect(await kiosk.repository().listEvents('visit-1')).toEqual([]);
    expect(recorder.health().pendingInMemory).toBe(2);
    await vi.advanceTimersByTimeAsync(100);
    await recorder.flush();
    const events = await kiosk.repository().listEvents('visit-1');
    expect(events.map((event) => event.id)).toEqual(['visit-1:0', 'visit-1:1']);
    expect(recorder.health()).toEqual({
      failedWrites: 0,
      pendingInMemory: 0,
      droppedRecords: 0,
      storage: 'ok',
    });
  });

  it('keeps guide progress once per step and writes it with the visit', async () => {
    const recorder = createVisitRecorder(kiosk.repository(), 'k', () => 'visit-1');
    recorder.start('en', { mode: 'assisted', caseworkerId: 'cw-1' });
    recorder.recordGuideStep('get-ready');
    recorder.recordGuideStep('log-in');
    recorder.recordGuideStep('get-ready');
    await recorder.flush();
    expect((await kiosk.repository().getSession('visit-1'))?.guideProgress).toEqual([
      'get-ready',
      'log-in',
    ]);
    recorder.end('completed');
    await recorder.flush();
    expect(await kiosk.repository().getSession('visit-1')).toMatchObject({
      mode: 'assisted',
      caseworkerId: 'cw-1',
      endReason: 'completed',
      guideProgress: ['get-ready', 'log-in'],
      syncState: 'pending',
    });
  });

  it('lets screens record what was pending when the page goes away, without ending', async () => {
    const recorder = createVisitRecorder(kiosk.repository(), 'k', () => 'visit-1');
    recorder.start('ar');
    recorder.beforeEnd(() =>
      recorder.record('search', { text: 'متى', lang: 'ar', resultCount: 1, topIds: ['a'] }),
    );
    recorder.settlePending();
    await recorder.flush();
    expect(recorder.currentId()).toBe('visit-1');
    const events = await kiosk.repository().listEvents('visit-1');
    expect(events.map((event) => event.type)).toEqual(['search']);
  });
});

describe('visit recorder: a failing disk', () => {
  it('counts failed writes, keeps them and retries with backoff until they land', async () => {
    const { repository, state } = breakable(kiosk.repository());
    const recorder = createVisitRecorder(repository, 'k', () => 'visit-1');
    const seen: RecorderHealth[] = [];
    recorder.subscribe((health) => seen.push(health));
    state.broken = true;

    recorder.start('ar');
    recorder.record('screen', { screen: 'home' });
    recorder.record('faq-view', { entryId: 'payment-date', via: 'category' });
    recorder.end('start-over');
    await recorder.flush();
    expect(recorder.health()).toMatchObject({
      storage: 'full',
      pendingInMemory: 4,
      lastError: 'QuotaExceededError: disk full',
    });
    const failedSoFar = recorder.health().failedWrites;
    expect(failedSoFar).toBeGreaterThan(0);

    // Still failing: the retry timer tries again and counts again.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(recorder.health().failedWrites).toBeGreaterThan(failedSoFar);

    state.broken = false;
    await vi.advanceTimersByTimeAsync(60_000);
    await recorder.flush();
    expect(recorder.health()).toMatchObject({ storage: 'ok', pendingInMemory: 0 });
    expect(recorder.health().lastError).toBeUndefined();
    expect(await kiosk.repository().getSession('visit-1')).toMatchObject({
      endReason: 'start-over',
      syncState: 'pending',
    });
    expect((await kiosk.repository().listEvents('visit-1')).map((event) => event.type)).toEqual([
      'screen',
      'faq-view',
    ]);
    expect(seen.map((health) => health.storage)).toContain('full');
  });

  it('retries on the next write too', async () => {
    const { repository, state } = breakable(kiosk.repository());
    const recorder = createVisitRecorder(repository, 'k', () => 'visit-1', {
      retryMilliseconds: 600_000,
    });
    state.broken = true;
    recorder.start('en');
    await recorder.flush();
    expect(recorder.health().storage).toBe('full');
    state.broken = false;
    recorder.record('screen', { screen: 'home' });
    await vi.advanceTimersByTimeAsync(500);
    await recorder.flush();
    expect(recorder.health().storage).toBe('ok');
    expect(await kiosk.repository().listEvents('visit-1')).toHaveLength(1);
  });

  it('keeps memory bounded: the oldest visits are dropped first, and counted', async () => {
    const { repository, state } = breakable(kiosk.repository());
    let visits = 0;
    const recorder = createVisitRecorder(repository, 'k', () => `visit-${++visits}`, {
      maxRetained: 10,
    });
    state.broken = true;
    for (let visit = 0; visit < 3; visit += 1) {
      recorder.start('ar');
      for (let event = 0; event < 4; event += 1) recorder.record('screen', { screen: 'home' });
      recorder.end('idle');
    }
    await recorder.flush();
    const health = recorder.health();
    expect(health.pendingInMemory).toBeLessThanOrEqual(10);
    expect(health.droppedRecords + health.pendingInMemory).toBe(18);

    state.broken = false;
    await recorder.flush();
    const stored = await kiosk.repository().listSessions(0, Infinity);
    // Whole visits were dropped, oldest first; the newest landed complete.
    expect(stored.map((session) => session.id)).toEqual(['visit-3']);
    expect(await kiosk.repository().listEvents('visit-3')).toHaveLength(4);
  });

  it('counts a write that never answers as failed, and the visit goes on', async () => {
    const hung: SessionRepository = {
      ...kiosk.repository(),
      startSession: () => new Promise(() => undefined),
    };
    const recorder = createVisitRecorder(hung, 'k', () => 'visit-1');
    recorder.start('ar');
    recorder.record('screen', { screen: 'home' });
    expect(recorder.currentId()).toBe('visit-1');
    await vi.advanceTimersByTimeAsync(4_900);
    expect(recorder.health().failedWrites).toBe(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(recorder.health()).toMatchObject({
      failedWrites: 1,
      storage: 'degraded',
      pendingInMemory: 2,
      lastError: 'Error: storage gave no answer within 5000 ms',
    });
  });

  it('tells a full disk from other failures', () => {
    expect(storageStateOf(new DOMException('x', 'QuotaExceededError'))).toBe('full');
    expect(storageStateOf({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(
      'full',
    );
    expect(storageStateOf(new DOMException('x', 'UnknownError'))).toBe('degraded');
    expect(storageStateOf('broken')).toBe('degraded');
  });
});

describe('visit recorder: a disk that was full at start-up', () => {
  it('opens the database again once the disk recovers, and writes what was kept', async () => {
    const db = kiosk.db();
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    const recorder = createVisitRecorder(kiosk.repository(), 'k', () => 'visit-1');
    recorder.start('ar');
    recorder.record('screen', { screen: 'home' });
    await recorder.flush();
    expect(recorder.health().storage).toBe('full');
    expect(db.hasFailed()).toBe(true);

    open.mockRestore();
    await vi.advanceTimersByTimeAsync(1_000);
    await recorder.flush();
    expect(recorder.health()).toMatchObject({ storage: 'ok', pendingInMemory: 0 });
    expect(await kiosk.repository().listEvents('visit-1')).toHaveLength(1);
  });
});

describe('visit recorder: events still changing', () => {
  const search = (text: string, resultCount: number) => ({
    text,
    lang: 'en' as const,
    resultCount,
    topIds: [],
  });

  it('replaces a search as it is typed, even after its batch landed, and keeps later events after it', async () => {
    const recorder = createVisitRecorder(kiosk.repository(), 'k', () => 'visit-1');
    recorder.start('en');
    recorder.record('screen', { screen: 'faq-search' });
    recorder.recordLatest('search:0', 'search', search('pay', 3));
    await recorder.flush();
    const stored = async () =>
      (await kiosk.repository().listEvents('visit-1')).map((event) => [
        event.id,
        event.type,
        event.type === 'search' ? (event.payload as { text: string }).text : '',
      ]);
    expect(await stored()).toEqual([
      ['visit-1:0', 'screen', ''],
      ['visit-1:1', 'search', 'pay'],
    ]);

    // The batch holding the search has landed: the next version rewrites it in place.
    recorder.recordLatest('search:0', 'search', search('payment', 5));
    await vi.advanceTimersByTimeAsync(500);
    await recorder.flush();
    expect(await stored()).toEqual([
      ['visit-1:0', 'screen', ''],
      ['visit-1:1', 'search', 'payment'],
    ]);

    // Once settled it is final: later events follow it, and a new search is a new event.
    recorder.closeLatest('search:0');
    recorder.record('screen', { screen: 'faq-answer', ref: 'payment-date' });
    recorder.recordLatest('search:1', 'search', search('iban', 2));
    recorder.recordLatest('search:1', 'search', search('iban rejected', 1));
    recorder.end('completed');
    await recorder.flush();
    expect(await stored()).toEqual([
      ['visit-1:0', 'screen', ''],
      ['visit-1:1', 'search', 'payment'],
      ['visit-1:2', 'screen', ''],
      ['visit-1:3', 'search', 'iban rejected'],
    ]);
  });
});
