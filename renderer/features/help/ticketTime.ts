/**
 * When a ticket was taken, as the citizen reads it: the kiosk-local time ("10:42 am", «10:42 ص»)
 * and, on paper, the date in both calendars. Western digits in both languages.
 */
import type { Language } from '../../../core/content/schema';
import { saudiUtcOffsetMinutes } from '../../../core/report/options';
import { dateFormatter } from '../../i18n/dates';

const timeOptions: Intl.DateTimeFormatOptions = {
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  // The offset is applied by hand below, so the time matches the ticket's day.
  timeZone: 'UTC',
};

/** The kiosk-local time of `epochMs` (pure but for the formatter cache). */
export function formatTicketTime(
  epochMs: number,
  lang: Language,
  utcOffsetMinutes: number = saudiUtcOffsetMinutes,
): string {
  const locale = lang === 'ar' ? 'ar-SA-u-nu-latn' : 'en-GB';
  return dateFormatter(locale, timeOptions).format(new Date(epochMs + utcOffsetMinutes * 60_000));
}
