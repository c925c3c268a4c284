/**
 * What the office report says, as a list of blocks in reading order: figures, column charts, bar
 * lists, share bars, tables and notes, each with its words already in the page's language. The
 * report page draws them as HTML (reportPage.ts) and the PDF download draws the same blocks on A4
 * (reportPdf.ts), so the two never disagree. Section and figure names shared with the CSV files
 * come from core/report/labels.ts.
 */
import type { Language } from '../../core/content/schema';
import { eligibilityBands } from '../../core/eligibility/rules';
import type { BarRow, Column, SharePart } from '../../core/report/chartModel';
import { reportLabel, type ReportLabelKey } from '../../core/report/labels';
import { assistedOutcomes, feedbackReasons } from '../../core/visit/types';
import type { LoadedHubReport } from '../reports/index';
import type { Translator } from './i18n';

/** What the report shows, as chosen on the page. */
export type ReportChoice = {
  readonly period: 'day' | 'week';
  /** The (last) day, `YYYY-MM-DD`. */
  readonly date: string;
  /** One kiosk, or undefined for every kiosk in the manager's scope. */
  readonly kioskId?: string;
};

/** The query string of a choice (for links to the downloads and the print page). */
export function choiceQuery(choice: ReportChoice): string {
  const params = new URLSearchParams({ period: choice.period, date: choice.date });
  if (choice.kioskId !== undefined) params.set('kiosk', choice.kioskId);
  return params.toString();
}

/** The charts' rows, columns and parts are the kiosk's (core/report/chartModel.ts). */
export type { BarRow, Column, SharePart } from '../../core/report/chartModel';

/** One bar split into the parts of a whole. */
export type Share = { readonly label: string; readonly parts: readonly SharePart[] };

/** A table cell: text, or a short list (one line each); `lang` when it is not the page's. */
export type Cell = {
  readonly text: string | readonly string[];
  readonly isNumber?: boolean;
  readonly lang?: Language;
};

/** A table: the first cell of each row names the row. */
export type Table = {
  readonly headers: readonly Cell[];
  readonly rows: readonly (readonly Cell[])[];
};

/** What a section holds. */
export type BlockBody =
  | { readonly kind: 'figures'; readonly items: readonly (readonly [string, string])[] }
  | {
      readonly kind: 'columns';
      readonly columns: readonly Column[];
      readonly headers: readonly [string, string];
      readonly caption: string;
    }
  | { readonly kind: 'bars'; readonly rows: readonly BarRow[] }
  | { readonly kind: 'shares'; readonly shares: readonly Share[] }
  | { readonly kind: 'table'; readonly table: Table }
  | { readonly kind: 'empty'; readonly text: string };

/** A titled section of the report, or a line of text between sections. */
export type ReportBlock =
  | {
      readonly kind: 'section';
      readonly title: string;
      readonly intro?: string;
      readonly body: BlockBody;
    }
  | { readonly kind: 'notice'; readonly text: string }
  | { readonly kind: 'note'; readonly text: string };

function section(title: string, body: BlockBody, intro?: string): ReportBlock {
  return intro === undefined
    ? { kind: 'section', title, body }
    : { kind: 'section', title, body, intro };
}

/** `body()` unless `isEmpty`, when the section says `text` instead. */
function emptyOr(isEmpty: boolean, text: string, body: () => BlockBody): BlockBody {
  return isEmpty ? { kind: 'empty', text } : body();
}

function label(tr: Translator, key: ReportLabelKey): string {
  return reportLabel(key, tr.lang);
}

function hourName(hour: number): string {
  return `${String(hour % 24).padStart(2, '0')}:00`;
}

function busiest(values: readonly number[]): number | undefined {
  let best: number | undefined;
  values.forEach((value, index) => {
    if (value > 0 && (best === undefined || value > (values[best] ?? 0))) best = index;
  });
  return best;
}

function summary(tr: Translator, loaded: LoadedHubReport): ReportBlock {
  const { totals } = loaded.report;
  return section(tr.t('summaryTitle'), {
    kind: 'figures',
    items: [
      [tr.t('visits'), tr.count(totals.visits)],
      [tr.t('selfService'), tr.count(totals.selfService)],
      [tr.t('assisted'), tr.count(totals.assisted)],
      [
        tr.t('medianLength'),
        totals.visits > 0 ? tr.duration(totals.medianVisitSeconds) : tr.t('noFigure'),
      ],
      [
        tr.t('endedByIdle'),
        tr.t('endedByIdleValue', {
          share: tr.percent(totals.endedByIdle.share),
          count: tr.count(totals.endedByIdle.count),
        }),
      ],
    ],
  });
}

