/**
 * The day's report as the office receives it: a backup of a known day is brought in through the
 * staff screen, the report's CSV is exported and parsed back to the same figures the aggregation
 * gives for that day, and the PDF of the report page holds its Arabic headings as text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import { aggregateReport } from '../../core/report/aggregate';
import { kioskDay, reportOptionsFor } from '../../core/report/options';
import { shippedContentBundle } from '../../scripts/contentFiles';
import { seedBackup } from '../../scripts/seed';
import { staffDriver } from './support/staff';
import { kioskDriver } from './support/kiosk';
import { parseCsv } from '../fixtures/report/parseCsv';

const today = kioskDay(Date.now());
const backup = seedBackup({ sessions: 150, date: today, seed: 'e2e-report', kioskId: 'e2e' });
const expected = aggregateReport(
  { visits: backup.visits, events: backup.events, tickets: backup.tickets },
  reportOptionsFor(shippedContentBundle(), today, today, Date.now()),
);

async function bringInBackup(page: Page) {
  const kiosk = kioskDriver(page);
  const staff = staffDriver(page);
  await kiosk.open();
  await staff.openEntrance();
  await staff.createAdmin();
  await staff.openSection('النسخ الاحتياطي');
  await page.getByLabel('اختر ملف النسخة الاحتياطية').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(page.getByRole('status').filter({ hasText: 'أُدخلت النسخة' })).toBeVisible();
  await staff.openSection('التقرير');
  // The day's figures are read after the title is drawn: wait for its sections.
  await expect(page.getByRole('heading', { name: 'الزيارات حسب الساعة' })).toBeVisible();
  return staff;
}

test("the exported summary CSV, parsed, gives the day's figures, with a BOM for Excel", async ({
  page,
}) => {
  await bringInBackup(page);
  const downloads: Promise<Download>[] = [];
  page.on('download', (download) => downloads.push(Promise.resolve(download)));
  await page.getByRole('button', { name: 'صدّر ملفات CSV' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  const files = await Promise.all(downloads);
  const summary = files.find((file) => file.suggestedFilename().startsWith('rukn-report-'));
  const visits = files.find((file) => file.suggestedFilename().startsWith('rukn-visits-'));
  if (!summary || !visits) throw new Error('the two report files were not both saved');
  const summaryText = readFileSync(await summary.path(), 'utf8');
  expect(summaryText.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(summaryText.slice(1));
  const value = (section: string, key: string) =>
    rows.find((row) => row[0] === section && row[1] === key)?.[3];
  expect(value('totals', 'visits')).toBe(String(expected.totals.visits));
  expect(value('totals', 'assisted')).toBe(String(expected.totals.assisted));
  expect(value('totals', 'medianVisitSeconds')).toBe(String(expected.totals.medianVisitSeconds));
  expect(value('byLanguage', 'ar')).toBe(String(expected.byLanguage.ar));
  expected.byHour.forEach((count, hour) =>
    expect(value('byHour', String(hour).padStart(2, '0'))).toBe(String(count)),
  );
  // Arabic labels arrive intact.
  expect(summaryText).toContain('الزيارات');

  const visitRows = parseCsv(readFileSync(await visits.path(), 'utf8').slice(1));
  expect(visitRows.length - 1).toBe(expected.totals.visits);
  // No cell can start a formula in Excel.
  for (const row of [...rows, ...visitRows]) {
    for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  }
});

test("the report page's PDF holds its Arabic headings as text", async ({ page }) => {
  await bringInBackup(page);
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(path.join(tmpdir(), 'rukn-report-pdf-'));
  const file = path.join(dir, 'report.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  // pdftotext marks direction with embedding controls and, at large sizes, guesses a space after
  // letters that do not join the next one («تقر ير»): compare the letters, in their order.
  const letters = (value: string) => value.replace(/[\s\u202a-\u202e\u200e\u200f]/g, '');
  expect(letters(text)).toContain(letters('تقرير الزيارات'));
  expect(letters(text)).toContain(letters('الزيارات حسب الساعة'));
  expect(letters(text)).toContain(letters('نظرة عامة'));
});
