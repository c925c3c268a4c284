/**
 * The visit report screen in a test or a screenshot: stores a report's visits, events and tickets
 * in the kiosk's IndexedDB as the kiosk itself stores them, shows the report screen, and reads a
 * printed PDF's text back with poppler's pdftotext.
 *
 * Until the staff dashboard (behind the staff sign-in) holds the report screen, `showReportScreen`
 * shows it through its harness (renderer/features/report/reportHarness.tsx, bundled here with
 * esbuild) on the page the kiosk served; once it does, only that function changes: sign in, open
 * the dashboard, choose the report.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { build } from 'esbuild';
import type { TicketRecord } from '../../../core/help/types';
import { batchKey, encodeBatch } from '../../../core/visit/eventCodec';
import type { StoredVisit, VisitEvent } from '../../../core/visit/types';

const root = path.resolve(__dirname, '..', '..', '..');

/** The harness, bundled: one script and its style sheet. */
export type ReportHarness = { readonly script: string; readonly css: string };

/** Bundles the report screen's harness (once per run: it takes a second). */
export async function bundleReportHarness(): Promise<ReportHarness> {
  const result = await build({
    entryPoints: [path.join(root, 'renderer', 'features', 'report', 'reportHarness.tsx')],
    bundle: true,
    write: false,
    outdir: path.join(os.tmpdir(), 'rukn-report-harness'),
    format: 'iife',
    target: 'chrome130',
    jsx: 'automatic',
    define: { __APP_VERSION__: JSON.stringify('report-harness') },
    logLevel: 'silent',
  });
  const text = (extension: string) =>
    result.outputFiles.find((file) => file.path.endsWith(extension))?.text ?? '';
  return { script: text('.js'), css: text('.css') };
}

/** What the harness is told (renderer/features/report/reportHarness.tsx). */
export type ReportScreenOptions = {
  readonly lang: 'ar' | 'en';
  /** Epoch milliseconds the screen takes for now: its "today". */
  readonly now: number;
  /** The kiosk's own database, `rukn`, unless the harness fills one of its own. */
  readonly databaseName?: string;
  readonly synthetic?: {
    readonly lastDay: string;
    readonly days: number;
    readonly visitsPerDay: number;
  };
  readonly kioskName?: string;
  readonly closingTime?: string;
};

/**
 * Shows the report screen on `page`, which shows the kiosk (opened and ready), and waits until
 * its report is drawn.
 */
export async function showReportScreen(
  page: Page,
  harness: ReportHarness,
  options: ReportScreenOptions,
): Promise<void> {
  // The style sheet is served from the kiosk's own origin, so the strict CSP lets it in.
  await page.route('**/report-harness.css', (route) =>
    route.fulfill({ body: harness.css, contentType: 'text/css' }),
  );
  await page.evaluate(() => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'report-harness.css';
    document.head.append(link);
    return new Promise((resolve) => link.addEventListener('load', resolve));
  });
  await page.evaluate(harness.script);
  await page.evaluate(
    (given) => {
      const show = (globalThis as { ruknReportHarness?: (value: unknown) => Promise<void> })
        .ruknReportHarness;
      if (!show) throw new Error('report harness not loaded');
      return show(given);
    },
    { databaseName: 'rukn', ...options },
  );
  await expect(
    page.getByRole('heading', { level: 2 }).first().or(page.locator('.report__empty')),
  ).toBeVisible();
  await page.evaluate('document.fonts.ready');
}

/** A report's data as the kiosk stores it. */
export type ReportData = {
  readonly visits: readonly StoredVisit[];
  readonly events: readonly VisitEvent[];
  readonly tickets: readonly TicketRecord[];
};

/**
 * Stores visits, their events (in the kiosk's compact batches, one per visit) and tickets straight
 * into the kiosk's IndexedDB, as the kiosk would have written them.
 */
export async function seedReportData(page: Page, data: ReportData): Promise<void> {
  const byVisit = new Map<string, VisitEvent[]>();
  for (const event of data.events) {
    byVisit.set(event.sessionId, [...(byVisit.get(event.sessionId) ?? []), event]);
  }
  const batches = [...byVisit].map(([sessionId, events]) => {
    const [visit, firstSeq] = batchKey(sessionId, 0);
    // Bytes cross into the page as numbers; the page makes them bytes again.
    const key = typeof visit === 'string' ? visit : Array.from(new Uint8Array(visit));
    return { key, firstSeq, batch: encodeBatch(events) };
  });
  await page.evaluate(
    ({ visits, tickets, batches: rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rukn');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction(
            ['sessions', 'visitEvents', 'helpTickets'],
            'readwrite',
          );
          for (const visit of visits) transaction.objectStore('sessions').put(visit);
          for (const ticket of tickets) transaction.objectStore('helpTickets').put(ticket);
          for (const { key, firstSeq, batch } of rows) {
            const visit = typeof key === 'string' ? key : Uint8Array.from(key);
            transaction.objectStore('visitEvents').put(batch, [visit, firstSeq]);
          }
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { visits: data.visits, tickets: data.tickets, batches },
  );
}

/**
 * Text as pdftotext gives it back from Chromium's PDF, made comparable: without the bidi controls
 * it wraps right-to-left runs in, and without white space (it splits and joins lines by where the
 * glyphs sit). Apply it to both sides of a comparison. What it cannot undo, and so what a test
 * should not look for: in Arabic, a few letter pairs whose glyphs overlap come out swapped
 * (lam-alef «لأ» as «أل», «سر» as «رس», «بر» as «رب», «تي» as «يت»), vowel marks move, and
 * punctuation beside a space moves across it. The printed page itself is right.
 */
export function comparablePdfText(text: string): string {
  return text.replace(/[\p{Cf}\s]/gu, '');
}

/** The text of a PDF, as pdftotext reads it, and its page count. */
export function pdfText(pdf: Buffer): { readonly text: string; readonly pages: number } {
  const work = mkdtempSync(path.join(os.tmpdir(), 'rukn-report-pdf-'));
  try {
    const file = path.join(work, 'report.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
