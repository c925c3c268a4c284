/**
 * Screenshots of "Ask a staff member": the home choice, what happens, the ticket, the callback
 * request (before and after consent, a refused mobile number) and its confirmation, in Arabic and
 * English, portrait (1080x1920) and landscape (1920x1080), into docs/screenshots as
 * `help-<screen>-<lang>.png` and `help-<screen>-<lang>-landscape.png`.
 * Usage: npm run build && tsx scripts/screenshotsHelp.ts [shot names]
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../tests/e2e/support/browser';
import { portraitDir, type Lang } from './screenshotKit';
import { startServer } from './serve';

const port = 4193;

/** What the script taps, by accessible name, in each language. */
const labels = {
  ar: {
    start: 'ابدأ بالعربية',
    ask: /اطلب مساعدة موظف/,
    take: 'خذ رقم انتظار',
    callback: 'اطلب أن يتصل بك الموظف',
    consent: /أوافق على حفظ اسمي/,
    keyboard: 'لوحة المفاتيح',
    name: 'نورة',
    next: 'متابعة',
    keypad: 'أزرار الأرقام',
    send: 'أرسل الطلب',
  },
  en: {
    start: 'Start in English',
    ask: /Ask a staff member/,
    take: 'Take a ticket',
    callback: 'Ask to be called back instead',
    consent: /I agree that my name/,
    keyboard: 'Keyboard',
    name: 'sara',
    next: 'Continue',
    keypad: 'Number keys',
    send: 'Send my request',
  },
} as const;

type Scroll = 'top' | 'as-left';

type HelpShot = {
  readonly name: string;
  readonly scroll: Scroll;
  readonly reach: (page: Page, lang: Lang) => Promise<void>;
};

async function begin(page: Page, lang: Lang): Promise<void> {
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('html[data-ready="true"]').waitFor();
  await page.getByRole('button', { name: labels[lang].start }).click();
}

async function openHelp(page: Page, lang: Lang): Promise<void> {
  await begin(page, lang);
  await page.getByRole('button', { name: labels[lang].ask }).click();
}

async function takeTicket(page: Page, lang: Lang): Promise<void> {
  await openHelp(page, lang);
  await page.getByRole('button', { name: labels[lang].take }).click();
  await page.locator('.ticket__number').waitFor();
}

async function toName(page: Page, lang: Lang): Promise<void> {
  await takeTicket(page, lang);
  await page.getByRole('button', { name: labels[lang].callback }).click();
  await page.getByRole('checkbox', { name: labels[lang].consent }).check();
  const keyboard = page.getByRole('group', { name: labels[lang].keyboard });
  for (const char of labels[lang].name) {
    await keyboard.getByRole('button', { name: char, exact: true }).click();
  }
}

async function toMobile(page: Page, lang: Lang): Promise<void> {
  await toName(page, lang);
  await page.getByRole('button', { name: labels[lang].next }).click();
}

async function press(page: Page, lang: Lang, digits: string): Promise<void> {
  const keypad = page.getByRole('group', { name: labels[lang].keypad });
  for (const digit of digits) {
    await keypad.getByRole('button', { name: digit, exact: true }).click();
  }
}

const shots: readonly HelpShot[] = [
  {
    name: 'home',
    scroll: 'as-left',
    reach: async (page, lang) => {
      await begin(page, lang);
      await page.getByRole('button', { name: labels[lang].ask }).scrollIntoViewIfNeeded();
    },
  },
  { name: 'intro', scroll: 'top', reach: openHelp },
  { name: 'ticket', scroll: 'top', reach: takeTicket },
  {
    name: 'callback-consent',
    scroll: 'top',
    reach: async (page, lang) => {
      await takeTicket(page, lang);
      await page.getByRole('button', { name: labels[lang].callback }).click();
    },
  },
  { name: 'callback-name', scroll: 'as-left', reach: toName },
  {
    name: 'callback-mobile-error',
    scroll: 'as-left',
    reach: async (page, lang) => {
      await toMobile(page, lang);
      await press(page, lang, '0138');
      await page.getByRole('button', { name: labels[lang].send }).click();
      await page.getByRole('alert').waitFor();
    },
  },
  {
    name: 'callback-done',
    scroll: 'top',
    reach: async (page, lang) => {
      await toMobile(page, lang);
      await press(page, lang, '0551234567');
      await page.getByRole('button', { name: labels[lang].send }).click();
      await page.locator('.help-done').waitFor();
    },
  },
];

async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  mkdirSync(portraitDir, { recursive: true });
  const server = await startServer(port);
  const browser = await chromium.launch(launchOptions());
  try {
    for (const [suffix, viewport] of [
      ['', { width: 1080, height: 1920 }],
      ['-landscape', { width: 1920, height: 1080 }],
    ] as const) {
      for (const lang of ['ar', 'en'] as const) {
        for (const shot of shots) {
          if (only.length > 0 && !only.includes(shot.name)) continue;
          const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
          const page = await context.newPage();
          await shot.reach(page, lang);
          await page.evaluate('document.fonts.ready');
          if (shot.scroll === 'top') await page.evaluate('window.scrollTo(0, 0)');
          await settle(page);
          const file = path.join(portraitDir, `help-${shot.name}-${lang}${suffix}.png`);
          await page.screenshot({ path: file });
          console.info(file);
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

void main();
