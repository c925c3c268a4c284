/**
 * The report as CSV files that Excel opens with Arabic intact: UTF-8 with a byte-order mark
 * (without it Excel reads the bytes as the local ANSI code page), CRLF line ends and RFC 4180
 * quoting (a cell with a comma, a double quote, CR or LF is quoted, its quotes doubled).
 *
 * Policy against formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or
 * `@` as a formula (and Excel also after a leading tab or CR), and a search text is typed by the
 * public. So `csvCell` puts an apostrophe before any cell whose text starts with one of those six
 * characters, whatever made the cell: the spreadsheet then shows the text as it was, never runs
 * it. The report never writes a negative number (every figure is a count, a share or a duration),
 * so no real number is changed by the rule.
 *
 * The files hold counts, choices and the stored, already filtered search text: no caseworker, no
 * callback, nothing that names a citizen.
 */
import type { Language } from '../content/schema';
import { assistedOutcomes, endReasons, feedbackReasons, sessionModes } from '../visit/types';
import { eligibilityBands } from '../eligibility/rules';
import { languages } from '../content/schema';
import { noTitles, reportLabel, type ReportLabelKey, type ReportTitles } from './labels';
import type { ReportInput, ReportOptions, VisitReport } from './types';
import { visitRows } from './visitRows';

/** What a cell can be given as; absent values are empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

/** The UTF-8 byte-order mark, as the first character of the text. */
export const byteOrderMark = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula when they come first. */
const formulaStarts = new Set(['=', '+', '-', '@', '\t', '\r']);

