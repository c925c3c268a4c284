/**
 * Screenshots of the office dashboard the hub serves, in Arabic and English, at 1440x900 (a
 * desktop monitor) into docs/screenshots as `dashboard-<page>-<lang>.png`, and the week's report
 * at 1920x1080 as `dashboard-report-<lang>-1920.png`. The hub runs in this process (in-memory
 * PGlite, tests/e2e/support/hub.ts) with a fixed clock and a seeded office; the pages are reached
 * as a manager would: the sign-in form, then the navigation. The week's PDF download is drawn
 * page by page with poppler's pdftoppm as `dashboard-report-pdf-<lang>-<page>.png` (first two
 * pages; skipped, saying so, where pdftoppm is missing).
 * Usage: npm run screenshots:dashboard
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../tests/e2e/support/browser';
import { seedOffice, seededManager, startTestHub } from '../tests/e2e/support/hub';

const dir = path.resolve(__dirname, '..', 'docs', 'screenshots');

/** 13:40 in Riyadh on Sunday 22 November 2026: the office is open, the day's report is filling up. */
const now = Date.parse('2026-11-22T13:40:00+03:00');

const names = {
  ar: {
    name: 'الاسم',
    password: 'كلمة المرور',
    signIn: 'تسجيل الدخول',
    report: 'التقارير',
    content: 'إصدارات المحتوى',
    week: 'سبعة أيام تنتهي بالتاريخ',
    show: 'اعرض التقرير',
    pdf: 'التقرير على ورق A4 ‏(PDF)',
  },
  en: {
    name: 'Name',
    password: 'Password',
    signIn: 'Sign in',
    report: 'Reports',
    content: 'Content versions',
    week: 'Seven days ending on the date',
    show: 'Show report',
    pdf: 'The report on A4 (PDF)',
  },
} as const;

/** `--review DIR`: also whole pages, top to bottom, for review (not committed). */
const reviewFlag = process.argv.indexOf('--review');
const reviewDir = reviewFlag > 0 ? path.resolve(process.argv[reviewFlag + 1] ?? '') : undefined;

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate('document.fonts.ready');
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  console.info(file);
  if (reviewDir !== undefined) {
    mkdirSync(reviewDir, { recursive: true });
    await page.screenshot({ path: path.join(reviewDir, `${name}-full.png`), fullPage: true });
  }
}

/** The first pages of the report's PDF download, as PNG files. */
async function pdfPages(page: Page, lang: string, label: string): Promise<void> {
  if (spawnSync('pdftoppm', ['-v']).status !== 0) {
    console.info('pdftoppm is missing (poppler-utils): no pictures of the PDF download');
    return;
  }
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: label }).click();
  const work = mkdtempSync(path.join(tmpdir(), 'rukn-pdf-'));
  try {
    const file = path.join(work, 'report.pdf');
    await (await download).saveAs(file);
    const prefix = path.join(dir, `dashboard-report-pdf-${lang}`);
    const run = spawnSync('pdftoppm', ['-r', '110', '-png', '-f', '1', '-l', '2', file, prefix]);
    if (run.status !== 0) throw new Error(`pdftoppm failed: ${String(run.stderr)}`);
    console.info(`${prefix}-1.png, ${prefix}-2.png`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const hub = await startTestHub({ now: () => now });
  await seedOffice(hub.db, now);
  // Two published versions: kiosks receive the newer one.
  for (const [version, at, key] of [
    ['2026.11.01-1', Date.parse('2026-11-01T09:12:00+03:00'), 'k7Qm2cX9vT4a'],
    ['2026.11.18-2', Date.parse('2026-11-18T16:05:00+03:00'), 'k7Qm2cX9vT4a'],
  ] as const) {
    await hub.db.query(
      `INSERT INTO content_bundles (version, published_at, key_id, envelope, etag, created_at)
       VALUES ($1, $2, $3, '{}', $4, $2)`,
      [version, at, key, `"${version}"`],
    );
  }
  const browser = await chromium.launch(launchOptions());
  try {
    for (const lang of ['ar', 'en'] as const) {
      const words = names[lang];
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        reducedMotion: 'reduce',
        acceptDownloads: true,
      });
      const page = await context.newPage();
      await page.goto(`${hub.url}/?lang=${lang}`);
      await shot(page, `dashboard-signin-${lang}`);
      await page.getByLabel(words.name).fill(seededManager.name);
      await page.getByLabel(words.password).fill(seededManager.password);
      await page.getByRole('button', { name: words.signIn }).click();
      await page.waitForURL(/\/dashboard$/);
      await shot(page, `dashboard-kiosks-${lang}`);
      await page.getByRole('link', { name: words.report }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await shot(page, `dashboard-report-${lang}`);
      await page
        .getByLabel(words.content === 'Content versions' ? 'Period' : 'الفترة')
        .selectOption('week');
      await page.getByRole('button', { name: words.show }).click();
      await page.waitForURL(/period=week/);
      await page.setViewportSize({ width: 1920, height: 1080 });
      await shot(page, `dashboard-report-${lang}-1920`);
      await pdfPages(page, lang, words.pdf);
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.getByRole('link', { name: words.content }).click();
      await page.waitForURL(/\/dashboard\/content$/);
      await shot(page, `dashboard-content-${lang}`);
      if (reviewDir !== undefined) {
        await page.goto(`${hub.url}/dashboard/report/print?period=day&date=2026-11-22`);
        await page.pdf({ path: path.join(reviewDir, `dashboard-print-${lang}.pdf`), format: 'A4' });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await hub.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