function byHour(tr: Translator, loaded: LoadedHubReport): ReportBlock {
  const hours = loaded.report.byHour;
  const top = busiest(hours);
  const columns = hours.map((visits, hour) => ({
    key: String(hour),
    name: `${hourName(hour)}–${hourName(hour + 1)}`,
    axisLabel: hour % 2 === 0 ? hourName(hour).slice(0, 2) : undefined,
    value: visits,
  }));
  return section(tr.t('byHourTitle'), {
    kind: 'columns',
    columns,
    headers: [tr.t('hourColumn'), tr.t('visitsColumn')],
    caption:
      top === undefined
        ? ''
        : tr.t('busiestHour', {
            hour: columns[top]?.name ?? '',
            visits: tr.plural('visitCount', hours[top] ?? 0),
          }),
  });
}

function byDay(tr: Translator, loaded: LoadedHubReport): ReportBlock {
  const days = loaded.report.byDay;
  const top = busiest(days.map((day) => day.visits));
  const topDay = top === undefined ? undefined : days[top];
  return section(tr.t('byDayTitle'), {
    kind: 'columns',
    columns: days.map(({ day, visits }) => ({
      key: day,
      name: tr.day(day).gregorian,
      axisLabel: tr.shortDay(day),
      value: visits,
    })),
    headers: [tr.t('dayColumn'), tr.t('visitsColumn')],
    caption: topDay
      ? tr.t('busiestDay', {
          day: tr.day(topDay.day).gregorian,
          visits: tr.plural('visitCount', topDay.visits),
        })
      : '',
  });
}

function people(tr: Translator, loaded: LoadedHubReport): ReportBlock {
  const { report } = loaded;
  return section(tr.t('peopleTitle'), {
    kind: 'shares',
    shares: [
      {
        label: tr.t('languageShare'),
        parts: (['ar', 'en'] as const).map((lang) => ({
          key: lang,
          label: label(tr, `lang.${lang}`),
          value: report.byLanguage[lang],
        })),
      },
      {
        label: tr.t('modeShare'),
        parts: (['self', 'assisted'] as const).map((mode) => ({
          key: mode,
          label: label(tr, `mode.${mode}`),
          value: report.byMode[mode],
        })),
      },
    ],
  });
}