/** RFC 4180: these make a cell need quotes. */
const needsQuotes = /[",\r\n]/;

/** One cell, neutralised against formulas (see the module header) and quoted where needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' && !Number.isFinite(value) ? '' : String(value);
  if (text.length > 0 && formulaStarts.has(text[0] as string)) text = `'${text}`;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: byte-order mark, one line per row, CRLF after every line. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return byteOrderMark + rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** A share (0 to 1) as a percentage with at most one decimal. */
const percent = (share: number): number => Math.round(share * 1000) / 10;

/**
 * The report as one sectioned table: `section, key, label, value`. `section` and `key` are fixed
 * ids (the same in both languages, for machines), `label` is in `lang`, `value` a number (or a
 * day for the period). Each section opens with a title row: its id, an empty key, its name in
 * `lang` and an empty value. Topic, answer and guide-step labels come from `titles`
 * (contentTitles in labels.ts); without them the id is shown. Missing answers have the
 * language the search was typed in as their key and the stored text as their label.
 */
export function reportSummaryCsv(
  report: VisitReport,
  lang: Language,
  titles: ReportTitles = noTitles,
): string {
  const label = (key: ReportLabelKey): string => reportLabel(key, lang);
  const rows: CsvValue[][] = [
    [label('column.section'), label('column.key'), label('column.label'), label('column.value')],
  ];
  const add = (section: string, key: string, text: string, value: CsvValue): void => {
    rows.push([section, key, text, value]);
  };
  const each = <K extends string>(
    section: string,
    keys: readonly K[],
    prefix: string,
    counts: Readonly<Record<K, number>>,
  ): void => {
    for (const key of keys)
      add(section, key, label(`${prefix}.${key}` as ReportLabelKey), counts[key]);
  };

  add('period', 'from', label('period.from'), report.period.from);
  add('period', 'to', label('period.to'), report.period.to);
  add('period', 'days', label('period.days'), report.period.days);

  const { totals } = report;
  add('totals', 'visits', label('totals.visits'), totals.visits);
  add('totals', 'selfService', label('totals.selfService'), totals.selfService);
  add('totals', 'assisted', label('totals.assisted'), totals.assisted);
  add(
    'totals',
    'medianVisitSeconds',
    label('totals.medianVisitSeconds'),
    totals.medianVisitSeconds,
  );
  add('totals', 'endedByIdle', label('totals.endedByIdle'), totals.endedByIdle.count);
  add(
    'totals',
    'endedByIdlePercent',
    label('totals.endedByIdlePercent'),
    percent(totals.endedByIdle.share),
  );

  report.byHour.forEach((count, hour) => {
    const hh = String(hour).padStart(2, '0');
    add('byHour', hh, `${hh}:00`, count);
  });
  for (const { day, visits } of report.byDay) add('byDay', day, day, visits);
  each('byLanguage', languages, 'lang', report.byLanguage);
  each('byMode', sessionModes, 'mode', report.byMode);
  each('byEndReason', endReasons, 'endReason', report.byEndReason);
  each('outcomes', assistedOutcomes, 'outcome', report.outcomes);

  const { guideFunnel } = report;
  add('guideFunnel', 'started', label('guide.started'), guideFunnel.started);
  guideFunnel.steps.forEach(({ stepId, visits }, index) => {
    const name = titles.guideSteps[stepId] ?? stepId;
    add('guideFunnel', stepId, `${label('guide.step')} ${index + 1}: ${name}`, visits);
  });
  add(
    'guideFunnel',
    'checklistCompleted',
    label('guide.checklistCompleted'),
    guideFunnel.checklistCompleted,
  );

  each('eligibilityBands', eligibilityBands, 'band', report.eligibilityBands);

  for (const { categoryId, views } of report.topTopics) {
    add('topTopics', categoryId, titles.categories[categoryId] ?? categoryId, views);
  }
  for (const { entryId, views } of report.topAnswers) {
    add('topAnswers', entryId, titles.entries[entryId] ?? entryId, views);
  }
  for (const row of report.helpfulness) {
    const name = titles.entries[row.entryId] ?? row.entryId;
    add(
      'helpfulness',
      `${row.entryId}:helpful`,
      `${name}: ${label('feedback.helpful')}`,
      row.helpful,
    );
    add(
      'helpfulness',
      `${row.entryId}:not-helpful`,
      `${name}: ${label('feedback.notHelpful')}`,
      row.notHelpful,
    );
    for (const reason of feedbackReasons) {
      if (row.reasons[reason] === 0) continue;
      add(
        'helpfulness',
        `${row.entryId}:${reason}`,
        `${name}: ${label(`reason.${reason}`)}`,
        row.reasons[reason],
      );
    }
  }
  // Key: the language the search was typed in; label: the stored, filtered text.
  for (const { text, lang: searched, count } of report.missingAnswers) {
    add('missingAnswers', searched, text, count);
  }

  const { tickets } = report;
  const ticketKeys = [
    'count',
    'served',
    'noShow',
    'calledBack',
    'waiting',
    'withCallback',
    'medianWaitSeconds',
    'p90WaitSeconds',
  ] as const;
  for (const key of ticketKeys) add('tickets', key, label(`tickets.${key}`), tickets[key]);

  // Every section's title, in `lang`, as a row of its own before its first figure.
  const titled: CsvValue[][] = [];
  let previous: CsvValue;
  for (const row of rows) {
    const section = row[0];
    if (row !== rows[0] && section !== previous) {
      titled.push([section, '', label(`section.${String(section)}` as ReportLabelKey), '']);
      previous = section;
    }
    titled.push(row);
  }
  return toCsv(titled);
}

const minuteMs = 60_000;

/** Kiosk-local ISO 8601 with its offset, e.g. `2026-03-10T09:05:00+03:00`. */
export function kioskIso(ms: number, utcOffsetMinutes: number): string {
  const local = new Date(ms + utcOffsetMinutes * minuteMs).toISOString().slice(0, 19);
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const offset = Math.abs(utcOffsetMinutes);
  const hh = String(Math.floor(offset / 60)).padStart(2, '0');
  const mm = String(offset % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

/**
 * One row per visit of the period (see visitRows.ts), oldest first, with a header row; headers
 * and choices (language, kind, outcome, end reason, eligibility band) in `lang`.
 */
export function visitsCsv(input: ReportInput, options: ReportOptions, lang: Language): string {
  const label = (key: ReportLabelKey): string => reportLabel(key, lang);
  const header: CsvValue[] = (
    [
      'visit.started',
      'visit.ended',
      'visit.seconds',
      'visit.language',
      'visit.mode',
      'visit.outcome',
      'visit.endReason',
      'visit.guideSteps',
      'visit.eligibility',
      'visit.answersViewed',
      'visit.searches',
      'visit.noResultSearches',
      'visit.helpful',
      'visit.notHelpful',
      'visit.ticket',
    ] as const
  ).map(label);
  const rows = visitRows(input, options).map((row): CsvValue[] => [
    kioskIso(row.startedAt, options.utcOffsetMinutes),
    kioskIso(row.endedAt, options.utcOffsetMinutes),
    row.seconds,
    label(`lang.${row.lang}`),
    label(`mode.${row.mode}`),
    row.outcome === undefined ? '' : label(`outcome.${row.outcome}`),
    row.endReason === undefined ? '' : label(`endReason.${row.endReason}`),
    row.guideSteps,
    row.eligibility === undefined ? '' : label(`band.${row.eligibility}`),
    row.answersViewed,
    row.searches,
    row.noResultSearches,
    row.helpful,
    row.notHelpful,
    row.ticketNumber,
  ]);
  return toCsv([header, ...rows]);
}
