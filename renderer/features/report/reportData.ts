/**
 * A period's report from the kiosk's database, and the two CSV files of an export. Shared by the
 * report screen (what it shows is what it exports) and the automatic export at closing time.
 */
import type { ContentBundle, Language } from '../../../core/content/schema';
import { aggregateReport } from '../../../core/report/aggregate';
import { reportSummaryCsv, visitsCsv } from '../../../core/report/csv';
import { contentTitles } from '../../../core/report/labels';
import { dayRange, reportOptionsFor, saudiUtcOffsetMinutes } from '../../../core/report/options';
import type { ReportInput, ReportOptions, VisitReport } from '../../../core/report/types';
import type { RuknDatabase } from '../../db/database';
import { loadReportInput } from '../../db/reportQueries';
import { reportFileNames, type PeriodDays } from './reportView';

/** The kiosk's offset from UTC: Saudi Arabia, UTC+3 all year. */
export const kioskUtcOffsetMinutes = saudiUtcOffsetMinutes;

/** A report with what it was made from, so an export writes exactly what the screen shows. */
export type LoadedReport = {
  readonly input: ReportInput;
  readonly options: ReportOptions;
  readonly report: VisitReport;
};

/** Reads the period's visits, events and tickets and aggregates them, as of `now`. */
export async function loadReport(
  db: RuknDatabase,
  content: ContentBundle,
  { from, to }: PeriodDays,
  now: number,
): Promise<LoadedReport> {
  const { fromMs, toMs } = dayRange(from, to, kioskUtcOffsetMinutes);
  const input = await loadReportInput(db, fromMs, toMs);
  const options = reportOptionsFor(content, from, to, now, kioskUtcOffsetMinutes);
  return { input, options, report: aggregateReport(input, options) };
}

/** A file of an export: its plain name and its UTF-8 text. */
export type ReportFile = { readonly fileName: string; readonly content: string };

/**
 * The two CSV files of a report in `lang`: the summary (`rukn-report-…`) and one row per visit
 * (`rukn-visits-…`). Both are UTF-8 with a BOM, so Excel opens the Arabic intact.
 */
export function reportCsvFiles(
  loaded: LoadedReport,
  content: ContentBundle,
  lang: Language,
): readonly [ReportFile, ReportFile] {
  const names = reportFileNames(loaded.report.period);
  return [
    {
      fileName: names.summary,
      content: reportSummaryCsv(loaded.report, lang, contentTitles(content, lang)),
    },
    { fileName: names.visits, content: visitsCsv(loaded.input, loaded.options, lang) },
  ];
}
