/**
 * Nothing the visitor can touch is ever hidden: on every screen, at every text size and in both
 * orientations, each visible control (button, link, field, summary, anything focusable) is
 * scrolled into view the way the browser does for a finger or for focus, then hit-tested at its
 * centre and its corners (4 px in). Another element on top (the toolbar, a sticky Continue bar,
 * the keyboard panel) is a failure that names the screen, size, orientation and control.
 */
import { expect, test, type Page } from '@playwright/test';
import { shippedContentBundle } from '../../scripts/contentFiles';
import {
  coveredControls,
  kioskDriver,
  orientations,
  textSizes,
  viewports,
  type Orientation,
  type TextSizeValue,
} from './support/kiosk';

type Lang = 'ar' | 'en';

const { dontKnow, questions } = shippedContentBundle().eligibility.texts;

const words = {
  ar: {
    faq: /أسئلة عن الضمان/,
    topic: /مواعيد الصرف|المواعيد والمبالغ/,
    search: /اكتب سؤالك/,
    typed: 'متى',
    guide: /التسجيل في الضمان الاجتماعي المطور خطوة بخطوة/,
    start: 'ابدأ',
    step: /جهّز ما تحتاجه/,
    whatDoIHave: /ماذا عندي؟/,
    eligibility: /تحقق مبدئي من أهليتك/,
    continue: 'متابعة',
    seeResult: 'اعرض النتيجة',
  },
  en: {
    faq: /Questions about social security/,
    topic: /Payment dates and amounts/,
    search: /Type your question/,
    typed: 'when',
    guide: /Register in the updated social security — step by step/,
    start: 'Start',
    step: /Get ready/,
    whatDoIHave: /What do I have\?/,
    eligibility: /Check if you may qualify/,
    continue: 'Continue',
    seeResult: 'See the result',
  },
} as const;

/** Arabic gets every size in both orientations; English the largest size, where space is least. */
function passes(lang: Lang): { orientation: Orientation; size: TextSizeValue }[] {
  const sizes: readonly TextSizeValue[] = lang === 'ar' ? textSizes : [3];
  return orientations.flatMap((orientation) => sizes.map((size) => ({ orientation, size })));
}

/** Checks the screen in every pass, then puts the kiosk back in portrait at the first size. */
async function checkScreen(page: Page, lang: Lang, screen: string, found: string[]) {
  for (const pass of passes(lang)) {
    const { checked, covered } = await coveredControls(page, { screen, ...pass });
    // A screen with nothing to check would pass for the wrong reason.
    expect(checked, `${screen}: controls checked`).toBeGreaterThan(0);
    found.push(...covered);
  }
  await page.setViewportSize(viewports.portrait);
  await page.evaluate(() => {
    document.documentElement.dataset.textSize = '1';
  });
}

async function typeOnKeyboard(page: Page, text: string) {
  const keyboard = page.getByRole('group', { name: /لوحة المفاتيح|Keyboard/ });
  for (const char of text) await keyboard.getByRole('button', { name: char, exact: true }).click();
}

for (const lang of ['ar', 'en'] as const) {
  const w = words[lang];

  test(`no control is covered: attract, home, questions, search, answer, idle (${lang})`, async ({
    page,
  }) => {
    await page.clock.install();
    const kiosk = kioskDriver(page);
    const found: string[] = [];
    await kiosk.open();
    await checkScreen(page, lang, 'attract', found);
    await kiosk.start(lang);
    await checkScreen(page, lang, 'home', found);
    await kiosk.tap(w.faq);
    await checkScreen(page, lang, 'faq categories', found);
    await kiosk.tap(w.topic);
    await checkScreen(page, lang, 'faq category', found);
    await kiosk.tap(/^(رجوع|Back)$/);
    await page.getByRole('button', { name: w.search }).click();
    await expect(page.getByRole('searchbox')).toBeFocused();
    await checkScreen(page, lang, 'search with the keyboard', found);
    await typeOnKeyboard(page, w.typed);
    const first = page.locator('.search__results .question-list__item').first();
    await expect(first).toBeVisible();
    await checkScreen(page, lang, 'search results', found);
    await first.click();
    await checkScreen(page, lang, 'answer', found);
    await page.clock.fastForward('01:01');
    await expect(page.getByRole('dialog')).toBeVisible();
    await checkScreen(page, lang, 'idle dialog', found);
    expect(found).toEqual([]);
  });

  test(`no control is covered: the registration guide (${lang})`, async ({ page }) => {
    const kiosk = kioskDriver(page);
    const found: string[] = [];
    await kiosk.open();
    await kiosk.start(lang);
    await kiosk.tap(w.guide);
    await checkScreen(page, lang, 'guide start', found);
    await page.getByRole('button', { name: w.start, exact: true }).click();
    await page.getByRole('button', { name: w.step }).click();
    await checkScreen(page, lang, 'guide steps, a step open', found);
    await page.getByRole('button', { name: w.whatDoIHave }).first().click();
    await checkScreen(page, lang, 'guide checklist', found);
    expect(found).toEqual([]);
  });

  test(`no control is covered: every eligibility question type, check answers, result (${lang})`, async ({
    page,
  }) => {
    const kiosk = kioskDriver(page);
    const found: string[] = [];
    const choose = async (label: string) => {
      await page.getByRole('radio', { name: label, exact: true }).check();
      await page.getByRole('button', { name: w.continue }).click();
    };
    const press = async (digits: string) => {
      for (const digit of digits) {
        await page.getByRole('button', { name: digit, exact: true }).click();
      }
    };
    await kiosk.open();
    await kiosk.start(lang);
    await kiosk.tap(w.eligibility);
    await checkScreen(page, lang, 'question: yes or no', found);
    await choose(questions.nationality.options['non-saudi'][lang]);
    await expect(kiosk.heading()).toHaveText(questions.nationalityException.title[lang]);
    await checkScreen(page, lang, 'question: long options, «none of these», «I don’t know»', found);
    await choose(questions.nationalityException.options.none[lang]);
    // An unanswered Continue shows the error above the field.
    await page.getByRole('button', { name: w.continue }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await checkScreen(page, lang, 'question with an error', found);
    await choose(dontKnow[lang]);
    await choose(questions.applyingAs.options.family[lang]);
    await expect(kiosk.heading()).toHaveText(questions.householdSize.title[lang]);
    await checkScreen(page, lang, 'question: number keypad, empty', found);
    await press('12');
    await checkScreen(page, lang, 'question: number keypad, full', found);
    await page.getByRole('button', { name: w.continue }).click();
    await expect(kiosk.heading()).toHaveText(questions.monthlyIncome.title[lang]);
    await press('3000');
    await checkScreen(page, lang, 'question: income keypad', found);
    await page.getByRole('button', { name: w.continue }).click();
    await checkScreen(page, lang, 'check answers', found);
    await page.getByRole('button', { name: w.seeResult }).click();
    await checkScreen(page, lang, 'result', found);
    expect(found).toEqual([]);
  });
}
