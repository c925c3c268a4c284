/**
 * Screenshots of the visit report screen with a synthetic week, in Arabic and English, portrait
 * (1080x1920) and landscape (1920x1080), into docs/screenshots as `report-<shot>-<lang>.png` and
 * `report-<shot>-<lang>-landscape.png`; and the exported PDF's first page as
 * `report-pdf-<lang>.png`. The screen is shown as tests/e2e/support/reportScreen.ts shows it. The
 * PDF is Chromium's print to PDF of the same page (what Electron's printToPDF makes); its text is
 * read back with poppler's pdftotext, and the script fails if a section heading is missing from it.
 * Usage: npm run build && tsx scripts/screenshotsReport.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { launchOptions } from '../tests/e2e/support/browser';
import {
  comparablePdfText,
  pdfText,
  seedReportData,
  showReportScreen,
  syntheticDays,
} from '../tests/e2e/support/reportScreen';
import { portraitDir, type Lang } from './screenshotKit';
import { startServer } from './serve';

const port = 4194;

/** 18:30 in Riyadh on Wednesday 25 November 2026: the day's report, nearly complete. */
const now = Date.parse('2026-11-25T18:30:00+03:00');

const labels = {
  ar: {
    week: 'آخر 7 أيام',
    byDay: 'الزيارات حسب اليوم',
    missing: /عمليات بحث لم تجد شيئًا/,
    headings: ['تقرير الزيارات', 'الزيارات حسب الساعة', 'تذاكر طلب المساعدة', 'عمليات بحث لم تجد'],
  },
  en: {
    week: 'Last 7 days',
    byDay: 'Visits by day',
    missing: /Searches that found nothing/,
    headings: [
      'Visit report',
      'Visits by hour',
      'Help tickets',
      'Searches that found nothing: the answers the office is missing',
    ],
  },
} as const;

const week = syntheticDays('2026-11-25', 7, 64);

async function showReport(page: Page, lang: Lang): Promise<void> {
  await page.clock.install({ time: now });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await seedReportData(page, week);
  await showReportScreen(page, {
    lang,
    kioskName: 'ركن سوق الأسر المنتجة',
    // The market is busiest after Maghrib: this corner closes late.
    closingTime: '22:00',
  });
}

type Shot = {
  readonly name: string;
  /** After the screen shows today's report: what to tap or scroll to. */
  readonly reach: (page: Page, lang: Lang) => Promise<void>;
};

async function scrollToHeading(page: Page, name: string | RegExp): Promise<void> {
  await page
    .getByRole('heading', { level: 3, name })
    .evaluate((heading) => heading.closest('section')?.scrollIntoView({ block: 'start' }));
}

const shots: readonly Shot[] = [
  { name: 'today', reach: async () => undefined },
  {
    name: 'week',
    reach: async (page, lang) => {
      await page.getByRole('button', { name: labels[lang].week }).click();
      await page.getByRole('heading', { level: 3, name: labels[lang].byDay }).waitFor();
      await scrollToHeading(page, labels[lang].byDay);
    },
  },
  {
    name: 'missing',
    reach: async (page, lang) => scrollToHeading(page, labels[lang].missing),
  },
];

/** Prints the report page to PDF, checks its text, and renders its first page to `file`. */
async function printedReport(page: Page, lang: Lang, file: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const { text, pages } = pdfText(pdf);
  const found = comparablePdfText(text);
  const missing = labels[lang].headings.filter(
    (heading) => !found.includes(comparablePdfText(heading)),
  );
  if (missing.length > 0) {
    throw new Error(`the ${lang} PDF's text lacks ${missing.join(', ')}:\n${text.slice(0, 800)}`);
  }
  console.info(`${lang} PDF: ${pages} pages, headings found by pdftotext`);
  const work = mkdtempSync(path.join(os.tmpdir(), 'rukn-report-pdf-'));
  try {
    const pdfFile = path.join(work, 'report.pdf');
    writeFileSync(pdfFile, pdf);
    const prefix = path.join(work, 'page');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdfFile,
      prefix,
    ]);
    renameSync(`${prefix}.png`, file);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function takeAll(browser: Browser): Promise<void> {
  const orientations = [
    ['', { width: 1080, height: 1920 }],
    ['-landscape', { width: 1920, height: 1080 }],
  ] as const;
  for (const [suffix, viewport] of orientations) {
    for (const lang of ['ar', 'en'] as const) {
      for (const shot of shots) {
        const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await showReport(page, lang);
        await shot.reach(page, lang);
        const file = path.join(portraitDir, `report-${shot.name}-${lang}${suffix}.png`);
        await page.screenshot({ path: file });
        console.info(file);
        await context.close();
      }
    }
  }
  for (const lang of ['ar', 'en'] as const) {
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    const page = await context.newPage();
    await showReport(page, lang);
    const file = path.join(portraitDir, `report-pdf-${lang}.png`);
    await printedReport(page, lang, file);
    console.info(file);
    await context.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(portraitDir, { recursive: true });
  const server = await startServer(port);
  const browser = await chromium.launch(launchOptions());
  try {
    await takeAll(browser);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
