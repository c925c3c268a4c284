/**
 * PIN lockout. Policy: the 5th wrong PIN in a row locks the account for 30 seconds; after a lock
 * ends, 5 more wrong PINs lock it again for twice as long (30 s, 60 s, 120 s, …, at most 1 hour);
 * while locked every attempt is refused before the PIN is even checked, and neither counts nor
 * changes anything, so neither timing nor counters tell a guesser anything; a right PIN (a
 * successful sign-in) clears both the wrong-PIN count and the doubling. Pure.
 */
import type { StaffAccount } from './types';

/** The lockout fields of a staff account: all the policy reads and writes. */
export type LockoutState = Pick<StaffAccount, 'failedAttempts' | 'lockedUntil' | 'lockouts'>;

/** Wrong PINs in a row that lock the account. */
export const maxFailedAttempts = 5;

/** How long the first lock lasts. */
export const firstLockMs = 30_000;

/** The longest any lock lasts, however many came before. */
export const maxLockMs = 60 * 60 * 1000;

/** The state of an account that has never had a wrong PIN. */
export const initialLockoutState: LockoutState = { failedAttempts: 0, lockouts: 0 };

/** How long the `lockouts`-th lock in a row lasts: 30 s doubling, capped at 1 hour; 0 for none. */
export function lockDelayMs(lockouts: number): number {
  if (!(lockouts >= 1)) return 0;
  // Past 7 doublings the cap is reached; stopping there keeps the power finite.
  return Math.min(firstLockMs * 2 ** Math.min(lockouts - 1, 32), maxLockMs);
}

/** True while the account is locked at `now` (epoch milliseconds). */
export function isLocked(state: LockoutState, now: number): boolean {
  return state.lockedUntil !== undefined && now < state.lockedUntil;
}

/**
 * The state after a wrong PIN at `now`. The 5th in a row starts a lock and begins a fresh count
 * for after it. During a lock nothing changes: such attempts are refused unchecked.
 */
export function afterFailure(state: LockoutState, now: number): LockoutState {
  if (isLocked(state, now)) return state;
  const failedAttempts = state.failedAttempts + 1;
  if (failedAttempts < maxFailedAttempts) {
    return { failedAttempts, lockouts: state.lockouts };
  }
  const lockouts = state.lockouts + 1;
  return { failedAttempts: 0, lockouts, lockedUntil: now + lockDelayMs(lockouts) };
}

/** The state after a right PIN: no wrong PINs, no lock, and the doubling starts over. */
export function afterSuccess(_state: LockoutState): LockoutState {
  return initialLockoutState;
}
