/**
 * What the report screen shows, worked out from a `VisitReport` without React: the days of the
 * chosen period, the file names of an export, numbers and durations as the office reads them, and
 * the rows of each chart with their titles from the content in the screen's language. Pure, so
 * each figure on the screen is tested without rendering it.
 */
import type { ContentBundle, Language } from '../../../core/content/schema';
import { addDays } from '../../../core/report/options';
import type { BarRow } from '../../../core/report/chartModel';
import type { VisitReport } from '../../../core/report/types';

/** The periods the screen offers: today, one chosen day, or the last 7 or 30 days up to today. */
export type PeriodChoice =
  | { readonly kind: 'today' }
  | { readonly kind: 'day'; readonly day: string }
  | { readonly kind: 'last7' }
  | { readonly kind: 'last30' };

export type PeriodKind = PeriodChoice['kind'];

export const periodKinds: readonly PeriodKind[] = ['today', 'day', 'last7', 'last30'];

/** First and last day of a period, `YYYY-MM-DD`, kiosk-local, inclusive. */
export type PeriodDays = { readonly from: string; readonly to: string };

/** The days a choice covers, given the kiosk-local `today`. A chosen day is never after today. */
export function periodDays(choice: PeriodChoice, today: string): PeriodDays {
  switch (choice.kind) {
    case 'today':
      return { from: today, to: today };
    case 'day': {
      const day = choice.day > today ? today : choice.day;
      return { from: day, to: day };
    }
    case 'last7':
      return { from: addDays(today, -6), to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
    default: {
      const unknown: never = choice;
      return unknown;
    }
  }
}

/** The choice a period button makes; "one day" starts on yesterday, the usual question. */
export function choiceOf(kind: PeriodKind, today: string): PeriodChoice {
  return kind === 'day' ? { kind, day: addDays(today, -1) } : { kind };
}

/** The files an export writes: `rukn-report-<from>[_<to>].csv`, the visits CSV and the PDF. */
export function reportFileNames({ from, to }: PeriodDays): {
  readonly summary: string;
  readonly visits: string;
  readonly pdf: string;
} {
  const days = from === to ? from : `${from}_${to}`;
  return {
    summary: `rukn-report-${days}.csv`,
    visits: `rukn-visits-${days}.csv`,
    pdf: `rukn-report-${days}.pdf`,
  };
}

/**
 * How numbers are written: Western digits in both languages, as everywhere else on the kiosk
 * (renderer/i18n/dates.ts), with thousands grouped; shares as whole percentages.
 */
export type NumberFormat = {
  readonly count: (value: number) => string;
  readonly percent: (share: number) => string;
};

const numberFormats = new Map<Language, NumberFormat>();

/** The one number format per language for the kiosk's life (creating one costs more than using it). */
export function numberFormatFor(lang: Language): NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) {
    const locale = lang === 'ar' ? 'ar-SA-u-nu-latn' : 'en-GB';
    const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    format = { count: (value) => count.format(value), percent: (share) => percent.format(share) };
    numberFormats.set(lang, format);
  }
  return format;
}

/**
 * A duration as minutes and seconds, rounded to whole seconds; seconds are dropped from five
 * minutes up, where they no longer matter to the office.
 */
export function durationParts(totalSeconds: number): {
  readonly minutes: number;
  readonly seconds: number;
} {
  const rounded = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(rounded / 60);
  if (minutes >= 5) return { minutes: Math.round(rounded / 60), seconds: 0 };
  return { minutes, seconds: rounded % 60 };
}

/** The kiosk-local clock time of an instant, `HH:MM`. */
export function kioskClockTime(ms: number, utcOffsetMinutes: number): string {
  return new Date(ms + utcOffsetMinutes * 60_000).toISOString().slice(11, 16);
}

/** `08` for hour 8: the hour axis and the hour table use two digits, 24-hour clock. */
export function hourLabel(hour: number): string {
  return `${String(hour % 24).padStart(2, '0')}:00`;
}

/**
 * The hours the office is plausibly open, emphasised on the hour chart: from 07:00 up to the
 * closing time's hour (included when it closes after the hour starts). Other hours are still
 * drawn, lighter: a visit at 06:30 is a fact the office should see.
 */
export function isOfficeHour(hour: number, closingTime: string): boolean {
  const [closingHour = 17, closingMinute = 0] = closingTime.split(':').map(Number);
  const lastOpenHour = closingMinute > 0 ? closingHour : closingHour - 1;
  return hour >= 7 && hour <= lastOpenHour;
}

/** Index of the largest value (the first on ties), or undefined when every value is 0. */
export function busiestIndex(values: readonly number[]): number | undefined {
  let best: number | undefined;
  values.forEach((value, index) => {
    if (value > 0 && (best === undefined || value > (values[best] ?? 0))) best = index;
  });
  return best;
}

/** One bar of a horizontal bar chart (core/report/chartModel.ts). */
export type { BarRow } from '../../../core/report/chartModel';

/** Topics by views, titled as the content names them in `lang`. */
export function topicRows(report: VisitReport, content: ContentBundle, lang: Language): BarRow[] {
  const titles = new Map(content.categories.map((category) => [category.id, category.title[lang]]));
  return report.topTopics.map(({ categoryId, views }) => ({
    key: categoryId,
    label: titles.get(categoryId) ?? categoryId,
    value: views,
  }));
}

/**
 * An answer's question in `lang`, or undefined when the content no longer has it (the report
 * may cover days before a content update).
 */
export function entryTitle(content: ContentBundle, entryId: string, lang: Language) {
  return content.faq.find((entry) => entry.id === entryId)?.question[lang];
}

/** Answers by views; `unknownLabel` names an answer the content no longer has. */
export function answerRows(
  report: VisitReport,
  content: ContentBundle,
  lang: Language,
  unknownLabel: (entryId: string) => string,
): BarRow[] {
  return report.topAnswers.map(({ entryId, views }) => ({
    key: entryId,
    label: entryTitle(content, entryId, lang) ?? unknownLabel(entryId),
    value: views,
  }));
}

/**
 * The guide funnel as bars that can only shrink: opened the guide, each step in order (visits
 * that reached it or a later one), then finished the checklist.
 */
export function funnelRows(
  report: VisitReport,
  content: ContentBundle,
  lang: Language,
  labels: {
    readonly started: string;
    readonly step: (number: number, title: string) => string;
    readonly checklist: string;
  },
): BarRow[] {
  const steps = new Map(content.guide.steps.map((step) => [step.id, step]));
  return [
    { key: 'started', label: labels.started, value: report.guideFunnel.started },
    ...report.guideFunnel.steps.map(({ stepId, visits }, index) => {
      const step = steps.get(stepId);
      return {
        key: `step-${stepId}`,
        label: labels.step(step?.number ?? index + 1, step?.title[lang] ?? stepId),
        value: visits,
      };
    }),
    { key: 'checklist', label: labels.checklist, value: report.guideFunnel.checklistCompleted },
  ];
}

/** True when the period had neither visits nor tickets: the screen says so plainly. */
export function isEmptyReport(report: VisitReport): boolean {
  return report.totals.visits === 0 && report.tickets.count === 0;
}
