/**
 * Screenshots of the registration guide, the eligibility check and the printed checklist, in
 * Arabic and English, modelled on scripts/screenshots.ts. Portrait (1080x1920) shots go to
 * docs/screenshots (committed, so kept to the viewport); landscape (1920x1080) ones to the folder
 * given by --landscape-dir (default: a temp folder) for review. The printed checklist is the
 * print PDF's first page, rendered with poppler's pdftoppm at 60 dpi.
 * Usage: npm run build && tsx scripts/screenshotsGuide.ts [--landscape-dir DIR]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { takeShots, type Lang, type Shot } from './screenshotKit';

const port = 4181;

/** What the script taps, by accessible name, in each language. */
const labels = {
  ar: {
    start: 'ابدأ بالعربية',
    guide: /التسجيل في الضمان الاجتماعي المطور خطوة بخطوة/,
    eligibility: /تحقق مبدئي من أهليتك/,
    begin: 'ابدأ',
    step: /جهّز ما تحتاجه/,
    checklist: 'تحقق مما عندك الآن',
    showMissing: 'أظهر ما ينقصني',
    saudi: 'نعم',
    nonSaudi: 'لا',
    none: 'لا شيء من هذه',
    stayed: /أو أقل/,
    alone: /^وحدي/,
    dontKnow: 'لا أعرف',
    next: 'متابعة',
    result: 'اعرض النتيجة',
    print: 'اطبع قائمتي',
  },
  en: {
    start: 'Start in English',
    guide: /Register in the updated social security/,
    eligibility: /Check if you may qualify/,
    begin: 'Start',
    step: /Get ready/,
    checklist: 'Check what I already have',
    showMissing: 'Show what I still need',
    saudi: 'Yes',
    nonSaudi: 'No',
    none: 'None of these',
    stayed: /or less/,
    alone: /^Alone/,
    dontKnow: "I don't know",
    next: 'Continue',
    result: 'See the result',
    print: 'Print my checklist',
  },
} as const;

async function begin(page: Page, lang: Lang): Promise<void> {
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('html[data-ready="true"]').waitFor();
  await page.getByRole('button', { name: labels[lang].start }).click();
}

async function openGuide(page: Page, lang: Lang): Promise<void> {
  await begin(page, lang);
  await page.getByRole('button', { name: labels[lang].guide }).click();
}

async function choose(page: Page, lang: Lang, option: string | RegExp): Promise<void> {
  await page.getByRole('radio', { name: option, exact: true }).check();
  await page.getByRole('button', { name: labels[lang].next }).click();
}

async function typeNumber(page: Page, lang: Lang, digits: string): Promise<void> {
  for (const digit of digits) {
    await page.getByRole('button', { name: digit, exact: true }).click();
  }
  await page.getByRole('button', { name: labels[lang].next }).click();
}

/** Answers every question (Saudi, in the Kingdom, alone) with the given income. */
async function answerAll(page: Page, lang: Lang, income: string | 'dont-know'): Promise<void> {
  await begin(page, lang);
  await page.getByRole('button', { name: labels[lang].eligibility }).click();
  await choose(page, lang, labels[lang].saudi);
  await choose(page, lang, labels[lang].stayed);
  await choose(page, lang, labels[lang].alone);
  if (income === 'dont-know') {
    await page.getByRole('button', { name: labels[lang].dontKnow, exact: true }).click();
  } else {
    await typeNumber(page, lang, income);
  }
}

async function seeResult(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('button', { name: labels[lang].result }).click();
}

const shots: readonly Shot[] = [
  { name: 'guide-start', reach: openGuide },
  {
    name: 'guide-step',
    reach: async (page, lang) => {
      await openGuide(page, lang);
      await page.getByRole('button', { name: labels[lang].begin, exact: true }).click();
      await page.getByRole('button', { name: labels[lang].step }).click();
    },
  },
  {
    name: 'guide-checklist',
    isReviewOnly: true,
    reach: async (page, lang) => {
      await openGuide(page, lang);
      await page.getByRole('button', { name: labels[lang].checklist }).first().click();
      const boxes = page.getByRole('checkbox');
      await boxes.nth(0).click();
      await boxes.nth(3).click();
    },
  },
  {
    name: 'guide-missing',
    reach: async (page, lang) => {
      await openGuide(page, lang);
      await page.getByRole('button', { name: labels[lang].checklist }).first().click();
      const boxes = page.getByRole('checkbox');
      await boxes.nth(0).click();
      await boxes.nth(3).click();
      await page.getByRole('button', { name: labels[lang].showMissing }).click();
    },
  },
  {
    name: 'eligibility-question',
    reach: async (page, lang) => {
      await begin(page, lang);
      await page.getByRole('button', { name: labels[lang].eligibility }).click();
    },
  },
  {
    name: 'eligibility-income',
    reach: async (page, lang) => {
      await begin(page, lang);
      await page.getByRole('button', { name: labels[lang].eligibility }).click();
      await choose(page, lang, labels[lang].saudi);
      await choose(page, lang, labels[lang].stayed);
      await choose(page, lang, labels[lang].alone);
      for (const digit of '1500') {
        await page.getByRole('button', { name: digit, exact: true }).click();
      }
    },
  },
  {
    name: 'eligibility-error',
    isReviewOnly: true,
    reach: async (page, lang) => {
      await begin(page, lang);
      await page.getByRole('button', { name: labels[lang].eligibility }).click();
      await page.getByRole('button', { name: labels[lang].next }).click();
      await page.getByRole('alert').waitFor();
    },
  },
  {
    name: 'eligibility-check-answers',
    reach: async (page, lang) => answerAll(page, lang, '1500'),
  },
  {
    name: 'eligibility-likely',
    reach: async (page, lang) => {
      await answerAll(page, lang, '0');
      await seeResult(page, lang);
    },
  },
  {
    name: 'eligibility-may-be',
    reach: async (page, lang) => {
      await answerAll(page, lang, 'dont-know');
      await seeResult(page, lang);
    },
  },
  {
    name: 'eligibility-likely-not',
    reach: async (page, lang) => {
      await answerAll(page, lang, '9000');
      await seeResult(page, lang);
    },
  },
];

/** Renders the printed checklist (after "What do I have?") to PDF, then its page 1 to PNG. */
async function printedChecklist(page: Page, lang: Lang, file: string): Promise<void> {
  await page.addInitScript('window.print = () => undefined;');
  await openGuide(page, lang);
  await page.getByRole('button', { name: labels[lang].checklist }).first().click();
  await page.getByRole('checkbox').nth(0).click();
  await page.getByRole('button', { name: labels[lang].showMissing }).click();
  await page.getByRole('button', { name: labels[lang].print }).click();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const work = mkdtempSync(path.join(os.tmpdir(), 'rukn-print-'));
  try {
    const pdfFile = path.join(work, 'checklist.pdf');
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

void takeShots({
  port,
  shots,
  extraPortrait: async (browser, lang, dir) => {
    const context = await browser.newContext({
      viewport: { width: 1080, height: 1920 },
      reducedMotion: 'reduce',
    });
    const file = path.join(dir, `guide-print-${lang}.png`);
    await printedChecklist(await context.newPage(), lang, file);
    console.info(`print ${file}`);
    await context.close();
  },
});
