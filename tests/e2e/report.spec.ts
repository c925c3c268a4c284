/**
 * The visit report as the office gets it: a day stored in the kiosk's database (the hand-checked
 * fixture day of tests/unit/core/report/aggregate.test.ts), shown on the report screen, exported
 * as CSV files whose figures, parsed, are the fixture's, and printed to a PDF whose text holds
 * the Arabic headings. The screen is reached as tests/e2e/support/reportScreen.ts says.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import * as fixtureDay from '../fixtures/report/day';
import { installStoreReader, kioskDriver } from './support/kiosk';
import {
  comparablePdfText,
  pdfText,
  seedReportData,
  showReportScreen,
} from './support/reportScreen';

let cspViolations: string[] = [];

// The report screen lives under the kiosk's strict CSP too: no inline style, no stray script.
test.beforeEach(({ page }) => {
  cspViolations = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
});

test.afterEach(() => {
  expect(cspViolations).toEqual([]);
});

/** Opens the kiosk with the fixture day stored, then the report screen, at 22:00 that day. */
async function openReport(page: Page, lang: 'ar' | 'en') {
  await installStoreReader(page);
  // A browser's "Export PDF" opens the print dialog; the test stands in for the staff member.
  await page.addInitScript('window.print = () => undefined;');
  // The report's "today" is the fixture's day, at 22:00.
  await page.clock.install({ time: fixtureDay.options.now });
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await seedReportData(page, fixtureDay.input);
  await showReportScreen(page, { lang });
  return kiosk;
}

