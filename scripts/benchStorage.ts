/**
 * How much IndexedDB a visit costs on the kiosk, measured in Chromium.
 *
 *   npm run --silent bench:storage              1,000 visits of 18 events each
 *   npm run --silent bench:storage -- --visits 200
 *
 * Serves the built kiosk (run `npm run build` first) with scripts/serve.ts on a free port, opens
 * it in Chromium, and records the visits in the page through the kiosk's own database,
 * repository and recorder code (renderer/db/storageBenchHarness.ts, bundled here). Every event
 * is written on its own, as on a real kiosk where taps are seconds apart. Prints the
 * `navigator.storage.estimate()` usage before and after, the bytes on disk under the profile's
 * IndexedDB folder, the usage once Chromium has restarted on the same profile, and
 * `bytes_per_visit=N` (usage delta while running / visits) as the last line.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/e2e/support/browser';
import { startServer } from './serve';

const root = resolve(__dirname, '..');

function visitsFromArgs(): number {
  const flag = process.argv.indexOf('--visits');
  const value = flag > 0 ? Number(process.argv[flag + 1]) : 1000;
  if (!Number.isInteger(value) || value < 1) throw new Error('--visits takes a positive integer');
  return value;
}

/** Total size of the files under a folder (0 when it does not exist). */
function folderBytes(folder: string): number {
  if (!existsSync(folder)) return 0;
  let total = 0;
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    const stats = statSync(path);
    total += stats.isDirectory() ? folderBytes(path) : stats.size;
  }
  return total;
}

type PageResult = {
  visits: number;
  eventsPerVisit: number;
  usageBefore: number;
  usageAfter: number;
  storedVisits: number;
  storedEvents: number;
  milliseconds: number;
};

async function main(): Promise<void> {
  const visits = visitsFromArgs();
  if (!existsSync(join(root, 'dist', 'renderer', 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build` first');
  }
  const bundle = await build({
    entryPoints: [join(root, 'renderer', 'db', 'storageBenchHarness.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome130',
    logLevel: 'silent',
  });
  const harness = bundle.outputFiles[0]?.text ?? '';

  const server = await startServer(0);
  const { port } = server.address() as AddressInfo;
  const kioskUrl = `http://127.0.0.1:${port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'rukn-bench-storage-'));
  const indexedDbFolder = join(profile, 'Default', 'IndexedDB');
  /** Opens the kiosk in Chromium on the bench's profile; returns its page and a closer. */
  const openKiosk = async () => {
    const context = await chromium.launchPersistentContext(profile, {
      ...launchOptions(),
      headless: true,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(kioskUrl);
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    return { page, close: () => context.close() };
  };
  try {
    const first = await openKiosk();
    await first.page.evaluate(harness);
    const diskBefore = folderBytes(indexedDbFolder);
    const result = await first.page.evaluate(
      ([count, name]) => {
        const run = globalThis.ruknStorageBench as
          ((visits: number, databaseName: string) => Promise<PageResult>) | undefined;
        if (!run) throw new Error('storage bench harness not loaded');
        return run(count, name);
      },
      [visits, 'rukn-bench'] as const,
    );
    const diskAfter = folderBytes(indexedDbFolder);
    const userAgent = String(await first.page.evaluate('navigator.userAgent'));
    await first.close();

    // After a restart LevelDB has turned its write-ahead log (at most a few MB, whatever the
    // number of visits) into tables: closer to what a year of visits costs.
    const second = await openKiosk();
    const usageRestarted = Number(
      await second.page.evaluate('navigator.storage.estimate().then((found) => found.usage)'),
    );
    await second.close();

    const delta = result.usageAfter - result.usageBefore;
    const restartedDelta = usageRestarted - result.usageBefore;
    const perVisit = (bytes: number) => Math.round(bytes / result.visits);
    console.info(`chromium=${/Chrome\/([\d.]+)/.exec(userAgent)?.[1] ?? userAgent}`);
    console.info(`visits=${result.visits} events_per_visit=${result.eventsPerVisit}`);
    console.info(`stored_visits=${result.storedVisits} stored_events=${result.storedEvents}`);
    console.info(`usage_before=${result.usageBefore} usage_after=${result.usageAfter}`);
    console.info(`usage_delta=${delta} (${(delta / 1024 / 1024).toFixed(2)} MB)`);
    console.info(`indexeddb_disk_delta=${diskAfter - diskBefore}`);
    console.info(`record_ms=${Math.round(result.milliseconds)}`);
    console.info(
      `usage_delta_after_restart=${restartedDelta} bytes_per_visit_after_restart=${perVisit(restartedDelta)}`,
    );
    // The figure that counts is the one measured while the kiosk runs (write-ahead log included).
    console.info(`bytes_per_visit=${perVisit(delta)}`);
  } finally {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

declare global {
  var ruknStorageBench: unknown;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
