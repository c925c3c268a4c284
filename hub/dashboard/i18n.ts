/**
 * The dashboard's words in the page's language: `t` for text, `plural` for counted text (the form
 * chosen by `Intl.PluralRules`, six in Arabic), `{name}` values put in as given. Numbers, dates and
 * times are formatted here too: Western digits in both languages (as on the kiosk), Saudi time,
 * and the Hijri (Umm al-Qura) date next to the Gregorian one.
 */
import type { Language } from '../../core/content/schema';
import { ar } from './locales/ar';
import { en } from './locales/en';
import type { ArabicPlural, EnglishPlural, PluralKey, TextKey } from './locales/types';

/** Values put into a message. */
export type MessageValues = Readonly<Record<string, string | number>>;

function fill(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

const saudiTimeZone = 'Asia/Riyadh';

/** Everything a page needs to speak one language. */
export type Translator = {
  readonly lang: Language;
  readonly dir: 'rtl' | 'ltr';
  readonly t: (key: TextKey, values?: MessageValues) => string;
  /** `{count}` is the formatted count unless `values` gives it. */
  readonly plural: (key: PluralKey, count: number, values?: MessageValues) => string;
  /** A count with grouped Western digits. */
  readonly count: (value: number) => string;
  /** A share (0 to 1) as a whole percentage. */
  readonly percent: (share: number) => string;
  /** An instant in Saudi time: Gregorian date and time, and the Hijri date. */
  readonly instant: (ms: number) => { readonly gregorian: string; readonly hijri: string };
  /** "3 hours ago", relative to `now`. */
  readonly ago: (ms: number, now: number) => string;
  /** A calendar day `YYYY-MM-DD`: "Sunday 22 November 2026" and its Hijri date. */
  readonly day: (day: string) => { readonly gregorian: string; readonly hijri: string };
  /** A short day for a chart axis: "22 Nov". */
  readonly shortDay: (day: string) => string;
  /** A duration in minutes and seconds (seconds dropped from five minutes up, as on the kiosk). */
  readonly duration: (seconds: number) => string;
};

function gregorianLocale(lang: Language): string {
  return lang === 'ar' ? 'ar-SA-u-ca-gregory-nu-latn' : 'en-GB';
}

function hijriLocale(lang: Language): string {
  return `${lang}-SA-u-ca-islamic-umalqura-nu-latn`;
}

function makeTranslator(lang: Language): Translator {
  const messages = lang === 'ar' ? ar : en;
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(gregorianLocale(lang), { maximumFractionDigits: 1 });
  const percents = new Intl.NumberFormat(gregorianLocale(lang), {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  const dateTime = new Intl.DateTimeFormat(gregorianLocale(lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: saudiTimeZone,
  });
  const hijri = new Intl.DateTimeFormat(hijriLocale(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: saudiTimeZone,
  });
  const longDay = new Intl.DateTimeFormat(gregorianLocale(lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const hijriDay = new Intl.DateTimeFormat(hijriLocale(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const short = new Intl.DateTimeFormat(gregorianLocale(lang), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const relative = new Intl.RelativeTimeFormat(`${lang}-u-nu-latn`, { numeric: 'auto' });
  const count = (value: number) => numbers.format(value);

  const t = (key: TextKey, values?: MessageValues) => fill(messages[key], values);
  const plural = (key: PluralKey, value: number, values: MessageValues = {}) => {
    const forms = messages[key] as ArabicPlural | EnglishPlural;
    const form = rules.select(value) as keyof ArabicPlural;
    const template = (forms as Partial<ArabicPlural>)[form] ?? forms.other;
    return fill(template, { count: count(value), ...values });
  };
  // Noon UTC keeps a calendar day the same day in every calendar and zone.
  const noon = (day: string) => new Date(`${day}T12:00:00Z`);

  return {
    lang,
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    t,
    plural,
    count,
    percent: (share) => percents.format(share),
    instant: (ms) => ({ gregorian: dateTime.format(ms), hijri: hijri.format(ms) }),
    ago(ms, now) {
      const seconds = Math.round((ms - now) / 1000);
      const abs = Math.abs(seconds);
      if (abs < 60) return relative.format(0, 'minute');
      if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
      if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
      return relative.format(Math.round(seconds / 86_400), 'day');
    },
    day: (day) => ({ gregorian: longDay.format(noon(day)), hijri: hijriDay.format(noon(day)) }),
    shortDay: (day) => short.format(noon(day)),
    duration(total) {
      const rounded = Math.max(0, Math.round(total));
      let minutes = Math.floor(rounded / 60);
      let seconds = rounded % 60;
      if (minutes >= 5) {
        minutes = Math.round(rounded / 60);
        seconds = 0;
      }
      const secondsText = plural('seconds', seconds);
      if (minutes === 0) return secondsText;
      const minutesText = plural('minutes', minutes);
      if (seconds === 0) return minutesText;
      return t('minutesAndSeconds', { minutes: minutesText, seconds: secondsText });
    },
  };
}

const translators = new Map<Language, Translator>();

/** The one translator per language (formatters are costly to make, cheap to use). */
export function translator(lang: Language): Translator {
  let found = translators.get(lang);
  if (!found) {
    found = makeTranslator(lang);
    translators.set(lang, found);
  }
  return found;
}
