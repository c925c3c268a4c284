/**
 * Screenshots of "Ask a staff member": the home choice, what happens, the ticket, the callback
 * request (before and after consent, a refused mobile number) and its confirmation, in Arabic and
 * English, portrait (1080x1920) and landscape (1920x1080), into docs/screenshots as
 * `help-<screen>-<lang>.png` and `help-<screen>-<lang>-landscape.png`.
 * Usage: npm run build && tsx scripts/screenshotsHelp.ts [shot names]
 */
import type { Page } from '@playwright/test';
import { takeShotsBothOrientations, type Lang, type SettledShot } from './screenshotKit';

const port = 4193;

/** What the script taps, by accessible name, in each language. */
const labels = {
  ar: {
    start: 'ابدأ بالعربية',
    faq: /أسئلة عن الضمان/,
    topic: /مواعيد الصرف|المواعيد والمبالغ/,
    search: /اكتب سؤالك/,
    textSize: 'حجم الخط',
    largest: 'أكبر',
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
    faq: /Questions about social security/,
    topic: /Payment dates and amounts/,
    search: /Type your question/,
    textSize: 'Text size',
    largest: 'Largest',
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

/** A visitor in `lang`, at the largest text size when the shot says so. */
type Visitor = { readonly lang: Lang; readonly isLargest: boolean };

async function begin(page: Page, { lang, isLargest }: Visitor): Promise<void> {
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('html[data-ready="true"]').waitFor();
  await page.getByRole('button', { name: labels[lang].start }).click();
  if (!isLargest) return;
  await page
    .getByRole('group', { name: labels[lang].textSize })
    .getByRole('button', { name: labels[lang].largest, exact: true })
    .click();
  await page.locator('html[data-text-size="3"]').waitFor({ state: 'attached' });
}

async function openHelp(page: Page, visitor: Visitor): Promise<void> {
  const { lang } = visitor;
  await begin(page, visitor);
  await page.getByRole('button', { name: labels[lang].ask }).click();
}

async function takeTicket(page: Page, visitor: Visitor): Promise<void> {
  const { lang } = visitor;
  await openHelp(page, visitor);
  await page.getByRole('button', { name: labels[lang].take }).click();
  await page.locator('.ticket__number').waitFor();
}

async function toName(page: Page, visitor: Visitor): Promise<void> {
  const { lang } = visitor;
  await takeTicket(page, visitor);
  await page.getByRole('button', { name: labels[lang].callback }).click();
  await page.getByRole('checkbox', { name: labels[lang].consent }).check();
  const keyboard = page.getByRole('group', { name: labels[lang].keyboard });
  for (const char of labels[lang].name) {
    await keyboard.getByRole('button', { name: char, exact: true }).click();
  }
}

async function toMobile(page: Page, visitor: Visitor): Promise<void> {
  const { lang } = visitor;
  await toName(page, visitor);
  await page.getByRole('button', { name: labels[lang].next }).click();
}

async function press(page: Page, { lang }: Visitor, digits: string): Promise<void> {
  const keypad = page.getByRole('group', { name: labels[lang].keypad });
  for (const digit of digits) {
    await keypad.getByRole('button', { name: digit, exact: true }).click();
  }
}

/** A help shot as the kit takes it, reached at normal text size or at the largest. */
type HelpShot = Omit<SettledShot, 'reach'> & {
  readonly isLargest?: boolean;
  readonly reach: (page: Page, visitor: Visitor) => Promise<void>;
};

const helpShots: readonly HelpShot[] = [
  {
    name: 'home',
    scroll: 'as-left',
    reach: async (page, visitor) => {
      const { lang } = visitor;
      await begin(page, visitor);
      await page.getByRole('button', { name: labels[lang].ask }).scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'answer',
    scroll: 'as-left',
    reach: async (page, visitor) => {
      const { lang } = visitor;
      await begin(page, visitor);
      await page.getByRole('button', { name: labels[lang].faq }).click();
      await page.getByRole('button', { name: labels[lang].topic }).first().click();
      await page.locator('.question-list__item').first().click();
      await page.locator('.help-ask').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'no-results',
    scroll: 'top',
    reach: async (page, visitor) => {
      const { lang } = visitor;
      await begin(page, visitor);
      await page.getByRole('button', { name: labels[lang].faq }).click();
      await page.getByRole('button', { name: labels[lang].search }).click();
      await page.getByRole('searchbox').fill('qqzx');
      await page.locator('.search__empty').waitFor();
    },
  },
  { name: 'intro', scroll: 'top', reach: openHelp },
  { name: 'ticket', scroll: 'top', reach: takeTicket },
  {
    name: 'callback-consent',
    scroll: 'top',
    reach: async (page, visitor) => {
      const { lang } = visitor;
      await takeTicket(page, visitor);
      await page.getByRole('button', { name: labels[lang].callback }).click();
    },
  },
  { name: 'callback-name', scroll: 'as-left', reach: toName },
  {
    name: 'callback-mobile-error',
    scroll: 'as-left',
    reach: async (page, visitor) => {
      const { lang } = visitor;
      await toMobile(page, visitor);
      await press(page, visitor, '0138');
      await page.getByRole('button', { name: labels[lang].send }).click();
      await page.getByRole('alert').waitFor();
    },
  },
  { name: 'ticket-largest', scroll: 'top', isLargest: true, reach: takeTicket },
  { name: 'callback-name-largest', scroll: 'as-left', isLargest: true, reach: toName },
  {
    name: 'callback-mobile-largest',
    scroll: 'as-left',
    isLargest: true,
    reach: async (page, visitor) => {
      await toMobile(page, visitor);
      await press(page, visitor, '055');
    },
  },
  {
    name: 'callback-done',
    scroll: 'top',
    reach: async (page, visitor) => {
      const { lang } = visitor;
      await toMobile(page, visitor);
      await press(page, visitor, '0551234567');
      await page.getByRole('button', { name: labels[lang].send }).click();
      await page.locator('.help-done').waitFor();
    },
  },
];

const shots: readonly SettledShot[] = helpShots.map(({ isLargest = false, reach, ...shot }) => ({
  ...shot,
  reach: (page, lang) => reach(page, { lang, isLargest }),
}));

void takeShotsBothOrientations({
  port,
  prefix: 'help',
  shots,
  only: process.argv.slice(2).filter((arg) => !arg.startsWith('--')),
});
