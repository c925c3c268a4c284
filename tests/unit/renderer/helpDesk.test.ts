import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HelpTicket } from '../../../core/help/types';
import type { HelpRepository } from '../../../renderer/db/helpRepository';
import { createHelpDesk, startCallbackPurge } from '../../../renderer/features/help/helpDesk';

const sealedTicket: HelpTicket = {
  id: 't-1',
  day: '2026-03-01',
  number: 4,
  createdAt: 1_000,
  status: 'waiting',
  lang: 'ar',
  hasCallback: true,
  callback: { alg: 'AES-GCM', iv: 'aXY=', data: 'ZGF0YQ==' },
  purgeAfter: 2_000,
};

/** A recorder whose visit end the test triggers. */
function fakeRecorder() {
  const listeners: (() => void)[] = [];
  return {
    afterEnd: (listener: () => void) => {
      listeners.push(listener);
      return () => undefined;
    },
    endVisit: () => listeners.forEach((listener) => listener()),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('help desk', () => {
  it('remembers the ticket a visit took, without its sealed details, until the visit ends', () => {
    const recorder = fakeRecorder();
    const desk = createHelpDesk({
      repository: {} as HelpRepository,
      retentionDays: 30,
      recorder,
    });
    expect(desk.ticketOf('visit-1')).toBeUndefined();
    desk.remember('visit-1', sealedTicket, 'answer');
    expect(desk.ticketOf('visit-2')).toBeUndefined();
    const remembered = desk.ticketOf('visit-1');
    expect(remembered?.from).toBe('answer');
    expect(remembered?.ticket).toMatchObject({ id: 't-1', number: 4, hasCallback: true });
    expect(remembered?.ticket && 'callback' in remembered.ticket).toBe(false);
    expect(remembered?.ticket && 'purgeAfter' in remembered.ticket).toBe(false);

    recorder.endVisit();
    expect(desk.ticketOf('visit-1')).toBeUndefined();
  });
});

describe('callback purge schedule', () => {
  it('purges at once and then every interval, until stopped', async () => {
    vi.useFakeTimers();
    const purgeExpiredCallbacks = vi.fn(async () => 0);
    const stop = startCallbackPurge({ purgeExpiredCallbacks }, 1_000);
    expect(purgeExpiredCallbacks).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(purgeExpiredCallbacks).toHaveBeenCalledTimes(4);
    stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(purgeExpiredCallbacks).toHaveBeenCalledTimes(4);
  });

  it('a failed purge is reported by its kind only and tried again later', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const purgeExpiredCallbacks = vi
      .fn<() => Promise<number>>()
      .mockRejectedValueOnce(new DOMException('disk full 0551234567', 'QuotaExceededError'))
      .mockResolvedValue(1);
    const stop = startCallbackPurge({ purgeExpiredCallbacks }, 1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(purgeExpiredCallbacks).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledWith('callback purge failed', 'QuotaExceededError');
    stop();
  });
});
