/**
 * Page-side half of `npm run bench:report` (never imported by the kiosk): fills the kiosk's own
 * Dexie database with a year of synthetic visits (core/report/synthetic.ts), then times the day's
 * report through the kiosk's own queries (reportQueries.ts) against a full scan of the same data.
 * Bundled and evaluated in Chromium by scripts/benchReport.ts.
 *
 * The data is stored as the kiosk stores it: visits with their sync state (the last week
 * `pending`, older ones `synced`), events in compact batches keyed by the visit's UUID bytes and
 * first sequence number, tickets with their indexes. It is written with `bulkPut` in chunks, one
 * transaction per chunk. Batches hold three to eight events: a kiosk's are smaller (taps are
 * seconds apart), but fewer, larger rows keep the build quick and only make the full scan
 * cheaper, so the measured ratio errs low; the day's report reads one range per visit either way.
 *
 * Building and measuring are two calls: the bench restarts Chromium between them, as a kiosk
 * makes its report long after the writes (the database then is tables, not a write-ahead log).
 */
import content from '../../assets/content/content.json';
import eligibility from '../../assets/content/eligibility.json';
import faq from '../../assets/content/faq.json';
import guide from '../../assets/content/guide.json';
import sources from '../../assets/content/sources.json';
import type { IndexableTypeArrayReadonly } from 'dexie';
import { assembleContent } from '../../core/content/assemble';
import { validateContentBundle } from '../../core/content/schema';
import type { TicketRecord } from '../../core/help/types';
import { aggregateReport } from '../../core/report/aggregate';
import { addDays, dayRange, reportOptionsFor } from '../../core/report/options';
import { catalogFor, seededRandom, syntheticDay } from '../../core/report/synthetic';
import type { ReportInput, VisitReport } from '../../core/report/types';
import {
  batchKey,
  decodeBatch,
  encodeBatch,
  visitIdFromKey,
  type BatchKey,
  type StoredBatch,
} from '../../core/visit/eventCodec';
import type { StoredVisit, VisitEvent } from '../../core/visit/types';
import { openDatabase, type RuknDatabase } from './database';
import { loadReportInput } from './reportQueries';

export type ReportBenchOptions = {
  readonly databaseName: string;
  /** Visits in the whole year. */
  readonly visits: number;
  /** Visits on the measured day (the rest spread over the other days). */
  readonly dayVisits: number;
  /** Days in the year, the measured day among them. */
  readonly days: number;
  /** The measured day, `YYYY-MM-DD`. */
  readonly day: string;
  /** Timed runs of the day's report and of the scan. */
  readonly dayRuns: number;
  readonly scanRuns: number;
};

const chunkVisits = 5_000;

/** Writes a chunk of synthetic visits as the kiosk stores them. */
async function store(
  db: RuknDatabase,
  visits: readonly StoredVisit[],
  events: readonly VisitEvent[],
  tickets: readonly TicketRecord[],
  random: () => number,
): Promise<number> {
  const keys: BatchKey[] = [];
  const rows: StoredBatch[] = [];
  let index = 0;
  while (index < events.length) {
    const first = events[index] as VisitEvent;
    const batch: VisitEvent[] = [first];
    const size = 3 + Math.floor(random() * 6);
    index += 1;
    while (batch.length < size && events[index]?.sessionId === first.sessionId) {
      batch.push(events[index] as VisitEvent);
      index += 1;
    }
    keys.push(batchKey(first.sessionId, Number(first.id.slice(first.sessionId.length + 1))));
    rows.push(encodeBatch(batch));
  }
  await db.transaction('rw', [db.sessions, db.visitEvents, db.helpTickets], async () => {
    await db.sessions.bulkPut(visits);
    await db.visitEvents.bulkPut(rows, keys as unknown as IndexableTypeArrayReadonly);
    await db.helpTickets.bulkPut(tickets);
  });
  return rows.length;
}

/** The report from every visit and every batch, filtered in script: what the indexes save. */
async function scanInput(db: RuknDatabase, fromMs: number, toMs: number): Promise<ReportInput> {
  return db.transaction('r', [db.sessions, db.visitEvents, db.helpTickets], async () => {
    const [sessions, batchKeys, batches, tickets] = await Promise.all([
      db.sessions.toArray(),
      db.visitEvents.toCollection().primaryKeys(),
      db.visitEvents.toArray(),
      db.helpTickets.toArray(),
    ]);
    const visits = sessions.filter(
      (visit) => visit.syncState !== 'open' && visit.startedAt >= fromMs && visit.startedAt < toMs,
    );
    const wanted = new Set(visits.map((visit) => visit.id));
    const events: VisitEvent[] = [];
    batches.forEach((batch, index) => {
      const key = batchKeys[index] as unknown as BatchKey;
      const id = visitIdFromKey(key[0]);
      if (wanted.has(id)) events.push(...decodeBatch(id, key[1], batch));
    });
    return {
      visits,
      events,
      tickets: tickets.filter((ticket) => ticket.createdAt >= fromMs && ticket.createdAt < toMs),
    };
  });
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length / 2) - 1] ?? 0;
};

/** Reports compared without the order of equal entries mattering: the same JSON. */
const sameReport = (a: VisitReport, b: VisitReport): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

