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
  chooseTextSize,
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

test.describe('nothing moves under a finger', () => {
  for (const orientation of orientations) {
    test(`the language button and the keyboard's Delete key keep their place in both languages (${orientation})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewports[orientation]);
      const kiosk = kioskDriver(page);
      await kiosk.open();
      await kiosk.start('ar');
      await kiosk.tap(words.ar.faq);
      await kiosk.tap(words.ar.search);
      const box = async (name: string | RegExp, within = page.locator('body')) => {
        const found = await within.getByRole('button', { name }).first().boundingBox();
        if (!found) throw new Error(`no button ${String(name)}`);
        return { x: Math.round(found.x), y: Math.round(found.y) };
      };
      const keyboard = page.getByRole('group', { name: /لوحة المفاتيح|Keyboard/ });
      const arabic = {
        language: await box(/English/),
        delete: await box('حذف حرف', keyboard),
      };
      // The keyboard alone switches to English letters: Delete stays.
      await keyboard.getByRole('button', { name: 'ABC' }).click();
      expect(await box('حذف حرف', keyboard)).toEqual(arabic.delete);
      // The whole screen switches to English: the language button and Delete stay.
      await page.getByRole('button', { name: /English/ }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect(await box(/switch to Arabic/)).toEqual(arabic.language);
      expect(await box('Delete', keyboard)).toEqual(arabic.delete);
    });
  }

  test('text size: three explicit choices, none of them shrinks the text by surprise', async ({
    page,
  }) => {
    const kiosk = kioskDriver(page);
    await kiosk.open();
    await kiosk.start('ar');
    const group = page.getByRole('group', { name: 'حجم الخط' });
    const choices = group.getByRole('button');
    await expect(choices).toHaveText(['عادي', 'كبير', 'أكبر']);
    for (const choice of await choices.all()) {
      const size = await choice.boundingBox();
      expect(size?.width).toBeGreaterThanOrEqual(64);
      expect(size?.height).toBeGreaterThanOrEqual(64);
    }
    await expect(choices.nth(0)).toHaveAttribute('aria-pressed', 'true');
    await chooseTextSize(page, 'ar', 3);
    await expect(choices.nth(2)).toHaveAttribute('aria-pressed', 'true');
    await expect(choices.nth(0)).toHaveAttribute('aria-pressed', 'false');
    // Tapping the largest again keeps it largest (a cycle would go back to normal).
    await choices.nth(2).click();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '3');
    await chooseTextSize(page, 'ar', 2);
    await chooseTextSize(page, 'ar', 1);
    await page.getByRole('button', { name: /English/ }).click();
    await expect(page.getByRole('group', { name: 'Text size' }).getByRole('button')).toHaveText([
      'Normal',
      'Large',
      'Largest',
    ]);
  });

  for (const orientation of orientations) {
    test(`the keypad and keyboard grow with the text, fit on screen, and the keypad says when it is full (${orientation})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewports[orientation]);
      const kiosk = kioskDriver(page);
      await kiosk.open();
      await kiosk.start('ar');
      await kiosk.tap(words.ar.eligibility);
      for (const [label, kind] of [
        [questions.nationality.options.saudi.ar, 'radio'],
        [questions.residence.options['up-to-limit'].ar.replace('{{months}}', '3 أشهر'), 'radio'],
        [questions.applyingAs.options.family.ar, 'radio'],
      ] as const) {
        await page.getByRole(kind, { name: label, exact: true }).check();
        await page.getByRole('button', { name: words.ar.continue }).click();
      }
      await expect(kiosk.heading()).toHaveText(questions.householdSize.title.ar);
      const keypad = page.getByRole('group', { name: 'أزرار الأرقام' });
      const keyHeight = async () =>
        (await keypad.getByRole('button', { name: '5' }).boundingBox())?.height ?? 0;
      const fitsOnScreen = () =>
        page.evaluate(() => {
          const box = document.querySelector('.keypad')?.getBoundingClientRect();
          const style = getComputedStyle(document.documentElement);
          const bars = parseFloat(style.getPropertyValue('--pinned-block-end')) || 0;
          return box !== undefined && box.height <= window.innerHeight - bars;
        });
      const normal = await keyHeight();
      expect(await fitsOnScreen()).toBe(true);
      await chooseTextSize(page, 'ar', 3);
      expect(await keyHeight()).toBeGreaterThan(normal * 1.3);
      expect(await fitsOnScreen()).toBe(true);

      const status = keypad.getByRole('status');
      await expect(status).toHaveText('');
      const before = await keypad.getByRole('button', { name: '1' }).boundingBox();
      await keypad.getByRole('button', { name: '1', exact: true }).click();
      await keypad.getByRole('button', { name: '2', exact: true }).click();
      await expect(status).toHaveText('اكتمل الرقم. لا يمكن كتابة أكثر من رقمين هنا.');
      // The message has its room kept: no key moved when it appeared.
      expect(await keypad.getByRole('button', { name: '1' }).boundingBox()).toEqual(before);
      await expect(keypad.getByRole('button', { name: '3', exact: true })).toBeDisabled();
      await keypad.getByRole('button', { name: 'احذف' }).click();
      await expect(status).toHaveText('');

      // The search keyboard grows too, and stays whole on screen above the toolbar.
      await page.getByRole('button', { name: 'الرئيسية' }).click();
      await kiosk.tap(words.ar.faq);
      await kiosk.tap(words.ar.search);
      const keyboard = page.locator('.osk');
      const letter = keyboard.getByRole('button', { name: 'ب', exact: true });
      const large = (await letter.boundingBox())?.height ?? 0;
      await chooseTextSize(page, 'ar', 1);
      expect(large).toBeGreaterThan(((await letter.boundingBox())?.height ?? 0) * 1.3);
      await chooseTextSize(page, 'ar', 3);
      const panel = await keyboard.boundingBox();
      const toolbar = await page.getByRole('navigation').boundingBox();
      expect(panel && toolbar && panel.y >= 0 && panel.y + panel.height <= toolbar.y + 1).toBe(
        true,
      );
    });
  }

  test('a control that takes focus under a bar is scrolled clear of it (landscape, largest text)', async ({
    page,
  }) => {
    await page.setViewportSize(viewports.landscape);
    const kiosk = kioskDriver(page);
    await kiosk.open();
    await kiosk.start('en');
    await chooseTextSize(page, 'en', 3);
    await kiosk.tap(words.en.eligibility);
    await page
      .getByRole('radio', { name: questions.nationality.options['non-saudi'].en, exact: true })
      .check();
    await page.getByRole('button', { name: words.en.continue }).click();
    const none = page.getByRole('radio', {
      name: questions.nationalityException.options.none.en,
      exact: true,
    });
    // Puts the radio's centre halfway into the bars at the bottom of the screen.
    const underTheBars = (input: Element) => {
      const style = getComputedStyle(document.documentElement);
      const bars = parseFloat(style.getPropertyValue('--pinned-block-end')) || 0;
      const box = input.getBoundingClientRect();
      window.scrollBy(0, box.top + box.height / 2 - (window.innerHeight - bars / 2));
    };
    const isClear = () =>
      none.evaluate((input) => {
        const box = input.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return hit === input;
      });
    // Scrolled so «None of these» sits under the sticky Continue bar, as a visitor may leave it.
    await none.evaluate(underTheBars);
    expect(await isClear()).toBe(false);
    // Focus arrives there (from the keyboard's arrow keys, or a screen reader): it comes clear.
    await page
      .getByRole('radio', {
        name: questions.nationalityException.options['mobility-card-holder'].en,
      })
      .focus();
    await none.evaluate(underTheBars);
    await page.keyboard.press('ArrowDown');
    await expect(none).toBeFocused();
    expect(await isClear()).toBe(true);
  });

  test('the Arabic search hint starts beside the search icon', async ({ page }) => {
    const kiosk = kioskDriver(page);
    await kiosk.open();
    await kiosk.start('ar');
    await kiosk.tap(words.ar.faq);
    await kiosk.tap(words.ar.search);
    const field = page.getByRole('searchbox');
    await expect(field).toHaveValue('');
    // Right to left while the hint shows: the hint's first word sits at the right, by the icon.
    expect(await field.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    const icon = await page.locator('.search__field-icon').boundingBox();
    const box = await field.boundingBox();
    expect(icon && box && icon.x > box.x + box.width / 2).toBe(true);
  });

  test('a focus ring and an error border never draw over each other', async ({ page }) => {
    const kiosk = kioskDriver(page);
    await kiosk.open();
    await kiosk.start('en');
    await kiosk.tap(words.en.eligibility);
    for (const label of [
      questions.nationality.options.saudi.en,
      questions.residence.options['up-to-limit'].en.replace('{{months}}', '3 months'),
      questions.applyingAs.options.family.en,
    ]) {
      await page.getByRole('radio', { name: label, exact: true }).check();
      await page.getByRole('button', { name: words.en.continue }).click();
    }
    await page.getByRole('button', { name: words.en.continue }).click();
    const gap = (selector: string) =>
      page.locator(selector).evaluate((element) => {
        const style = getComputedStyle(element);
        return {
          offset: parseFloat(style.outlineOffset),
          outline: style.outlineColor,
          border: style.borderTopColor,
        };
      });
    // The error message takes focus, then the field marked wrong.
    await expect(page.getByRole('alert')).toBeFocused();
    const message = await gap('.field-error');
    await page.getByRole('textbox').focus();
    const field = await gap('#question-number');
    for (const drawn of [message, field]) {
      expect(drawn.offset).toBeGreaterThanOrEqual(6);
      expect(drawn.outline).not.toBe(drawn.border);
    }
  });
});
