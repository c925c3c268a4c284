/**
 * Dates as Saudi citizens read them: the Hijri (Umm al-Qura) date next to the Gregorian one,
 * with Western digits to match the rest of the kiosk's text.
 */
import type { Language } from '../../core/content/schema';

export type DualDate = { readonly hijri: string; readonly gregorian: string };

/** Formats an ISO calendar date (YYYY-MM-DD) in both calendars. */
export function formatDualDate(isoDate: string, lang: Language): DualDate {
  // Noon UTC keeps the calendar day the same in every time zone the kiosk might be set to.
  const date = new Date(`${isoDate}T12:00:00Z`);
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  };
  const hijri = new Intl.DateTimeFormat(`${lang}-SA-u-ca-islamic-umalqura-nu-latn`, options);
  const gregorian = new Intl.DateTimeFormat(
    lang === 'ar' ? 'ar-SA-u-ca-gregory-nu-latn' : 'en-GB',
    options,
  );
  return { hijri: hijri.format(date), gregorian: gregorian.format(date) };
}

/**
 * The date of a source as a citizen reads it: "October 2023", or the year alone when only the
 * year is known (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). Gregorian, Western digits.
 */
export function formatSourceDate(date: string, lang: Language): string {
  const [year, month] = date.split('-');
  if (!year) return date;
  if (!month) return year;
  const at = new Date(Date.UTC(Number(year), Number(month) - 1, 15, 12));
  return new Intl.DateTimeFormat(lang === 'ar' ? 'ar-SA-u-ca-gregory-nu-latn' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at);
}
