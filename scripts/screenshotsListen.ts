/**
 * Screenshots of listen mode and the keypad: the attract screen's Listen button, home with the
 * keypad's focus on it, the listening panel, an answer being read, a choice focused from the
 * keypad, and the panel where the kiosk has no voice for the language. Arabic and English,
 * portrait (1080x1920) and landscape (1920x1080), into docs/screenshots as
 * `listen-<shot>-<lang>[-landscape].png`. Speech is the recording stand-in the end-to-end tests
 * use, with one voice per language (or none for the displayed one).
 * Usage: npm run build && tsx scripts/screenshotsListen.ts [shot …]
 */
import type { Page } from '@playwright/test';
import {
  arabicVoice,
  englishVoice,
  installFakeSpeech,
  type FakeVoice,
} from '../tests/e2e/support/speech';
import { chooseTextSize } from '../tests/e2e/support/kiosk';
import { takeDocShots, type Lang } from './screenshotKit';

const port = 4188;

const names = {
  ar: {
    start: 'ابدأ بالعربية',
    faq: /أسئلة عن الضمان/,
    topic: /المواعيد والمبالغ/,
    eligibility: /تحقق مبدئي من أهليتك/,
    panel: 'الاستماع يعمل',
  },
  en: {
    start: 'Start in English',
    faq: /Questions about social security/,
    topic: /Payment dates and amounts/,
    eligibility: /Check if you may qualify/,
    panel: 'Listening is on',
  },
} as const;

async function open(page: Page, voices: readonly FakeVoice[] = [arabicVoice, englishVoice]) {
  // Sentences take as long as a voice would, so an answer is still being read when captured.
  await installFakeSpeech(page, voices, 4000);
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('html[data-ready="true"]').waitFor();
}

/** Presses Down until the focused control's text matches. */
async function downTo(page: Page, name: RegExp): Promise<void> {
  for (let press = 0; press < 120; press += 1) {
    const text = await page.evaluate(() =>
      document.activeElement === document.body
        ? ''
        : ((document.activeElement as HTMLElement | null)?.innerText ?? ''),
    );
    if (name.test(text)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no control named ${String(name)}`);
}

/** A visit in listen mode, started the way a visitor in each language would (at a text size). */
async function listening(
  page: Page,
  lang: Lang,
  voices?: readonly FakeVoice[],
  textSize: 1 | 3 = 1,
) {
  await open(page, voices);
  await page.getByRole('button', { name: names[lang].start }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (textSize !== 1) await chooseTextSize(page, lang, textSize);
  await page.keyboard.press('F1');
  await page.getByRole('heading', { name: names[lang].panel }).waitFor();
}

void takeDocShots(port, 'listen', [
  { name: 'attract', capture: (page) => open(page) },
  {
    name: 'home-keys',
    capture: async (page, lang) => {
      await open(page);
      await page.getByRole('button', { name: names[lang].start }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.keyboard.press('ArrowDown');
      await downTo(page, lang === 'ar' ? /استمع/ : /Listen/);
    },
  },
  { name: 'panel', capture: (page, lang) => listening(page, lang) },
  {
    name: 'panel-largest',
    capture: (page, lang) => listening(page, lang, undefined, 3),
  },
  {
    name: 'answer',
    capture: async (page, lang) => {
      await listening(page, lang);
      await downTo(page, names[lang].faq);
      await page.keyboard.press('Enter');
      await downTo(page, names[lang].topic);
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.locator('.reading-controls').waitFor();
    },
  },
  {
    name: 'answer-largest',
    capture: async (page, lang) => {
      await listening(page, lang, undefined, 3);
      await downTo(page, names[lang].faq);
      await page.keyboard.press('Enter');
      await downTo(page, names[lang].topic);
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.locator('.reading-controls').waitFor();
      // Up to the panel, as a listener going to Carry on would.
      await page.keyboard.press('ArrowUp');
    },
  },
  {
    name: 'choice-keys-largest',
    capture: async (page, lang) => {
      await listening(page, lang, undefined, 3);
      await downTo(page, names[lang].eligibility);
      await page.keyboard.press('Enter');
      await page.getByRole('radiogroup').waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
    },
  },
  {
    name: 'choice-keys',
    capture: async (page, lang) => {
      await listening(page, lang);
      await downTo(page, names[lang].eligibility);
      await page.keyboard.press('Enter');
      await page.getByRole('radiogroup').waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    },
  },
  {
    name: 'no-voice',
    capture: (page, lang) => listening(page, lang, [lang === 'ar' ? englishVoice : arabicVoice]),
  },
]);
