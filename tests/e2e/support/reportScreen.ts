/**
 * The visit report screen in a test or a screenshot: stores a report's visits, events and tickets
 * in the kiosk's IndexedDB as the kiosk itself stores them, opens the report the way the office
 * does (the staff entrance, the first administrator, the Report section), and reads a printed
 * PDF's text back with poppler's pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { TicketRecord } from '../../../core/help/types';
import { addDays } from '../../../core/report/options';
import { catalogFor, syntheticDay } from '../../../core/report/synthetic';
import { batchKey, encodeBatch } from '../../../core/visit/eventCodec';
import type { StoredVisit, VisitEvent } from '../../../core/visit/types';
import { shippedContentBundle } from '../../../scripts/contentFiles';
import { writeSettings } from './kiosk';
import { staffDriver } from './staff';

export type ReportScreenOptions = {
  readonly lang: 'ar' | 'en';
  /** The kiosk's name and closing time, as the administrator set them. */
  readonly kioskName?: string;
  readonly closingTime?: string;
};

/**
 * Opens the report on `page`, which shows the kiosk with its data stored: settings are applied by
 * a reload (the kiosk reads them at start-up), then the staff entrance, the first administrator
 * and the Report section. The caller sets the page's clock first, for the report's "today".
 */
export async function showReportScreen(page: Page, options: ReportScreenOptions): Promise<void> {
  const settings = {
    ...(options.kioskName === undefined ? {} : { kioskName: options.kioskName }),
    ...(options.closingTime === undefined ? {} : { closingTime: options.closingTime }),
  };
  if (Object.keys(settings).length > 0) {
    await writeSettings(page, settings);
    await page.reload();
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  }
  const staff = staffDriver(page);
  await staff.openEntrance();
  await staff.createAdmin();
  if (options.lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  await staff.openSection(options.lang === 'en' ? 'Report' : 'التقرير');
  await expect(page.locator('.report h3').first().or(page.locator('.report__empty'))).toBeVisible();
  await page.evaluate('document.fonts.ready');
}

/**
 * Synthetic days ending `lastDay` (made-up visits on the real content's ids), quieter before the
 * last so a week's chart has a shape.
 */
export function syntheticDays(lastDay: string, days: number, visitsPerDay: number): ReportData {
  const catalog = catalogFor(shippedContentBundle());
  const data = {
    visits: [] as StoredVisit[],
    events: [] as VisitEvent[],
    tickets: [] as TicketRecord[],
  };
  for (let back = days - 1; back >= 0; back -= 1) {
    const day = addDays(lastDay, -back);
    const visits = Math.round(visitsPerDay * (back === 0 ? 1 : 0.5 + ((back * 37) % 10) / 20));
    const made = syntheticDay(catalog, { day, visits, seed: 'report-screenshots' });
    data.visits.push(...made.visits);
    data.events.push(...made.events);
    data.tickets.push(...made.tickets);
  }
  return data;
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