function shippedBundle() {
  const bundle = validateContentBundle(
    assembleContent({ content, sources, faq, guide, eligibility }),
  );
  if (!bundle.ok) throw new Error(bundle.error.message);
  return bundle.value;
}

/** What building the year stored. */
export type ReportBenchBuild = {
  readonly storedVisits: number;
  readonly storedBatches: number;
  readonly storedEvents: number;
  readonly storedTickets: number;
  readonly buildMs: number;
};

/** Fills the database with the year's visits. */
export async function buildReportBenchData(options: ReportBenchOptions): Promise<ReportBenchBuild> {
  const catalog = catalogFor(shippedBundle());
  const db = openDatabase(options.databaseName);
  await db.open();
  const random = seededRandom('bench-batches');

  // The year ends a quarter of a year after the measured day: it sits among older and newer data.
  const firstDay = addDays(options.day, -Math.floor((options.days * 3) / 4));
  const lastDay = addDays(firstDay, options.days - 1);
  const recent = dayRange(addDays(lastDay, -6), lastDay).fromMs;
  const otherDays = options.days - 1;
  const perOtherDay = Math.floor((options.visits - options.dayVisits) / otherDays);
  let remainder = options.visits - options.dayVisits - perOtherDay * otherDays;

  const began = performance.now();
  let pending = {
    visits: [] as StoredVisit[],
    events: [] as VisitEvent[],
    tickets: [] as TicketRecord[],
  };
  let storedVisits = 0;
  let storedBatches = 0;
  let storedEvents = 0;
  let storedTickets = 0;
  const flush = async () => {
    storedBatches += await store(db, pending.visits, pending.events, pending.tickets, random);
    storedVisits += pending.visits.length;
    storedEvents += pending.events.length;
    storedTickets += pending.tickets.length;
    pending = { visits: [], events: [], tickets: [] };
  };
  for (let offset = 0; offset < options.days; offset += 1) {
    const day = addDays(firstDay, offset);
    let visits = day === options.day ? options.dayVisits : perOtherDay;
    if (day !== options.day && remainder > 0) {
      visits += 1;
      remainder -= 1;
    }
    const made = syntheticDay(catalog, {
      day,
      visits,
      seed: 'bench',
      kioskId: 'bench-kiosk',
      syncState: dayRange(day, day).fromMs >= recent ? 'pending' : 'synced',
    });
    pending.visits.push(...made.visits);
    pending.events.push(...made.events);
    pending.tickets.push(...made.tickets);
    if (pending.visits.length >= chunkVisits) await flush();
  }
  await flush();
  const buildMs = performance.now() - began;
  db.close();
  return { storedVisits, storedBatches, storedEvents, storedTickets, buildMs };
}

/** What measuring found. */
export type ReportBenchMeasure = {
  readonly dayVisits: number;
  readonly dayEvents: number;
  readonly dayRunsMs: readonly number[];
  readonly scanRunsMs: readonly number[];
  /** Medians of the day's runs: reading the database, and aggregating what was read. */
  readonly dayLoadMs: number;
  readonly dayAggregateMs: number;
  /** True when the day's report and the scan's report are the same. */
  readonly isSameReport: boolean;
};

/** Times the day's report (kiosk queries) and the full scan on the stored year. */
export async function measureReportBench(options: ReportBenchOptions): Promise<ReportBenchMeasure> {
  const bundle = shippedBundle();
  const db = openDatabase(options.databaseName);
  await db.open();
  const { fromMs, toMs } = dayRange(options.day, options.day);
  const reportOptions = reportOptionsFor(bundle, options.day, options.day, toMs);

  const dayRunsMs: number[] = [];
  const loadMs: number[] = [];
  const aggregateMs: number[] = [];
  let dayReport: VisitReport | undefined;
  let dayInput: ReportInput | undefined;
  for (let run = 0; run < options.dayRuns; run += 1) {
    const start = performance.now();
    dayInput = await loadReportInput(db, fromMs, toMs);
    const loaded = performance.now();
    dayReport = aggregateReport(dayInput, reportOptions);
    const end = performance.now();
    dayRunsMs.push(end - start);
    loadMs.push(loaded - start);
    aggregateMs.push(end - loaded);
  }
  const scanRunsMs: number[] = [];
  let scanReport: VisitReport | undefined;
  for (let run = 0; run < options.scanRuns; run += 1) {
    const start = performance.now();
    scanReport = aggregateReport(await scanInput(db, fromMs, toMs), reportOptions);
    scanRunsMs.push(performance.now() - start);
  }
  db.close();
  return {
    dayVisits: dayReport?.totals.visits ?? 0,
    dayEvents: dayInput?.events.length ?? 0,
    dayRunsMs,
    scanRunsMs,
    dayLoadMs: median(loadMs),
    dayAggregateMs: median(aggregateMs),
    isSameReport:
      dayReport !== undefined && scanReport !== undefined && sameReport(dayReport, scanReport),
  };
}

/** The two halves, for scripts/benchReport.ts. */
export const reportBench = { build: buildReportBenchData, measure: measureReportBench };

declare global {
  // Read by scripts/benchReport.ts through page.evaluate.
  var ruknReportBench: typeof reportBench | undefined;
}
globalThis.ruknReportBench = reportBench;
