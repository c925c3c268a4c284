/**
 * Screenshots of the visit report screen with synthetic data, in Arabic and English, portrait
 * (1080x1920) and landscape (1920x1080), into docs/screenshots as `report-<shot>-<lang>.png` and
 * `report-<shot>-<lang>-landscape.png`; and the exported PDF's first page as
 * `report-pdf-<lang>.png`. The screen is shown by its harness (renderer/features/report/
 * reportHarness.tsx, bundled here) on the page the kiosk serves, until the staff dashboard that
 * holds it exists. The PDF is Chromium's print to PDF of the same page (what Electron's
 * printToPDF makes); its text is read back with poppler's pdftotext, and the script fails if an
 * Arabic or English section heading is missing from it.
 * Usage: npm run build && tsx scripts/screenshotsReport.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from '@playwright/test';
import { launchOptions } from '../tests/e2e/support/browser';
import { portraitDir, type Lang } from './screenshotKit';
import { startServer } from './serve';

const port = 4194;
const root = path.resolve(__dirname, '..');

/** 18:30 in Riyadh on Wednesday 25 November 2026: the day is over, its report complete. */
const now = Date.parse('2026-11-25T18:30:00+03:00');

const labels = {
  ar: {
    title: 'تقرير الزيارات',
    week: 'آخر 7 أيام',
    byDay: 'الزيارات حسب اليوم',
    missing: /عمليات بحث لم تجد شيئًا/,
    headings: ['تقرير الزيارات', 'الزيارات حسب الساعة', 'تذاكر طلب المساعدة', 'عمليات بحث لم تجد'],
  },
  en: {
    title: 'Visit report',
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

/**
 * Text as pdftotext gives it back from Chromium's PDF, made comparable: without the bidi controls
 * it wraps right-to-left runs in, and without white space (it splits and joins lines by where the
 * glyphs sit). Applied to both sides of a comparison. What it cannot undo, and so what the
 * headings checked avoid: in Arabic, a few letter pairs whose glyphs overlap come out swapped
 * (lam-alef «لأ» as «أل», «سر» as «رس», «بر» as «رب», «تي» as «يت»), vowel marks move, and
 * punctuation next to a space moves across it. The printed page itself is right.
 */
function comparablePdfText(text: string): string {
  return text.replace(/[\p{Cf}\s]/gu, '');
}

type Harness = { readonly script: string; readonly css: string };

/** Bundles the harness into one script and its style sheet. */
async function bundleHarness(): Promise<Harness> {
  const result = await build({
    entryPoints: [path.join(root, 'renderer', 'features', 'report', 'reportHarness.tsx')],
    bundle: true,
    write: false,
    outdir: path.join(os.tmpdir(), 'rukn-report-harness'),
    format: 'iife',
    target: 'chrome130',
    jsx: 'automatic',
    define: { __APP_VERSION__: JSON.stringify('screenshots') },
    logLevel: 'silent',
  });
  const text = (extension: string) =>
    result.outputFiles.find((file) => file.path.endsWith(extension))?.text ?? '';
  return { script: text('.js'), css: text('.css') };
}

/** Opens the kiosk page and shows the report screen on it, as of `now`, filled with 7 days. */
async function showReport(page: Page, lang: Lang, harness: Harness): Promise<void> {
  // The style sheet is served from the kiosk's own origin, so the strict CSP lets it in.
  await page.route('**/report-harness.css', (route) =>
    route.fulfill({ body: harness.css, contentType: 'text/css' }),
  );
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await page.evaluate(() => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'report-harness.css';
    document.head.append(link);
    return new Promise((resolve) => link.addEventListener('load', resolve));
  });
  await page.evaluate(harness.script);
  await page.evaluate(
    (options) => {
      const show = (globalThis as { ruknReportHarness?: (value: unknown) => Promise<void> })
        .ruknReportHarness;
      if (!show) throw new Error('report harness not loaded');
      return show(options);
    },
    { lang, now, lastDay: '2026-11-25', days: 7, visitsPerDay: 64 },
  );
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await page.evaluate('document.fonts.ready');
}

type Shot = {
  readonly name: string;
  /** After the screen shows today's report: what to tap or scroll to. */
  readonly reach: (page: Page, lang: Lang) => Promise<void>;
};

async function scrollToHeading(page: Page, name: string | RegExp): Promise<void> {
  await page
    .getByRole('heading', { level: 2, name })
    .evaluate((heading) => heading.closest('section')?.scrollIntoView({ block: 'start' }));
}

const shots: readonly Shot[] = [
  { name: 'today', reach: async () => undefined },
  {
    name: 'week',
    reach: async (page, lang) => {
      await page.getByRole('button', { name: labels[lang].week }).click();
      await page.getByRole('heading', { level: 2, name: labels[lang].byDay }).waitFor();
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
  const work = mkdtempSync(path.join(os.tmpdir(), 'rukn-report-pdf-'));
  try {
    const pdfFile = path.join(work, 'report.pdf');
    writeFileSync(pdfFile, pdf);
    if (process.env.RUKN_KEEP_PDF) writeFileSync(`${process.env.RUKN_KEEP_PDF}-${lang}.pdf`, pdf);
    const text = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' });
    const found = comparablePdfText(text);
    const missing = labels[lang].headings.filter(
      (heading) => !found.includes(comparablePdfText(heading)),
    );
    if (missing.length > 0) {
      throw new Error(`the ${lang} PDF's text lacks ${missing.join(', ')}:\n${text.slice(0, 800)}`);
    }
    const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }));
    console.info(`${lang} PDF: ${pages?.[1] ?? '?'} pages, headings found by pdftotext`);
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

async function takeAll(browser: Browser, harness: Harness): Promise<void> {
  const orientations = [
    ['', { width: 1080, height: 1920 }],
    ['-landscape', { width: 1920, height: 1080 }],
  ] as const;
  for (const [suffix, viewport] of process.env.RUKN_KEEP_PDF ? [] : orientations) {
    for (const lang of ['ar', 'en'] as const) {
      for (const shot of shots) {
        const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await showReport(page, lang, harness);
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
    await showReport(page, lang, harness);
    const file = path.join(portraitDir, `report-pdf-${lang}.png`);
    await printedReport(page, lang, file);
    console.info(file);
    await context.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(portraitDir, { recursive: true });
  const harness = await bundleHarness();
  const server = await startServer(port);
  const browser = await chromium.launch(launchOptions());
  try {
    await takeAll(browser, harness);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
