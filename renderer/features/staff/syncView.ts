/**
 * How the staff screens word the sync status, as pure functions: how long ago (in the largest
 * whole unit), and which translation keys a status uses. Policy: a time is always shown both ways,
 * relative and as a kiosk-local date and time, so a staff member can tell "2 minutes ago" from a
 * clock that is wrong.
 */
import type { Language } from '../../../core/content/schema';
import type { SyncStatus } from '../../sync';
import { formatKioskDateTime } from './adminAudit';

/** A past moment in the largest whole unit: `{ value: 3, unit: 'minute' }` means 3 minutes ago. */
export function elapsedParts(
  at: number,
  now: number,
): { readonly value: number; readonly unit: Intl.RelativeTimeFormatUnit } {
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 60) return { value: seconds, unit: 'second' };
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return { value: minutes, unit: 'minute' };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { value: hours, unit: 'hour' };
  return { value: Math.floor(hours / 24), unit: 'day' };
}

/** "3 minutes ago · 2 Dec 2026, 13:20" in the staff member's language. */
export function formatWhen(at: number, now: number, lang: Language): string {
  const { value, unit } = elapsedParts(at, now);
  const relative = new Intl.RelativeTimeFormat(lang === 'ar' ? 'ar-SA-u-nu-latn' : 'en-GB', {
    numeric: 'auto',
  }).format(-value, unit);
  return `${relative} · ${formatKioskDateTime(at, lang)}`;
}

/** The notice kind for a state: calm when all is well, a warning when staff should act. */
export function stateTone(state: SyncStatus['state']): 'info' | 'warning' {
  return state === 'unauthorized' || state === 'error' ? 'warning' : 'info';
}
