import { describe, expect, it } from 'vitest';
import {
  type LockoutState,
  afterFailure,
  afterSuccess,
  initialLockoutState,
  isLocked,
  lockDelayMs,
} from '../../../../core/staff/lockout';

const second = 1_000;
const minute = 60 * second;

/** Types `count` wrong PINs, one per second from `start`; returns the state and the clock. */
function wrongPins(state: LockoutState, count: number, start: number) {
  let now = start;
  let current = state;
  for (let i = 0; i < count; i++) {
    current = afterFailure(current, now);
    now += second;
  }
  return { state: current, now };
}

describe('lockout policy', () => {
  it('allows four wrong PINs and locks for 30 seconds on the fifth', () => {
    const four = wrongPins(initialLockoutState, 4, 0);
    expect(four.state).toEqual({ failedAttempts: 4, lockouts: 0 });
    expect(isLocked(four.state, four.now)).toBe(false);
    const fifth = afterFailure(four.state, 10_000);
    expect(fifth).toEqual({ failedAttempts: 0, lockouts: 1, lockedUntil: 40_000 });
    expect(isLocked(fifth, 10_000)).toBe(true);
    expect(isLocked(fifth, 39_999)).toBe(true);
    expect(isLocked(fifth, 40_000)).toBe(false);
  });

  it('doubles each further lock: 30 s, 60 s, 120 s … and never more than an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 50, 10_000].map(lockDelayMs)).toEqual([
      30 * second,
      60 * second,
      2 * minute,
      4 * minute,
      8 * minute,
      16 * minute,
      32 * minute,
      60 * minute,
      60 * minute,
      60 * minute,
      60 * minute,
    ]);
    expect(lockDelayMs(0)).toBe(0);
  });

  it('needs five more wrong PINs after a lock ends to lock again, for twice as long', () => {
    let { state, now } = wrongPins(initialLockoutState, 5, 0);
    const durations: number[] = [];
    for (let lock = 1; lock <= 9; lock++) {
      expect(state.lockouts).toBe(lock);
      const until = state.lockedUntil ?? 0;
      durations.push(until - (now - second));
      now = until;
      const four = wrongPins(state, 4, now);
      expect(isLocked(four.state, four.now)).toBe(false);
      ({ state, now } = wrongPins(four.state, 1, four.now));
    }
    expect(durations.map((ms) => ms / second)).toEqual([
      30, 60, 120, 240, 480, 960, 1920, 3600, 3600,
    ]);
  });

  it('ignores attempts during a lock: nothing counted, the lock not lengthened', () => {
    const locked = wrongPins(initialLockoutState, 5, 0).state;
    let during = locked;
    for (let i = 0; i < 20; i++) during = afterFailure(during, 5_000 + i);
    expect(during).toBe(locked);
  });

  it('clears the count, the lock and the doubling after a right PIN', () => {
    const twice = wrongPins(wrongPins(initialLockoutState, 5, 0).state, 5, 40_000).state;
    expect(twice.lockouts).toBe(2);
    const signedIn = afterSuccess({ ...twice, failedAttempts: 3 });
    expect(signedIn).toEqual({ failedAttempts: 0, lockouts: 0 });
    expect(isLocked(signedIn, 0)).toBe(false);
    const next = wrongPins(signedIn, 5, 1_000_000).state;
    expect(next.lockedUntil).toBe(1_000_000 + 4 * second + 30 * second);
  });
});
