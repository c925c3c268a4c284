/**
 * The office hub's reports: a period's visits across the whole hub, one office or one kiosk, read
 * from the `visits` table and aggregated by the same `core/report/` code the kiosk uses, so a
 * figure on the office dashboard is the figure the kiosk's own report screen shows for the same
 * visits. Policy: periods are Saudi calendar days (UTC+3 all year, core/report/options.ts), a
 * visit counts on the day it started; help tickets stay on each kiosk (they hold callback details
 * and are never synced), so the hub's ticket figures are always zero.
 */
import type { ContentBundle, Language } from '../../core/content/schema';
import { aggregateReport } from '../../core/report/aggregate';
import { reportSummaryCsv, visitsCsv } from '../../core/report/csv';
import { contentTitles } from '../../core/report/labels';
import { dayRange, reportOptionsFor, saudiUtcOffsetMinutes } from '../../core/report/options';
import type { ReportInput, ReportOptions, VisitReport } from '../../core/report/types';
import type { Visit, VisitEvent } from '../../core/visit/types';
import type { Queryable } from '../db/database';
import { reportContent } from './content';

/** Which visits a report covers. */
export type ReportScope =
  | { readonly kind: 'hub' }
  | { readonly kind: 'office'; readonly officeId: string }
  | { readonly kind: 'kiosk'; readonly kioskId: string };

/** First and last Saudi day of a period, `YYYY-MM-DD`, inclusive. */
export type ReportPeriod = { readonly from: string; readonly to: string };

/** One kiosk's share of a report: its visits in the period (0 when it sent none). */
export type KioskVisits = {
  readonly kioskId: string;
  readonly name: string;
  readonly officeId: string;
  readonly visits: number;
};

/** A report with what it was made from: the dashboard draws from it, the API answers part of it. */
export type LoadedHubReport = {
  readonly input: ReportInput;
  readonly options: ReportOptions;
  readonly report: VisitReport;
  /** Every kiosk in the scope, by name, with its visits in the period. */
  readonly byKiosk: readonly KioskVisits[];
  /** The content the report was read against (titles, guide steps). */
  readonly content: ContentBundle;
};

/** The hub's reports are in Saudi time, as every kiosk's. */
export const hubUtcOffsetMinutes = saudiUtcOffsetMinutes;

/** `AND …` restricting a query on a table with `office_id` and `kiosk_id` columns to a scope. */
function scopeFilter(
  scope: ReportScope,
  params: unknown[],
  kioskColumn: string,
  officeColumn: string,
): string {
  switch (scope.kind) {
    case 'hub':
      return '';
    case 'office':
      params.push(scope.officeId);
      return ` AND ${officeColumn} = $${params.length}`;
    case 'kiosk':
      params.push(scope.kioskId);
      return ` AND ${kioskColumn} = $${params.length}`;
    default: {
      const unknown: never = scope;
      return unknown;
    }
  }
}

/** The period's visits in the scope (started in `[fromMs, toMs)`) with their events. */
async function loadVisits(
  db: Queryable,
  scope: ReportScope,
  fromMs: number,
  toMs: number,
): Promise<{ input: ReportInput; perKiosk: Map<string, number> }> {
  const params: unknown[] = [fromMs, toMs];
  const filter = scopeFilter(scope, params, 'kiosk_id', 'office_id');
  const rows = await db.query<{ kiosk_id: string; visit: Visit; events: VisitEvent[] }>(
    `SELECT kiosk_id, visit, events FROM visits
      WHERE started_at >= $1 AND started_at < $2${filter}
      ORDER BY started_at, id`,
    params,
  );
  const visits: Visit[] = [];
  const events: VisitEvent[] = [];
  const perKiosk = new Map<string, number>();
  for (const row of rows) {
    visits.push(row.visit);
    for (const event of row.events) events.push(event);
    perKiosk.set(row.kiosk_id, (perKiosk.get(row.kiosk_id) ?? 0) + 1);
  }
  return { input: { visits, events, tickets: [] }, perKiosk };
}

/** Every kiosk in the scope with its visit count from `perKiosk`, by name then id. */
async function kioskBreakdown(
  db: Queryable,
  scope: ReportScope,
  perKiosk: ReadonlyMap<string, number>,
): Promise<KioskVisits[]> {
  const params: unknown[] = [];
  const filter = scopeFilter(scope, params, 'id', 'office_id');
  const rows = await db.query<{ id: string; name: string; office_id: string }>(
    `SELECT id, name, office_id FROM kiosks WHERE true${filter} ORDER BY name, id`,
    params,
  );
  return rows.map((row) => ({
    kioskId: row.id,
    name: row.name,
    officeId: row.office_id,
    visits: perKiosk.get(row.id) ?? 0,
  }));
}

/** Reads and aggregates a period's report for a scope, as of `now` (epoch ms). */
export async function loadHubReport(
  db: Queryable,
  scope: ReportScope,
  period: ReportPeriod,
  now: number,
): Promise<LoadedHubReport> {
  const content = await reportContent(db);
  const { fromMs, toMs } = dayRange(period.from, period.to, hubUtcOffsetMinutes);
  const { input, perKiosk } = await loadVisits(db, scope, fromMs, toMs);
  const options = reportOptionsFor(content, period.from, period.to, now, hubUtcOffsetMinutes);
  const report = aggregateReport(input, options);
  const byKiosk = await kioskBreakdown(db, scope, perKiosk);
  return { input, options, report, byKiosk, content };
}

/** The two CSV files of a loaded report in `lang` (UTF-8 with BOM, as the kiosk writes them). */
export function hubReportCsv(
  loaded: LoadedHubReport,
  lang: Language,
): { readonly summaryCsv: string; readonly visitsCsv: string } {
  return {
    summaryCsv: reportSummaryCsv(loaded.report, lang, contentTitles(loaded.content, lang)),
    visitsCsv: visitsCsv(loaded.input, loaded.options, lang),
  };
}

/**
 * A period's report for a scope, as JSON figures and the two CSV files in `lang`: what
 * `/api/v1/reports` answers. `byKiosk` lists each kiosk in the scope with its visits.
 */
export async function hubReport(
  db: Queryable,
  scope: ReportScope,
  period: ReportPeriod,
  now: number,
  lang: Language,
): Promise<{
  readonly report: VisitReport;
  readonly byKiosk: readonly KioskVisits[];
  readonly summaryCsv: string;
  readonly visitsCsv: string;
}> {
  const loaded = await loadHubReport(db, scope, period, now);
  return { report: loaded.report, byKiosk: loaded.byKiosk, ...hubReportCsv(loaded, lang) };
}

/** The file names of a hub report's CSV and PDF files, as the kiosk names its own (`rukn-report-…`). */
export function hubReportFileNames(period: ReportPeriod): {
  readonly summary: string;
  readonly visits: string;
  readonly pdf: string;
} {
  const days = period.from === period.to ? period.from : `${period.from}_${period.to}`;
  return {
    summary: `rukn-report-${days}.csv`,
    visits: `rukn-visits-${days}.csv`,
    pdf: `rukn-report-${days}.pdf`,
  };
}
