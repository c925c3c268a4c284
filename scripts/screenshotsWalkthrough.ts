/**
 * Screenshots of the screens a visitor walks through, at the largest text size, in Arabic and
 * English, portrait (1080x1920) and landscape (1920x1080), all into docs/screenshots as
 * `walk-<screen>-<lang>.png` and `walk-<screen>-<lang>-landscape.png`. Each shot shows what the
 * visitor sees after the last tap: the page is left where the kiosk scrolled it, unless the shot
 * says otherwise (the top, or the bottom of a long question).
 * Usage: npm run build && tsx scripts/screenshotsWalkthrough.ts
 */
import type { Page } from '@playwright/test';
import { shippedContentBundle } from './contentFiles';
import { takeDocShots, type Lang } from './screenshotKit';

const port = 4185;

const { dontKnow, questions } = shippedContentBundle().eligibility.texts;

/** What the script taps, by accessible name, in each language. */
const labels = {
  ar: {
    start: 'ابدأ بالعربية',
    textSize: 'حجم الخط',
    largest: 'أكبر',
    eligibility: /تحقق مبدئي من أهليتك/,
    guide: /التسجيل في الضمان الاجتماعي المطور خطوة بخطوة/,
    begin: 'ابدأ',
    next: 'متابعة',
    result: 'اعرض النتيجة',
    showQr: /اعرض رمز QR/,
    print: 'اطبع قائمتي',
    faq: /أسئلة عن الضمان/,
    topic: /مواعيد الصرف|المواعيد والمبالغ/,
    listen: 'استمع للإجابة',
    search: /اكتب سؤالك/,
    keyboard: 'لوحة المفاتيح',
    keypad: 'أزرار الأرقام',
    space: 'مسافة',
    query: 'متى ينزل',
    startOver: 'البدء من جديد',
  },
  en: {
    start: 'Start in English',
    textSize: 'Text size',
    largest: 'Largest',
    eligibility: /Check if you may qualify/,
    guide: /Register in the updated social security/,
    begin: 'Start',
    next: 'Continue',
    result: 'See the result',
    showQr: /Show a QR code/,
    print: 'Print my checklist',
    faq: /Questions about social security/,
    topic: /Payment dates and amounts/,
    listen: 'Listen to the answer',
    search: /Type your question/,
    keyboard: 'Keyboard',
    keypad: 'Number keys',
    space: 'Space',
    query: 'iban rejected',
    startOver: 'Start over',
  },
} as const;

/** Where the page is left for the capture. */
type Scroll = 'top' | 'bottom' | 'as-left';

type WalkShot = {
  readonly name: string;
  readonly scroll: Scroll;
  readonly reach: (page: Page, lang: Lang) => Promise<void>;
};

/** Starts a visit in `lang` and chooses the largest text size from the toolbar. */
async function begin(page: Page, lang: Lang): Promise<void> {
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('html[data-ready="true"]').waitFor();
  await page.getByRole('button', { name: labels[lang].start }).click();
  await page
    .getByRole('group', { name: labels[lang].textSize })
    .getByRole('button', { name: labels[lang].largest, exact: true })
    .click();
  await page.locator('html[data-text-size="3"]').waitFor({ state: 'attached' });
}

async function choose(page: Page, lang: Lang, option: string): Promise<void> {
  await page.getByRole('radio', { name: option, exact: true }).check();
  await page.getByRole('button', { name: labels[lang].next }).click();
}

async function press(page: Page, digits: string): Promise<void> {
  for (const digit of digits) {
    await page.getByRole('button', { name: digit, exact: true }).click();
  }
}

/** Saudi, in the Kingdom 3 months or less, applying for a family: the household-size question. */
async function toHouseholdSize(page: Page, lang: Lang): Promise<void> {
  await begin(page, lang);
  await page.getByRole('button', { name: labels[lang].eligibility }).click();
  await choose(page, lang, questions.nationality.options.saudi[lang]);
  const months = lang === 'ar' ? '3 أشهر' : '3 months';
  await choose(
    page,
    lang,
    questions.residence.options['up-to-limit'][lang].replace('{{months}}', months),
  );
  await choose(page, lang, questions.applyingAs.options.family[lang]);
}

async function openGuide(page: Page, lang: Lang): Promise<void> {
  await begin(page, lang);
  await page.getByRole('button', { name: labels[lang].guide }).click();
}

async function openAnswer(page: Page, lang: Lang): Promise<void> {
  await begin(page, lang);
  await page.getByRole('button', { name: labels[lang].faq }).click();
  await page.getByRole('button', { name: labels[lang].topic }).first().click();
  await page.locator('.question-list__item').first().click();
}

