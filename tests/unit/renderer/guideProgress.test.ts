/**
 * Guide progress: opening a registration-guide step adds it to the visit's `guideProgress` and
 * records one `guide-step` event, once per step per visit, never after the visit ended.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from './support/testDatabase';
import { createVisitRecorder } from '../../../renderer/visit/recorder';

const kiosk = setupTestDatabase();
const repository = kiosk.repository;

describe('guide progress', () => {
  it('adds each step once, in the order first opened, with one guide-step event each', async () => {
    let clock = 1_000;
    const recorder = createVisitRecorder(repository(), 'k', () => 'visit-1', { now: () => clock });
    recorder.start('ar');
    clock = 2_000;
    recorder.recordGuideStep('log-in');
    clock = 3_000;
    recorder.recordGuideStep('get-ready');
    clock = 4_000;
    recorder.recordGuideStep('log-in');
    await recorder.flush();

    const sessions = repository();
    expect((await sessions.getSession('visit-1'))?.guideProgress).toEqual(['log-in', 'get-ready']);
    const events = await sessions.listEvents('visit-1');
    expect(events.map((event) => [event.type, event.payload, event.at])).toEqual([
      ['guide-step', { stepId: 'log-in' }, 2_000],
      ['guide-step', { stepId: 'get-ready' }, 3_000],
    ]);
  });

  it('keeps progress per visit', async () => {
    let visits = 0;
    const recorder = createVisitRecorder(repository(), 'k', () => `visit-${++visits}`);
    recorder.start('ar');
    recorder.recordGuideStep('get-ready');
    recorder.recordGuideStep('log-in');
    recorder.end('completed');
    recorder.start('en');
    recorder.recordGuideStep('get-ready');
    await recorder.flush();
    const sessions = repository();
    expect((await sessions.getSession('visit-1'))?.guideProgress).toEqual(['get-ready', 'log-in']);
    expect((await sessions.getSession('visit-2'))?.guideProgress).toEqual(['get-ready']);
  });

  it('never changes the progress of a visit that has ended', async () => {
    const sessions = repository();
    await sessions.startSession({ id: 'visit-1', kioskId: 'k', lang: 'ar', mode: 'self' });
    await sessions.endSession('visit-1', 'idle', 5_000, []);
    // A batch that arrives late (a retried write) still carries its events, not the progress.
    await sessions.writeEvents({
      sessionId: 'visit-1',
      firstSeq: 0,
      events: [{ at: 4_000, type: 'guide-step', payload: { stepId: 'get-ready' } }],
      guideProgress: ['get-ready'],
    });
    expect((await sessions.getSession('visit-1'))?.guideProgress).toEqual([]);
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
