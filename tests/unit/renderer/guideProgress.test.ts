/**
 * Guide progress: opening a registration-guide step adds it to the visit's `guideProgress` and
 * records one `guide-step` event, once per step per visit, never after the visit ended.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from './support/testDatabase';
import { createVisitRecorder } from '../../../renderer/visit/recorder';

const kiosk = setupTestDatabase();
const repository = kiosk.repository;

describe('session repository: guide progress', () => {
  it('adds each step once, in the order first opened, with one guide-step event each', async () => {
    const sessions = repository();
    await sessions.startSession({ id: 'visit-1', kioskId: 'k', lang: 'ar', mode: 'self' });
    kiosk.setClock(2_000);
    expect(await sessions.recordGuideStep('visit-1', 'log-in')).toBe(true);
    kiosk.setClock(3_000);
    expect(await sessions.recordGuideStep('visit-1', 'get-ready')).toBe(true);
    kiosk.setClock(4_000);
    expect(await sessions.recordGuideStep('visit-1', 'log-in')).toBe(false);

    expect((await sessions.getSession('visit-1'))?.guideProgress).toEqual(['log-in', 'get-ready']);
    const events = await sessions.listEvents('visit-1');
    expect(events.map((event) => [event.type, event.payload, event.at])).toEqual([
      ['guide-step', { stepId: 'log-in' }, 2_000],
      ['guide-step', { stepId: 'get-ready' }, 3_000],
    ]);
  });

  it('keeps progress per visit', async () => {
    const sessions = repository();
    await sessions.startSession({ id: 'visit-1', kioskId: 'k', lang: 'ar', mode: 'self' });
    await sessions.startSession({ id: 'visit-2', kioskId: 'k', lang: 'en', mode: 'self' });
    await sessions.recordGuideStep('visit-1', 'get-ready');
    await sessions.recordGuideStep('visit-2', 'get-ready');
    expect((await sessions.getSession('visit-1'))?.guideProgress).toEqual(['get-ready']);
    expect((await sessions.getSession('visit-2'))?.guideProgress).toEqual(['get-ready']);
  });

  it('changes nothing for an ended or unknown visit', async () => {
    const sessions = repository();
    await sessions.startSession({ id: 'visit-1', kioskId: 'k', lang: 'ar', mode: 'self' });
    await sessions.endSession('visit-1', 'idle');
    expect(await sessions.recordGuideStep('visit-1', 'get-ready')).toBe(false);
    expect(await sessions.recordGuideStep('missing', 'get-ready')).toBe(false);
    expect((await sessions.getSession('visit-1'))?.guideProgress).toEqual([]);
    expect(await sessions.listEvents('visit-1')).toEqual([]);
    expect(await sessions.listEvents('missing')).toEqual([]);
  });
});

describe('visit recorder: guide progress', () => {
  it('queues guide steps with the other writes and ignores them outside a visit', async () => {
    const recorder = createVisitRecorder(repository(), 'k', () => 'visit-7');
    recorder.recordGuideStep('before-start');
    recorder.start('en');
    recorder.record('screen', { screen: 'guide-steps' });
    recorder.recordGuideStep('get-ready');
    recorder.recordGuideStep('get-ready');
    recorder.end('start-over');
    recorder.recordGuideStep('after-end');
    await recorder.flush();

    const sessions = repository();
    const session = await sessions.getSession('visit-7');
    expect(session?.guideProgress).toEqual(['get-ready']);
    expect(session?.endReason).toBe('start-over');
    const events = await sessions.listEvents('visit-7');
    expect(events.map((event) => event.type)).toEqual(['screen', 'guide-step']);
  });
});
