import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from './support/testDatabase';
import { createSettingsRepository } from '../../../renderer/db/settingsRepository';
import { createVisitRecorder } from '../../../renderer/visit/recorder';

const kiosk = setupTestDatabase();
const repository = kiosk.repository;

describe('session repository', () => {
  it('records a visit, its events in order, and its end as pending sync', async () => {
    const sessions = repository();
    await sessions.startSession({ id: 'visit-1', kioskId: 'kiosk-a', lang: 'ar', mode: 'self' });
    kiosk.setClock(2_000);
    await sessions.recordEvent('visit-1', 'screen', { screen: 'home' });
    kiosk.setClock(3_000);
    await sessions.recordEvent('visit-1', 'faq-view', { entryId: 'payment-date', via: 'category' });
    kiosk.setClock(4_000);
    await sessions.endSession('visit-1', 'start-over');

    expect(await sessions.getSession('visit-1')).toEqual({
      id: 'visit-1',
      kioskId: 'kiosk-a',
      lang: 'ar',
      mode: 'self',
      startedAt: 1_000,
      endedAt: 4_000,
      endReason: 'start-over',
      guideProgress: [],
      syncState: 'pending',
    });
    const events = await sessions.listEvents('visit-1');
    expect(events).toEqual([
      {
        id: 'visit-1:0',
        sessionId: 'visit-1',
        at: 2_000,
        type: 'screen',
        payload: { screen: 'home' },
      },
      {
        id: 'visit-1:1',
        sessionId: 'visit-1',
        at: 3_000,
        type: 'faq-view',
        payload: { entryId: 'payment-date', via: 'category' },
      },
    ]);
  });

  it('records assisted visits with their caseworker', async () => {
    const sessions = repository();
    await sessions.startSession({
      id: 'visit-1',
      kioskId: 'k',
      lang: 'ar',
      mode: 'assisted',
      caseworkerId: 'cw-3',
      startedAt: 500,
    });
    expect(await sessions.getSession('visit-1')).toMatchObject({
      mode: 'assisted',
      caseworkerId: 'cw-3',
      startedAt: 500,
      syncState: 'open',
    });
  });

  it('does not end a visit twice', async () => {
    const sessions = repository();
    await sessions.startSession({ id: 'visit-1', kioskId: 'k', lang: 'en', mode: 'self' });
    kiosk.setClock(5_000);
    await sessions.endSession('visit-1', 'idle');
    kiosk.setClock(9_000);
    await sessions.endSession('visit-1', 'start-over');
    const session = await sessions.getSession('visit-1');
    expect(session?.endReason).toBe('idle');
    expect(session?.endedAt).toBe(5_000);
  });

  it('closes visits left open as crash-recovered, ending at their last event', async () => {
    const sessions = repository();
    await sessions.startSession({ id: 'open-1', kioskId: 'k', lang: 'ar', mode: 'self' });
    kiosk.setClock(7_000);
    await sessions.recordEvent('open-1', 'screen', { screen: 'faq-categories' });
    await sessions.startSession({ id: 'open-2', kioskId: 'k', lang: 'en', mode: 'self' });
    await sessions.startSession({ id: 'done', kioskId: 'k', lang: 'ar', mode: 'self' });
    await sessions.endSession('done', 'idle');
    kiosk.setClock(99_000);

    // A visit begun since start-up is running, not abandoned.
    kiosk.setClock(120_000);
    await sessions.startSession({ id: 'running', kioskId: 'k', lang: 'ar', mode: 'self' });
    expect(await sessions.recoverOpenSessions(100_000)).toBe(2);
    expect(await sessions.getSession('running')).toMatchObject({ syncState: 'open' });
    const recovered = await sessions.getSession('open-1');
    expect(recovered).toMatchObject({ endReason: 'crash-recovered', endedAt: 7_000 });
    expect(await sessions.getSession('open-2')).toMatchObject({
      endReason: 'crash-recovered',
      endedAt: 7_000,
    });
    expect(await sessions.getSession('done')).toMatchObject({ endReason: 'idle' });
    expect(await sessions.recoverOpenSessions(100_000)).toBe(0);
  });

  it('lists the visits of a day by start time', async () => {
    const sessions = repository();
    for (const [id, at] of [
      ['before', 999],
      ['first', 1_000],
      ['last', 1_999],
      ['after', 2_000],
    ] as const) {
      kiosk.setClock(at);
      await sessions.startSession({ id, kioskId: 'k', lang: 'ar', mode: 'self' });
    }
    const day = await sessions.listSessions(1_000, 2_000);
    expect(day.map((session) => session.id)).toEqual(['first', 'last']);
  });
});

