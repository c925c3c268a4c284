/**
 * The activity log as the administrator reads it, as pure functions: when (kiosk-local time,
 * Gregorian, Western digits in both languages), who (the account's name, the kiosk itself, or an
 * account no longer on this kiosk) and the detail. Policy: the log is never deleted with visits,
 * and its details are never personal (a setting's key, a file name, a count).
 */
import type { Language } from '../../../core/content/schema';
import type { AuditEntry, StaffAccount } from '../../../core/staff/types';
import { dateFormatter } from '../../i18n/dates';
import { parseImportAuditDetail } from './adminBackup';
import { editableSettingKeys, type EditableSettingKey } from './adminSettings';
import type { ImportSummary } from './services';

/** How many entries the activity log screen shows, newest first. */
export const auditEntriesShown = 200;

/** Who an entry names. */
export type AuditActor =
  | { readonly kind: 'account'; readonly name: string }
  | { readonly kind: 'kiosk' }
  | { readonly kind: 'removed' };

/** The entry's staff member by name; no staff id means the kiosk acted on its own. */
export function auditActor(
  entry: Pick<AuditEntry, 'staffId'>,
  accounts: readonly Pick<StaffAccount, 'id' | 'displayName'>[],
): AuditActor {
  if (entry.staffId === undefined) return { kind: 'kiosk' };
  const account = accounts.find((candidate) => candidate.id === entry.staffId);
  return account ? { kind: 'account', name: account.displayName } : { kind: 'removed' };
}

const dateTime: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/**
 * Gregorian date and time with Western digits, as the rest of the kiosk writes them
 * ("28 November 2026 at 14:05", «28 نوفمبر 2026 في 14:05»). `timeZone` defaults to the kiosk's.
 */
export function formatKioskDateTime(at: number, lang: Language, timeZone?: string): string {
  const locale = lang === 'ar' ? 'ar-SA-u-ca-gregory-nu-latn' : 'en-GB';
  const options = timeZone === undefined ? dateTime : { ...dateTime, timeZone };
  return dateFormatter(locale, options).format(at);
}

/** An entry's detail: setting keys (to be named in the reader's language), or text as stored. */
export type AuditDetail =
  | { readonly kind: 'none' }
  | { readonly kind: 'settings'; readonly keys: readonly EditableSettingKey[] }
  | { readonly kind: 'counts'; readonly counts: ImportSummary }
  | { readonly kind: 'text'; readonly text: string };

const settingKeys: ReadonlySet<string> = new Set(editableSettingKeys);

/**
 * Reads an entry's detail: a settings change lists keys and an import its counts, which the
 * screen names in the reader's language; anything else is shown as stored.
 */
export function auditDetail(entry: Pick<AuditEntry, 'action' | 'detail'>): AuditDetail {
  const detail = entry.detail?.trim() ?? '';
  if (detail === '') return { kind: 'none' };
  if (entry.action === 'settings-changed') {
    const keys = detail.split(',').map((key) => key.trim());
    if (keys.every((key) => settingKeys.has(key))) {
      return { kind: 'settings', keys: keys as EditableSettingKey[] };
    }
  }
  if (entry.action === 'backup-imported') {
    const counts = parseImportAuditDetail(detail);
    if (counts !== undefined) return { kind: 'counts', counts };
  }
  return { kind: 'text', text: detail };
}

/**
 * Writes an activity log entry after the change it records is done: a failure to log must not
 * make the screen say the change failed, so it is reported to the console instead.
 */
export async function recordQuietly(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    console.warn('The activity log entry could not be written', error);
  }
}