/** The figure shown under a name in a section: `<dt>name</dt><dd>figure</dd>`. */
function figure(page: Page, section: string, name: string) {
  return page
    .getByRole('region', { name: section })
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${name.replace(/[()]/g, '\\$&')}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

/** Rows of a CSV file (RFC 4180: quoted cells may hold commas and doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let isQuoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (isQuoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') isQuoted = false;
      else cell += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

test('a day’s report shows its figures, and its CSV files carry the same ones', async ({
  page,
}) => {
  await openReport(page, 'ar');
  await expect(page.getByRole('heading', { level: 2, name: 'تقرير الزيارات' })).toBeVisible();
  await expect(figure(page, 'نظرة عامة', 'الزيارات')).toHaveText('8');
  await expect(figure(page, 'نظرة عامة', 'بمساعدة موظف')).toHaveText('2');
  await expect(figure(page, 'نظرة عامة', 'المدة المعتادة للزيارة (الوسيط)')).toHaveText('دقيقتان');
  await expect(figure(page, 'تذاكر طلب المساعدة', 'خُدموا')).toHaveText('3');

  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await page.getByRole('button', { name: 'صدّر ملفات CSV' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'حُفظ:' })).toContainText(
    'rukn-visits-2026-03-10.csv',
  );
  await expect.poll(() => downloads.length).toBe(2);
  expect(downloads.map((download) => download.suggestedFilename())).toEqual([
    'rukn-report-2026-03-10.csv',
    'rukn-visits-2026-03-10.csv',
  ]);

  const [summaryFile, visitsFile] = await Promise.all(
    downloads.map(async (download) => readFile(await download.path(), 'utf8')),
  );
  // UTF-8 with a byte order mark, so Excel opens the Arabic intact.
  expect(summaryFile?.startsWith('\uFEFF')).toBe(true);
  const summary = parseCsv((summaryFile ?? '').slice(1));
  const value = (section: string, key: string) =>
    summary.find((row) => row[0] === section && row[1] === key)?.[3];
  expect(summary[0]).toEqual(['القسم', 'المفتاح', 'البند', 'القيمة']);
  expect(value('totals', 'visits')).toBe('8');
  expect(value('totals', 'selfService')).toBe('6');
  expect(value('totals', 'assisted')).toBe('2');
  expect(value('totals', 'medianVisitSeconds')).toBe('120');
  expect(value('totals', 'endedByIdle')).toBe('3');
  expect(value('byLanguage', 'ar')).toBe('6');
  expect(value('byLanguage', 'en')).toBe('2');
  expect(value('tickets', 'count')).toBe('6');
  expect(value('tickets', 'medianWaitSeconds')).toBe('120');
  expect(value('tickets', 'p90WaitSeconds')).toBe('600');
  // A search typed as a formula arrives as text, never as a formula.
  const missing = summary.filter((row) => row[0] === 'missingAnswers' && row[1] !== '');
  expect(missing.map((row) => [row[2], row[3]])).toEqual([
    ['متى ينزل الدعم', '3'],
    [`'${fixtureDay.hyperlinkText}`, '1'],
    ['Pension', '1'],
    ['pension', '1'],
  ]);
  // One row per counted visit, under a header.
  expect(parseCsv((visitsFile ?? '').slice(1))).toHaveLength(9);

  const audit = await page.evaluate(() =>
    readStore<{ action: string; staffId?: string; detail?: string }>('auditLog'),
  );
  const admin = audit.find((entry) => entry.action === 'admin-created')?.staffId;
  expect(typeof admin).toBe('string');
  expect(
    audit
      .filter((entry) => entry.action === 'report-exported')
      .map((entry) => [entry.staffId, entry.detail]),
  ).toEqual([
    [admin, 'rukn-report-2026-03-10.csv'],
    [admin, 'rukn-visits-2026-03-10.csv'],
  ]);
});

test('the printed report is its own page, and its PDF text holds the Arabic headings', async ({
  page,
}) => {
  await openReport(page, 'ar');
  await page.getByRole('button', { name: 'صدّر ملف PDF' }).click();
  await expect(page.getByRole('status')).toContainText('نافذة الطباعة مفتوحة');

  await page.emulateMedia({ media: 'print' });
  const { text, pages } = pdfText(
    await page.pdf({ preferCSSPageSize: true, printBackground: true }),
  );
  const found = comparablePdfText(text);
  for (const heading of [
    'تقرير الزيارات',
    'نظرة عامة',
    'الزيارات حسب الساعة',
    'تذاكر طلب المساعدة',
    'عمليات بحث لم تجد',
  ]) {
    expect(found, heading).toContain(comparablePdfText(heading));
  }
  // Today is not over: the page says how far its figures go.
  expect(text).toContain('22:00');
  // The report only: neither its buttons nor anything of the kiosk around it.
  expect(found).not.toContain(comparablePdfText('صدّر ملفات CSV'));
  expect(found).not.toContain(comparablePdfText('أي الأيام'));
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(4);
});

test('a chosen day is stepped back and forth, never past today, and an empty one says so', async ({
  page,
}) => {
  await openReport(page, 'en');
  await page.getByRole('button', { name: 'One day' }).click();
  await expect(page.getByRole('button', { name: 'One day' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // "One day" starts on yesterday, 9 March, when one visit started just before midnight.
  await expect(page.locator('.report-period__date')).toContainText('9 March 2026');
  await page.getByRole('button', { name: 'Previous day' }).click();
  await expect(page.locator('.report-period__date')).toContainText('8 March 2026');
  await expect(page.getByText('There were no visits on this day.')).toBeVisible();
  await page.getByRole('button', { name: 'Next day' }).click();
  await page.getByRole('button', { name: 'Next day' }).click();
  await expect(page.locator('.report-period__date')).toContainText('10 March 2026');
  await expect(page.getByRole('button', { name: 'Next day' })).toBeDisabled();
  await expect(figure(page, 'At a glance', 'Visits')).toHaveText('8');
});

for (const lang of ['ar', 'en'] as const) {
  test(`the report screen is accessible in ${lang}`, async ({ page }) => {
    const kiosk = await openReport(page, lang);
    await kiosk.expectAccessible();
    await page.getByRole('button', { name: lang === 'ar' ? 'آخر 7 أيام' : 'Last 7 days' }).click();
    await expect(
      page.getByRole('heading', { name: lang === 'ar' ? 'الزيارات حسب اليوم' : 'Visits by day' }),
    ).toBeVisible();
    await kiosk.expectAccessible();
  });
}
