/**
 * How long the day's visit report takes on a kiosk that has kept a year of visits, measured in
 * Chromium through the kiosk's own Dexie database and queries.
 *
 *   npm run --silent bench:report
 *   npm run --silent bench:report -- --visits 20000 --day-visits 500
 *   npm run --silent bench:report -- --profile /tmp/year   (keep the year; a rerun only measures)
 *
 * Bundles renderer/db/reportBenchHarness.ts, opens a blank page on a local origin in headless
 * Chromium (nothing is served: the page is answered by Playwright, and the kiosk need not be
 * built), fills IndexedDB with a year of synthetic visits (70,000 by default, 1,000 of them on
 * the measured day, about 19 events each), restarts Chromium on the same profile, then times `loadReportInput` + `aggregateReport` for
 * that day (median of 9 runs) against a full scan of the same data (every visit and every event
 * batch read and filtered in script, median of 3 runs) in the same run, and checks both give the
 * same report. The last line is `day_ms=N scan_ms=N ratio=R`; the goal is day_ms <= 250 and
 * ratio >= 10.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/e2e/support/browser';

const root = resolve(__dirname, '..');
const origin = 'http://rukn-bench.localhost/';

function flagText(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
}

function numberFlag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} takes a positive whole number`);
    process.exit(2);
  }
  return value;
}

type BenchOptions = {
  databaseName: string;
  visits: number;
  dayVisits: number;
  days: number;
  day: string;
  dayRuns: number;
  scanRuns: number;
};

type BuildResult = {
  storedVisits: number;
  storedBatches: number;
  storedEvents: number;
  storedTickets: number;
  buildMs: number;
};

type MeasureResult = {
  dayVisits: number;
  dayEvents: number;
  dayRunsMs: number[];
  scanRunsMs: number[];
  dayLoadMs: number;
  dayAggregateMs: number;
  isSameReport: boolean;
};

type PageBench = {
  build: (options: BenchOptions) => Promise<BuildResult>;
  measure: (options: BenchOptions) => Promise<MeasureResult>;
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 === 1
    ? (sorted[Math.floor(middle)] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

async function main(): Promise<void> {
  const options: BenchOptions = {
    databaseName: 'rukn',
    visits: numberFlag('visits', 70_000),
    dayVisits: numberFlag('day-visits', 1_000),
    days: numberFlag('days', 365),
    day: '2026-03-10',
    dayRuns: numberFlag('runs', 9),
    scanRuns: numberFlag('scan-runs', 3),
  };
  const bundle = await build({
    entryPoints: [join(root, 'renderer', 'db', 'reportBenchHarness.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome130',
    logLevel: 'silent',
  });
  const harness = bundle.outputFiles[0]?.text ?? '';

  // `--profile DIR` keeps the built year in DIR and, run again, measures it without rebuilding.
  const kept = flagText('profile');
  const profile = kept ?? mkdtempSync(join(tmpdir(), 'rukn-bench-report-'));
  const builtMarker = join(profile, 'rukn-bench-built.json');
  /** Opens a blank page on the bench origin in Chromium on the bench's profile, harness loaded. */
  const openPage = async () => {
    const context = await chromium.launchPersistentContext(profile, {
      ...launchOptions(),
      headless: true,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.route(`${origin}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await page.goto(origin);
    await page.evaluate(harness);
    return { page, close: () => context.close() };
  };
  try {
    let built: BuildResult;
    if (kept !== undefined && existsSync(builtMarker)) {
      built = JSON.parse(readFileSync(builtMarker, 'utf8')) as BuildResult;
    } else {
      const first = await openPage();
      built = await first.page.evaluate((benchOptions) => {
        const bench = globalThis.ruknReportBench as PageBench | undefined;
        if (!bench) throw new Error('report bench harness not loaded');
        return bench.build(benchOptions);
      }, options);
      await first.close();
      writeFileSync(builtMarker, JSON.stringify(built));
    }

    // A kiosk makes its report long after the writes: measure after a restart.
    const second = await openPage();
    const result = await second.page.evaluate((benchOptions) => {
      const bench = globalThis.ruknReportBench as PageBench | undefined;
      if (!bench) throw new Error('report bench harness not loaded');
      return bench.measure(benchOptions);
    }, options);
    const userAgent = String(await second.page.evaluate('navigator.userAgent'));
    await second.close();

    const dayMs = median(result.dayRunsMs);
    const scanMs = median(result.scanRunsMs);
    const round = (ms: number) => Math.round(ms);
    console.info(`chromium=${/Chrome\/([\d.]+)/.exec(userAgent)?.[1] ?? userAgent}`);
    console.info(
      `stored_visits=${built.storedVisits} stored_batches=${built.storedBatches} stored_events=${built.storedEvents} stored_tickets=${built.storedTickets}`,
    );
    console.info(`build_ms=${round(built.buildMs)}`);
    console.info(
      `day=${options.day} day_visits=${result.dayVisits} day_events=${result.dayEvents}`,
    );
    console.info(`day_runs_ms=${result.dayRunsMs.map(round).join(',')}`);
    console.info(
      `day_load_ms=${round(result.dayLoadMs)} day_aggregate_ms=${result.dayAggregateMs.toFixed(1)}`,
    );
    console.info(`scan_runs_ms=${result.scanRunsMs.map(round).join(',')}`);
    console.info(`same_report=${result.isSameReport}`);
    if (!result.isSameReport) {
      console.error('the day query and the full scan disagree');
      process.exitCode = 1;
    }
    console.info(
      `day_ms=${round(dayMs)} scan_ms=${round(scanMs)} ratio=${(scanMs / dayMs).toFixed(1)}`,
    );
  } finally {
    if (kept === undefined) rmSync(profile, { recursive: true, force: true });
  }
}

declare global {
  var ruknReportBench: unknown;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
