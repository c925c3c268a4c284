/**
 * Dates as Saudi citizens read them: the Hijri (Umm al-Qura) date next to the Gregorian one,
 * with Western digits to match the rest of the kiosk's text. Policy: one `Intl` formatter per
 * locale and options for the kiosk's life (creating one costs far more than using it; the first
 * Umm al-Qura one loads its calendar, 17–20 ms), warmed at idle after start-up, never on a tap.
 */
import type { Language } from '../../core/content/schema';

export type DualDate = { readonly hijri: string; readonly gregorian: string };

const languages: readonly Language[] = ['ar', 'en'];

const dayMonthYear: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
};

const monthYear: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC' };

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The kiosk's one formatter for this locale and these options, created on first use. */
export function dateFormatter(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

function hijriLocale(lang: Language): string {
  return `${lang}-SA-u-ca-islamic-umalqura-nu-latn`;
}

function gregorianLocale(lang: Language): string {
  return lang === 'ar' ? 'ar-SA-u-ca-gregory-nu-latn' : 'en-GB';
}

/** Creates the formatters the answer and guide screens use, in both languages, ahead of time. */
export function warmDateFormatters(): void {
  for (const lang of languages) {
    dateFormatter(hijriLocale(lang), dayMonthYear);
    dateFormatter(gregorianLocale(lang), dayMonthYear);
    dateFormatter(gregorianLocale(lang), monthYear);
  }
}

/** Formats an ISO calendar date (YYYY-MM-DD) in both calendars. */
export function formatDualDate(isoDate: string, lang: Language): DualDate {
  // Noon UTC keeps the calendar day the same in every time zone the kiosk might be set to.
  const date = new Date(`${isoDate}T12:00:00Z`);
  return {
    hijri: dateFormatter(hijriLocale(lang), dayMonthYear).format(date),
    gregorian: dateFormatter(gregorianLocale(lang), dayMonthYear).format(date),
  };
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
  return dateFormatter(gregorianLocale(lang), monthYear).format(at);
}
