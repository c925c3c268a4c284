/** What is sent to the office carries no local-only state. */
import { describe, expect, it } from 'vitest';
import { toWireVisit, type StoredVisit, type Visit } from '../../../core/visit/types';

describe('visit wire type', () => {
  it('drops the outbox state and keeps every visit field', () => {
    const stored: StoredVisit = {
      id: 'visit-1',
      kioskId: 'kiosk-a',
      startedAt: 1_000,
      endedAt: 2_000,
      lang: 'ar',
      mode: 'assisted',
      caseworkerId: 'cw-1',
      endReason: 'completed',
      guideProgress: ['log-in'],
      syncState: 'pending',
    };
    const wire: Visit = toWireVisit(stored);
    expect(wire).toEqual({
      id: 'visit-1',
      kioskId: 'kiosk-a',
      startedAt: 1_000,
      endedAt: 2_000,
      lang: 'ar',
      mode: 'assisted',
      caseworkerId: 'cw-1',
      endReason: 'completed',
      guideProgress: ['log-in'],
    });
    expect('syncState' in wire).toBe(false);
  });
});