function contentSections(tr: Translator, loaded: LoadedHubReport): ReportBlock[] {
  const { report, content } = loaded;
  const lang = tr.lang;
  const steps = new Map(content.guide.steps.map((step) => [step.id, step]));
  const topics = new Map(content.categories.map((topic) => [topic.id, topic.title[lang]]));
  const entries = new Map(content.faq.map((entry) => [entry.id, entry.question[lang]]));
  const entryName = (id: string) => entries.get(id) ?? tr.t('answerUnknown', { id });
  const bars = (rows: readonly BarRow[]): BlockBody => ({ kind: 'bars', rows });

  const outcomes: BarRow[] = assistedOutcomes.map((outcome) => ({
    key: outcome,
    label: label(tr, `outcome.${outcome}`),
    value: report.outcomes[outcome],
  }));
  const funnel: BarRow[] = [
    { key: 'started', label: label(tr, 'guide.started'), value: report.guideFunnel.started },
    ...report.guideFunnel.steps.map(({ stepId, visits }, index) => {
      const step = steps.get(stepId);
      return {
        key: stepId,
        label: tr.t('guideStep', {
          number: tr.count(step?.number ?? index + 1),
          title: step?.title[lang] ?? stepId,
        }),
        value: visits,
      };
    }),
    {
      key: 'checklist',
      label: label(tr, 'guide.checklistCompleted'),
      value: report.guideFunnel.checklistCompleted,
    },
  ];
  const bands: BarRow[] = eligibilityBands.map((band) => ({
    key: band,
    label: label(tr, `band.${band}`),
    value: report.eligibilityBands[band],
  }));
  const topicRows: BarRow[] = report.topTopics.map(({ categoryId, views }) => ({
    key: categoryId,
    label: topics.get(categoryId) ?? categoryId,
    value: views,
  }));
  const answerRows: BarRow[] = report.topAnswers.map(({ entryId, views }) => ({
    key: entryId,
    label: entryName(entryId),
    value: views,
  }));
  const helpfulness: Table = {
    headers: [
      { text: tr.t('answerColumn') },
      { text: label(tr, 'feedback.helpful'), isNumber: true },
      { text: label(tr, 'feedback.notHelpful'), isNumber: true },
      { text: tr.t('reasonsColumn') },
    ],
    rows: report.helpfulness.map((row) => [
      { text: entryName(row.entryId) },
      { text: tr.count(row.helpful), isNumber: true },
      { text: tr.count(row.notHelpful), isNumber: true },
      {
        text: feedbackReasons
          .filter((reason) => row.reasons[reason] > 0)
          .map((reason) => `${label(tr, `reason.${reason}`)}: ${tr.count(row.reasons[reason])}`),
      },
    ]),
  };
  const missing: Table = {
    headers: [
      { text: tr.t('searchColumn') },
      { text: tr.t('languageColumn') },
      { text: tr.t('countColumn'), isNumber: true },
    ],
    rows: report.missingAnswers.map((row) => [
      { text: row.text, lang: row.lang },
      { text: label(tr, `lang.${row.lang}`) },
      { text: tr.count(row.count), isNumber: true },
    ]),
  };

  return [
    section(
      label(tr, 'section.outcomes'),
      emptyOr(report.totals.assisted === 0, tr.t('outcomesEmpty'), () => bars(outcomes)),
    ),
    section(
      label(tr, 'section.guideFunnel'),
      emptyOr(report.guideFunnel.started === 0, tr.t('guideEmpty'), () => bars(funnel)),
    ),
    section(
      label(tr, 'section.eligibilityBands'),
      emptyOr(
        bands.every((row) => row.value === 0),
        tr.t('eligibilityEmpty'),
        () => bars(bands),
      ),
    ),
    section(
      label(tr, 'section.topTopics'),
      emptyOr(topicRows.length === 0, tr.t('topicsEmpty'), () => bars(topicRows)),
    ),
    section(
      label(tr, 'section.topAnswers'),
      emptyOr(answerRows.length === 0, tr.t('answersEmpty'), () => bars(answerRows)),
    ),
    section(
      label(tr, 'section.helpfulness'),
      emptyOr(report.helpfulness.length === 0, tr.t('helpfulnessEmpty'), () => ({
        kind: 'table',
        table: helpfulness,
      })),
    ),
    section(
      label(tr, 'section.missingAnswers'),
      emptyOr(report.missingAnswers.length === 0, tr.t('missingEmpty'), () => ({
        kind: 'table',
        table: missing,
      })),
      tr.t('missingIntro'),
    ),
  ];
}

function byKiosk(tr: Translator, loaded: LoadedHubReport): ReportBlock {
  return section(tr.t('byKioskTitle'), {
    kind: 'bars',
    rows: loaded.byKiosk.map((kiosk) => ({
      key: kiosk.kioskId,
      label: kiosk.name,
      value: kiosk.visits,
    })),
  });
}

/** The period's Hijri dates (Umm al-Qura), shown under the heading. */
export function hijriPeriod(tr: Translator, loaded: LoadedHubReport): string {
  const { from, to } = loaded.report.period;
  return from === to ? tr.day(to).hijri : `${tr.day(from).hijri} – ${tr.day(to).hijri}`;
}

/** The period in words, for the page's heading. */
export function reportHeading(tr: Translator, loaded: LoadedHubReport): string {
  const { from, to } = loaded.report.period;
  return from === to
    ? tr.t('reportDayHeading', { date: tr.day(to).gregorian })
    : tr.t('reportWeekHeading', { from: tr.day(from).gregorian, to: tr.day(to).gregorian });
}

/** The report's sections in reading order (the page, the print page and the PDF share them). */
export function reportBlocks(
  tr: Translator,
  loaded: LoadedHubReport,
  choice: ReportChoice,
): ReportBlock[] {
  if (loaded.report.totals.visits === 0) {
    return [
      { kind: 'notice', text: tr.t('noVisits') },
      ...(loaded.byKiosk.length > 1 ? [byKiosk(tr, loaded)] : []),
    ];
  }
  return [
    summary(tr, loaded),
    byHour(tr, loaded),
    ...(choice.period === 'week' ? [byDay(tr, loaded)] : []),
    ...(choice.kioskId === undefined && loaded.byKiosk.length > 0 ? [byKiosk(tr, loaded)] : []),
    people(tr, loaded),
    ...contentSections(tr, loaded),
    { kind: 'note', text: tr.t('ticketsNote') },
  ];
}