/** Lets the page settle: two frames after the last change (reserved space, scroll into view). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

const shots: readonly WalkShot[] = [
  { name: 'home', scroll: 'top', reach: begin },
  {
    name: 'keypad-full',
    scroll: 'as-left',
    reach: async (page, lang) => {
      await toHouseholdSize(page, lang);
      // Two digits fill the household-size field: the keypad says so.
      await press(page, '12');
      await page
        .getByRole('group', { name: labels[lang].keypad })
        .getByRole('status')
        .filter({ hasText: /\S/ })
        .waitFor();
    },
  },
  {
    name: 'none-of-these',
    scroll: 'bottom',
    reach: async (page, lang) => {
      await begin(page, lang);
      await page.getByRole('button', { name: labels[lang].eligibility }).click();
      await choose(page, lang, questions.nationality.options['non-saudi'][lang]);
      await page.getByRole('heading', { level: 1 }).waitFor();
    },
  },
  {
    name: 'result-cannot-tell',
    scroll: 'top',
    reach: async (page, lang) => {
      await begin(page, lang);
      await page.getByRole('button', { name: labels[lang].eligibility }).click();
      for (let index = 0; index < 3; index += 1) await choose(page, lang, dontKnow[lang]);
      for (let index = 0; index < 2; index += 1) {
        await page.getByRole('button', { name: dontKnow[lang], exact: true }).click();
      }
      await page.getByRole('button', { name: labels[lang].result }).click();
    },
  },
  {
    name: 'result-qr',
    scroll: 'as-left',
    reach: async (page, lang) => {
      await toHouseholdSize(page, lang);
      await press(page, '2');
      await page.getByRole('button', { name: labels[lang].next }).click();
      await press(page, '0');
      await page.getByRole('button', { name: labels[lang].next }).click();
      await page.getByRole('button', { name: labels[lang].result }).click();
      // Scrolled back to the top first, as a visitor arrives, so the kiosk's own scroll shows.
      await page.evaluate('window.scrollTo(0, 0)');
      await page.getByRole('button', { name: labels[lang].showQr }).first().click();
      await page.locator('.handoff__qr:not([hidden])').first().waitFor();
    },
  },
  { name: 'guide-start', scroll: 'top', reach: openGuide },
  {
    name: 'guide-steps',
    scroll: 'top',
    reach: async (page, lang) => {
      await openGuide(page, lang);
      await page.getByRole('button', { name: labels[lang].begin, exact: true }).click();
    },
  },
  {
    name: 'read-aloud-unavailable',
    scroll: 'as-left',
    reach: async (page, lang) => {
      await openAnswer(page, lang);
      const listen = page.getByRole('button', { name: labels[lang].listen });
      await listen.waitFor();
      await page.evaluate('window.scrollTo(0, 0)');
      // Brought into view only when the button and its note are below the fold.
      await page.locator('[aria-disabled="true"]').first().scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'print-limit',
    scroll: 'as-left',
    reach: async (page, lang) => {
      await page.clock.install();
      await page.addInitScript('window.print = () => undefined;');
      await openGuide(page, lang);
      const print = page.getByRole('button', { name: labels[lang].print }).first();
      await print.click();
      await page.clock.fastForward('00:11');
      await print.click();
      await page.clock.fastForward('00:11');
      await print.click();
      await page.getByRole('status').filter({ hasText: /\S/ }).first().waitFor();
    },
  },
  {
    name: 'idle',
    scroll: 'top',
    reach: async (page, lang) => {
      await page.clock.install();
      await openAnswer(page, lang);
      await page.clock.fastForward('01:05');
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'end-visit',
    scroll: 'as-left',
    reach: async (page, lang) => {
      // Mid-check, where ending the visit by mistake would lose the most.
      await toHouseholdSize(page, lang);
      await page.getByRole('button', { name: labels[lang].startOver }).click();
      await page.getByRole('alertdialog').waitFor();
    },
  },
  {
    name: 'search-keyboard',
    scroll: 'as-left',
    reach: async (page, lang) => {
      await begin(page, lang);
      await page.getByRole('button', { name: labels[lang].faq }).click();
      await page.getByRole('button', { name: labels[lang].search }).click();
      const keyboard = page.getByRole('group', { name: labels[lang].keyboard });
      for (const char of labels[lang].query) {
        const name = char === ' ' ? labels[lang].space : char;
        await keyboard.getByRole('button', { name, exact: true }).click();
      }
    },
  },
];

void takeDocShots(
  port,
  'walk',
  shots.map((shot) => ({
    name: shot.name,
    capture: async (page, lang) => {
      await shot.reach(page, lang);
      await page.evaluate('document.fonts.ready');
      if (shot.scroll === 'top') await page.evaluate('window.scrollTo(0, 0)');
      if (shot.scroll === 'bottom') {
        await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
      }
      await settle(page);
    },
  })),
);
