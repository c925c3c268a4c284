/**
 * Staff accounts as the administrator manages them, as pure functions: the order they are listed
 * in, each account's state, and the PIN typed twice. Policy: the directory checks the role and
 * the last administrator again on every change; these only decide what the screen offers.
 */
import type { StaffAccount } from '../../../core/staff/types';
import { normalizeDigits } from '../../ui/NumericKeypad';
import type { AccountChangeError } from './services';

/** Every refusal the directory can give, each with a sentence in both languages. */
export const accountChangeErrors = [
  'not-allowed',
  'invalid-pin',
  'weak-pin',
  'invalid-name',
  'name-taken',
  'last-admin',
  'exists',
  'unknown',
] as const satisfies readonly AccountChangeError[];

/** Longest account name the directory accepts. */
export const maxAccountNameLength = 40;

/** An account's state as listed: switched off, locked after wrong PINs, or able to sign in. */
export type AccountState =
  | { readonly kind: 'disabled' }
  | { readonly kind: 'locked'; readonly until: number }
  | { readonly kind: 'active' };

/** The state at `now` (epoch milliseconds); a lock that has run out is no longer shown. */
export function accountState(
  account: Pick<StaffAccount, 'isDisabled' | 'lockedUntil'>,
  now: number,
): AccountState {
  if (account.isDisabled) return { kind: 'disabled' };
  if (account.lockedUntil !== undefined && account.lockedUntil > now) {
    return { kind: 'locked', until: account.lockedUntil };
  }
  return { kind: 'active' };
}

/**
 * Administrators first, then staff, each by name in the reader's language. Switching an account
 * off or on does not move it, so the button just pressed stays under the finger.
 */
export function sortAccounts<T extends Pick<StaffAccount, 'displayName' | 'role'>>(
  accounts: readonly T[],
  locale: string,
): T[] {
  const rank = (account: T) => (account.role === 'admin' ? 0 : 1);
  return [...accounts].sort(
    (a, b) => rank(a) - rank(b) || a.displayName.localeCompare(b.displayName, locale),
  );
}

/** Whether the second PIN is the first typed again (either digit form). */
export function pinsMatch(first: string, second: string): boolean {
  return normalizeDigits(first) === normalizeDigits(second);
}

/** A refusal code as the directory gave it, or `unknown` for anything else. */
export function knownAccountError(code: string): AccountChangeError {
  return (accountChangeErrors as readonly string[]).includes(code)
    ? (code as AccountChangeError)
    : 'unknown';
}