describe('visit recorder', () => {
  it('queues writes in order without the caller waiting', async () => {
    const recorder = createVisitRecorder(repository(), 'kiosk-a', () => 'visit-9');
    const id = recorder.start('en');
    recorder.record('screen', { screen: 'home' });
    recorder.record('language-switch', { from: 'en', to: 'ar' });
    recorder.end('start-over');
    recorder.record('screen', { screen: 'home' });
    expect(id).toBe('visit-9');
    expect(recorder.currentId()).toBeUndefined();
    await recorder.flush();

    const sessions = repository();
    expect((await sessions.getSession('visit-9'))?.endReason).toBe('start-over');
    const events = await sessions.listEvents('visit-9');
    expect(events.map((event) => event.type)).toEqual(['screen', 'language-switch']);
  });

  it('starts a visit once, even when its write is retried', async () => {
    const recorder = createVisitRecorder(repository(), 'k', () => 'visit-1');
    recorder.start('ar');
    await recorder.flush();
    const again = createVisitRecorder(repository(), 'k', () => 'visit-1');
    again.start('en', { mode: 'assisted', caseworkerId: 'cw-7' });
    again.record('screen', { screen: 'home' });
    await again.flush();
    expect(again.health()).toMatchObject({ failedWrites: 0, storage: 'ok' });
    expect(await repository().getSession('visit-1')).toMatchObject({ lang: 'ar', mode: 'self' });
    expect(await repository().listEvents('visit-1')).toHaveLength(1);
  });
});

describe('settings repository', () => {
  it('creates a kiosk id once and applies defaults', async () => {
    const settings = createSettingsRepository(kiosk.db(), () => 'kiosk-new');
    const first = await settings.load();
    expect(first).toEqual({
      kioskId: 'kiosk-new',
      idleTimeoutSeconds: 60,
      idleWarningSeconds: 30,
      office: {},
      maxPrintsPerVisit: 2,
      printIntervalSeconds: 10,
      kioskName: '',
      closingTime: '17:00',
      callbackRetentionDays: 30,
      sentVisitRetentionDays: 90,
      speechOutput: 'aloud',
    });
    const again = await createSettingsRepository(kiosk.db(), () => 'other').load();
    expect(again.kioskId).toBe('kiosk-new');
  });

  it('never gives a visitor fewer than 20 seconds to answer', async () => {
    const settings = createSettingsRepository(kiosk.db());
    await settings.save({ idleWarningSeconds: 5, idleTimeoutSeconds: 45 });
    const loaded = await settings.load();
    expect(loaded.idleWarningSeconds).toBe(20);
    expect(loaded.idleTimeoutSeconds).toBe(45);
  });
});

describe('visit recorder end listeners', () => {
  it('lets a screen record what was pending before the visit ends, then stops listening', async () => {
    let visits = 0;
    const recorder = createVisitRecorder(repository(), 'k', () => `visit-${++visits}`);
    recorder.start('ar');
    const remove = recorder.beforeEnd(() =>
      recorder.record('search', { text: 'متى', lang: 'ar', resultCount: 3, topIds: [] }),
    );
    recorder.end('idle');
    remove();
    recorder.start('en');
    recorder.end('start-over');
    await recorder.flush();
    expect((await repository().listEvents('visit-1')).map((event) => event.type)).toEqual([
      'search',
    ]);
    expect(await repository().listEvents('visit-2')).toEqual([]);
  });
});
