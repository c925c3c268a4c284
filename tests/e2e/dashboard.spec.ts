/**
 * The office dashboard in Chromium against a real hub on loopback (in-memory PGlite, started in
 * this test): a manager signs in through the form, sees their office's kiosks and the day's
 * report figures, switches to English; every page passes axe in both languages.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hubReport } from '../../hub/reports/index';
import { seedOffice, seededManager, startTestHub, type TestHub } from './support/hub';

/** 13:40 in Riyadh on Sunday 22 November 2026. */
const now = Date.parse('2026-11-22T13:40:00+03:00');

let hub: TestHub;
let today: string;

test.beforeAll(async () => {
  hub = await startTestHub({ now: () => now });
  ({ today } = await seedOffice(hub.db, now));
});

test.afterAll(async () => {
  await hub.close();
});

test.use({ viewport: { width: 1440, height: 900 } });

async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
  // Every control is at least 44 px high: easy to hit on a tablet.
  const small = await page
    .locator('main button, main input, main select, header button, header a, nav a, main .button')
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.getBoundingClientRect().height < 44)
        .map((element) => element.outerHTML.slice(0, 80)),
    );
  expect(small).toEqual([]);
}

function figure(page: Page, label: string) {
  return page
    .locator('.figures__item', { has: page.getByText(label, { exact: true }) })
    .locator('dd');
}

test('a manager signs in, sees the kiosks and the day report, in Arabic and English', async ({
  page,
}) => {
  // Two languages, each page checked with axe: a long walk, given room on a busy machine.
  test.slow();
  const expected = await hubReport(
    hub.db,
    { kind: 'office', officeId: 'office-riyadh' },
    { from: today, to: today },
    now,
    'ar',
  );
  expect(expected.report.totals.visits).toBeGreaterThan(0);

  await page.goto(`${hub.url}/`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تسجيل الدخول إلى لوحة المكتب');
  await expectAccessible(page);

  // A wrong password first: one message, no hint which field was wrong.
  await page.getByLabel('الاسم').fill(seededManager.name);
  await page.getByLabel('كلمة المرور').fill('not the password');
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(page.getByRole('alert')).toContainText('الاسم أو كلمة المرور غير صحيحة');
  await expectAccessible(page);

  await page.getByLabel('كلمة المرور').fill(seededManager.password);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الأجهزة');
  const kiosks = page.getByRole('table');
  await expect(kiosks.getByRole('rowheader')).toHaveText([
    'جهاز المبنى الملحق',
    'جهاز المدخل الرئيسي',
    'جهاز قاعة الانتظار',
  ]);
  await expect(kiosks.getByRole('row', { name: /جهاز المبنى الملحق/ })).toContainText(
    'لم يتصل منذ أكثر من 24 ساعة',
  );
  await expect(page.getByText('Jeddah kiosk')).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'التقارير' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تقرير الزيارات');
  await expect(figure(page, 'الزيارات')).toHaveText(String(expected.report.totals.visits));
  await expect(figure(page, 'بمساعدة موظف')).toHaveText(String(expected.report.totals.assisted));
  await expect(page.getByRole('heading', { name: 'الزيارات حسب ساعة اليوم' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Visit report');
  await expect(figure(page, 'Visits')).toHaveText(String(expected.report.totals.visits));
  await expectAccessible(page);

  // The week, with the day chart.
  await page.getByLabel('Period').selectOption('week');
  await page.getByRole('button', { name: 'Show report' }).click();
  await expect(page.getByRole('heading', { name: 'Visits by day' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Kiosks' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiosks');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Content versions' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Published content versions');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('إصدارات المحتوى المنشورة');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'تسجيل الخروج' }).click();
  await expect(page.getByRole('status')).toHaveText('تم تسجيل خروجك.');
  await page.goto(`${hub.url}/dashboard`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تسجيل الدخول إلى لوحة المكتب');
});

test('the CSV and PDF links download files and the print page is laid out for A4', async ({
  page,
}) => {
  await page.goto(`${hub.url}/?lang=en`);
  await page.getByLabel('Name').fill(seededManager.name);
  await page.getByLabel('Password').fill(seededManager.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Reports' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Summary (CSV)' }).click();
  expect((await download).suggestedFilename()).toBe(`rukn-report-${today}.csv`);
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'The report on A4 (PDF)' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe(`rukn-report-${today}.pdf`);
  const stream = await pdf.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(bytes.toString('latin1')).toContain('/Lang (en-GB)');
  await page.getByRole('link', { name: 'Print the report' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Visit report');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expectAccessible(page);
});
