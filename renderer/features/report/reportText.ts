/**
 * The report's figures in words, through i18next: counts of visits and durations with the plural
 * forms each language needs (six in Arabic), digits grouped by `NumberFormat`.
 */
import type { TFunction } from 'i18next';
import type { Language } from '../../../core/content/schema';
import { dateFormatter } from '../../i18n/dates';
import { durationParts, type NumberFormat } from './reportView';

/** "12 visits", «12 زيارةً». */
export function visitCount(t: TFunction, numbers: NumberFormat, count: number): string {
  return t('report.visitCount', { count, number: numbers.count(count) });
}

/** "4 minutes 30 seconds", «4 دقائق و30 ثانية»; `report.duration.none` when there is no figure. */
export function durationText(
  t: TFunction,
  numbers: NumberFormat,
  totalSeconds: number,
  hasFigure = true,
): string {
  if (!hasFigure) return t('report.duration.none');
  const { minutes, seconds } = durationParts(totalSeconds);
  const secondsText = t('report.duration.seconds', {
    count: seconds,
    number: numbers.count(seconds),
  });
  if (minutes === 0) return secondsText;
  const minutesText = t('report.duration.minutes', {
    count: minutes,
    number: numbers.count(minutes),
  });
  if (seconds === 0) return minutesText;
  return t('report.duration.minutesAndSeconds', { minutes: minutesText, seconds: secondsText });
}

// The Gregorian locales of renderer/i18n/dates.ts: Western digits, as the rest of the kiosk.
function gregorianLocale(lang: Language): string {
  return lang === 'ar' ? 'ar-SA-u-ca-gregory-nu-latn' : 'en-GB';
}

const shortDay: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', timeZone: 'UTC' };
const longDay: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
};

function dayDate(day: string): Date {
  // Noon UTC keeps the calendar day the same in every time zone (as formatDualDate does).
  return new Date(`${day}T12:00:00Z`);
}

/** "22 Nov", «22 نوفمبر»: under a column of the day chart. */
export function shortDayLabel(day: string, lang: Language): string {
  return dateFormatter(gregorianLocale(lang), shortDay).format(dayDate(day));
}

/** "Sunday 22 November", «الأحد 22 نوفمبر»: a day named in a sentence or a table. */
export function longDayLabel(day: string, lang: Language): string {
  return dateFormatter(gregorianLocale(lang), longDay).format(dayDate(day));
}
