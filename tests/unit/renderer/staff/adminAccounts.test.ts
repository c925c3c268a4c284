import { describe, expect, it } from 'vitest';
import {
  accountChangeErrors,
  accountState,
  knownAccountError,
  pinsMatch,
  sortAccounts,
} from '../../../../renderer/features/staff/adminAccounts';
import ar from '../../../../renderer/features/staff/locales/ar.json';
import en from '../../../../renderer/features/staff/locales/en.json';

describe('the staff accounts screen', () => {
  it('says why a change was refused, for every refusal, in both languages', () => {
    for (const code of accountChangeErrors) {
      expect([code, ar.accounts.errors[code].trim() !== '']).toEqual([code, true]);
      expect([code, en.accounts.errors[code].trim() !== '']).toEqual([code, true]);
    }
    expect(knownAccountError('last-admin')).toBe('last-admin');
    expect(knownAccountError('disk-full')).toBe('unknown');
  });

  it('shows a lock only while it lasts, and a switched-off account as switched off', () => {
    expect(accountState({ isDisabled: false }, 1_000)).toEqual({ kind: 'active' });
    expect(accountState({ isDisabled: false, lockedUntil: 5_000 }, 1_000)).toEqual({
      kind: 'locked',
      until: 5_000,
    });
    expect(accountState({ isDisabled: false, lockedUntil: 5_000 }, 5_000)).toEqual({
      kind: 'active',
    });
    expect(accountState({ isDisabled: true, lockedUntil: 5_000 }, 1_000)).toEqual({
      kind: 'disabled',
    });
  });

  it('lists administrators first, then staff, each by name', () => {
    const listed = sortAccounts(
      [
        { displayName: 'سعد', role: 'staff' as const },
        { displayName: 'مدير المكتب', role: 'admin' as const },
        { displayName: 'أحمد', role: 'staff' as const },
      ],
      'ar',
    );
    expect(listed.map((account) => account.displayName)).toEqual(['مدير المكتب', 'أحمد', 'سعد']);
  });

  it('takes a PIN typed the second time in Arabic-Indic digits as the same PIN', () => {
    expect(pinsMatch('2580', '٢٥٨٠')).toBe(true);
    expect(pinsMatch('2580', '2581')).toBe(false);
    expect(pinsMatch('2580', '25800')).toBe(false);
  });
});
