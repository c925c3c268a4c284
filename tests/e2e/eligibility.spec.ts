import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { shippedContentBundle } from '../../scripts/contentFiles';
import { installStoreReader, kioskDriver } from './support/kiosk';

/** The check's own words, from the content bundle the kiosk is built with. */
const {
  bands: bandTexts,
  dontKnow: dontKnowText,
  nextSteps: nextStepTexts,
  notices: noticeTexts,
  questions: questionTexts,
} = shippedContentBundle().eligibility.texts;

type Lang = 'ar' | 'en';

/** The kiosk's own words for what a visitor taps, beside the check's texts from core. */
const words = {
  ar: {
    eligibility: /تحقق مبدئي من أهليتك/,
    continue: 'متابعة',
    back: 'رجوع',
    change: 'غيّر',
    checkTitle: 'راجع إجاباتك',
    seeResult: 'اعرض النتيجة',
    people: 'عدد الأشخاص',
    sar: 'ريال في الشهر',
    clear: 'امسح الكل',
    errorChoose: 'اختر إجابة واحدة.',
    errorEmpty: 'اكتب رقمًا بالأزرار',
    errorRange: 'اكتب رقمًا من 1 إلى 20.',
    upToLimit: '3 أشهر أو أقل',
    overLimit: 'أكثر من 3 أشهر',
    twoPeople: 'شخصان',
    changeAnswers: 'غيّر إجاباتي',
    showQr: 'اعرض رمز QR لموقع المنصة',
    qr: 'امسح هذا الرمز بكاميرا جوالك لتفتح المنصة.',
    print: 'اطبع قائمتي',
    openGuide: 'افتح دليل التسجيل',
    guideTitle: 'التسجيل في الضمان الاجتماعي المطور',
    cannotTell: 'لا يستطيع هذا التحقق أن يعرف من إجاباتك',
    cannotTellNext: 'اسأل الموظف في هذا الركن، أو سجّل في منصة الدعم والحماية الاجتماعية لتعرف.',
  },
  en: {
    eligibility: /Check if you may qualify/,
    continue: 'Continue',
    back: 'Back',
    change: 'Change',
    checkTitle: 'Check your answers',
    seeResult: 'See the result',
    people: 'Number of people',
    sar: 'SAR a month',
    clear: 'Clear',
    errorChoose: 'Choose one answer.',
    errorEmpty: 'Enter a number with the keys below.',
    errorRange: 'Enter a number from 1 to 20.',
    upToLimit: '3 months or less',
    overLimit: 'More than 3 months',
    twoPeople: '2 people',
    changeAnswers: 'Change my answers',
    showQr: "Show a QR code for the platform's website",
    qr: 'Scan this code with your phone camera to open the platform.',
    print: 'Print my checklist',
    openGuide: 'Open the registration guide',
    guideTitle: 'Register for the updated social security',
    cannotTell: 'This check cannot tell from your answers',
    cannotTellNext:
      'Ask the staff member at this corner, or register on the Social Support and Protection Platform to find out.',
  },
} as const;

const q = questionTexts;

declare global {
  // Counted by the print stub below.
  var printCalls: number;
}

/** A visitor answering the check, one page at a time. */
/** Every result says, where it is read, that the platform decides. */
const finalDecision = {
  ar: 'القرار النهائي للضمان الاجتماعي',
  en: 'final decision is made by social security',
} as const;

function visitor(page: Page, lang: Lang) {
  const w = words[lang];
  const kiosk = kioskDriver(page);
  return {
    kiosk,
    heading: () => kiosk.heading(),
    async expectQuestion(id: keyof typeof questionTexts) {
      await expect(kiosk.heading()).toHaveText(q[id].title[lang]);
    },
    async choose(label: string | RegExp) {
      await page.getByRole('radio', { name: label, exact: true }).check();
    },
    async continue() {
      await page.getByRole('button', { name: w.continue }).click();
    },
    async answer(label: string | RegExp) {
      await this.choose(label);
      await this.continue();
    },
    async press(digits: string) {
      const keypad = page.getByRole('group');
      for (const digit of digits) {
        await keypad.getByRole('button', { name: digit, exact: true }).click();
      }
    },
    async dontKnowNumber() {
      await page.getByRole('button', { name: dontKnowText[lang], exact: true }).click();
    },
    async expectError(text: string) {
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(text);
      await expect(alert).toBeFocused();
    },
    summaryRow(id: keyof typeof questionTexts) {
      return page.locator('.summary-list__row', { hasText: q[id].title[lang] });
    },
    async change(id: keyof typeof questionTexts) {
      await page.getByRole('button', { name: `${w.change}: ${q[id].title[lang]}` }).click();
    },
  };
}

async function printedText(page: Page): Promise<{ text: string; pages: number }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
  return { text, pages: text.split('\f').filter((part) => part.trim() !== '').length };
}

/** Each button on a result says where it leads: no two say the same. */
async function expectEachButtonOnce(page: Page): Promise<void> {
  const names = (await page.locator('main').getByRole('button').allInnerTexts()).map((name) =>
    name.trim(),
  );
  expect(names.length).toBeGreaterThan(3);
  expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await installStoreReader(page);
  await page.addInitScript(() => {
    globalThis.printCalls = 0;
    window.print = () => {
      globalThis.printCalls += 1;
    };
  });
});

for (const lang of ['ar', 'en'] as const) {
  const w = words[lang];

  test(`one question per page with Back, errors and Change, to a likely result (${lang})`, async ({
    page,
  }) => {
    const v = visitor(page, lang);
    await v.kiosk.open();
    await v.kiosk.start(lang);
    await v.kiosk.tap(w.eligibility);

    // Continue without an answer: a plain error above the options, focused.
    await v.expectQuestion('nationality');
    await expect(page.getByText(noticeTexts.informal[lang])).toBeVisible();
    await expect(page.getByRole('radiogroup')).toBeVisible();
    await expect(page.getByRole('radio')).toHaveCount(3);
    await v.kiosk.expectAccessible();
    await v.continue();
    await v.expectError(w.errorChoose);
    await v.kiosk.expectAccessible();

    // Back keeps the answer given.
    await v.answer(q.nationality.options.saudi[lang]);
    await v.expectQuestion('residence');
    await v.kiosk.tap(w.back);
    await v.expectQuestion('nationality');
    await expect(
      page.getByRole('radio', { name: q.nationality.options.saudi[lang], exact: true }),
    ).toBeChecked();
    await v.continue();
    await v.answer(w.upToLimit);
    await v.expectQuestion('applyingAs');
    await v.answer(q.applyingAs.options.family[lang]);

    // Number questions: the keypad, plain errors for nothing and for out of range.
    await v.expectQuestion('householdSize');
    await v.kiosk.expectAccessible();
    await v.continue();
    await v.expectError(w.errorEmpty);
    await v.press('0');
    await v.continue();
    await v.expectError(w.errorRange);
    await v.kiosk.expectAccessible();
    await page.getByRole('button', { name: w.clear }).click();
    await v.press('4');
    await expect(page.getByLabel(w.people)).toHaveValue('4');
    await v.continue();

    await v.expectQuestion('monthlyIncome');
    const income = page.getByLabel(w.sar);
    if (lang === 'ar') {
      // Arabic-Indic digits typed in (a caseworker's keyboard) are read as Western digits.
      await income.fill('١٠٠٠');
    } else {
      await v.press('1000');
    }
    await expect(income).toHaveValue('1,000');
    await v.continue();

    // Check answers, then Change: back to the question, then back here.
    await expect(v.heading()).toHaveText(w.checkTitle);
    await expect(page.locator('.summary-list__row')).toHaveCount(5);
    await expect(v.summaryRow('monthlyIncome')).toContainText('1,000');
    await v.kiosk.expectAccessible();
    await v.change('householdSize');
    await v.expectQuestion('householdSize');
    await expect(page.getByLabel(w.people)).toHaveValue('4');
    await page.getByRole('button', { name: w.clear }).click();
    await v.press('2');
    await v.continue();
    await expect(v.heading()).toHaveText(w.checkTitle);
    await expect(v.summaryRow('householdSize')).toContainText(w.twoPeople);

    // A change that makes another question relevant asks it before coming back.
    await v.change('nationality');
    await v.answer(q.nationality.options['non-saudi'][lang]);
    await v.expectQuestion('nationalityException');
    await v.answer(q.nationalityException.options['wife-of-saudi'][lang]);
    await expect(v.heading()).toHaveText(w.checkTitle);
    await expect(page.locator('.summary-list__row')).toHaveCount(6);
    await v.change('nationality');
    await v.answer(q.nationality.options.saudi[lang]);
    await expect(v.heading()).toHaveText(w.checkTitle);
    await expect(page.locator('.summary-list__row')).toHaveCount(5);
    // Back from check answers goes to the last question.
    await v.kiosk.tap(w.back);
    await v.expectQuestion('monthlyIncome');
    await expect(income).toHaveValue('1,000');
    await v.continue();
    await page.getByRole('button', { name: w.seeResult }).click();

    // The result: cautious title, why, what next, and the platform decides.
    await expect(v.heading()).toHaveText(bandTexts['likely-eligible'].title[lang]);
    await expect(page.getByText(bandTexts['likely-eligible'].body[lang])).toBeVisible();
    await expect(page.locator('.result-band')).toContainText(finalDecision[lang]);
    await expect(page.getByText(noticeTexts.unconfirmedFigures[lang])).toBeVisible();
    await expect(page.getByRole('region', { name: lang === 'ar' ? 'لماذا' : 'Why' })).toContainText(
      '1,980',
    );
    await expect(page.getByText(nextStepTexts['register-on-platform'][lang])).toBeVisible();
    await v.kiosk.expectAccessible();

    // Hand-off from the result: QR code and the printed checklist, without any answer.
    await page.getByRole('button', { name: w.showQr }).click();
    await expect(page.getByRole('img', { name: w.qr })).toBeVisible();
    await page.getByRole('button', { name: w.print }).click();
    // A browser opens its print dialog and cannot know whether the visitor printed.
    await expect.poll(() => page.evaluate(() => globalThis.printCalls)).toBe(1);
    await v.kiosk.expectAccessible();
    const printed = await printedText(page);
    expect(printed.pages).toBe(1);
    expect(printed.text).toContain('sbis.hrsd.gov.sa');
    if (lang === 'en') {
      expect(printed.text).toContain('A Nafath account');
      expect(printed.text).toContain('Proof of housing');
      expect(printed.text).not.toContain(bandTexts['likely-eligible'].title.en);
    } else {
      expect(printed.text).toContain('إثبات السكن');
    }
    expect(printed.text).not.toMatch(/1,?000|1,?980|١٠٠٠/);

    // Change my answers returns to check answers; the guide is one tap away.
    await page.getByRole('button', { name: w.changeAnswers }).click();
    await expect(v.heading()).toHaveText(w.checkTitle);
    await page.getByRole('button', { name: w.seeResult }).click();
    await page.getByRole('button', { name: w.openGuide }).click();
    await expect(v.heading()).toHaveText(w.guideTitle);

    // Events: the band and the hand-offs, never an answer.
    await v.kiosk.endVisit();
    await expect.poll(async () => (await v.kiosk.storedSessions()).length).toBe(1);
    const events = await v.kiosk.storedEvents();
    const payloads = events.map((event) => [event.type, event.payload]);
    expect(payloads).toContainEqual(['eligibility-result', { band: 'likely-eligible' }]);
    expect(payloads).toContainEqual(['handoff', { kind: 'qr-shown', context: 'eligibility' }]);
    expect(payloads).not.toContainEqual(['handoff', { kind: 'printed', context: 'eligibility' }]);
    const stored = JSON.stringify(events.map((event) => event.payload));
    expect(stored).not.toMatch(/1000|١٠٠٠|1,000|non-saudi|wife-of-saudi|up-to-limit|family/);
    const screens = events.filter((event) => event.type === 'screen').map((e) => e.payload.screen);
    expect(screens).toEqual(
      expect.arrayContaining([
        'eligibility-question',
        'eligibility-check-answers',
        'eligibility-result',
      ]),
    );
    // Which questions were asked depends on the answers: neither their ids nor their number
    // (one screen event for all the questions) may be stored.
    expect(stored).not.toMatch(
      /nationality|nationalityException|residence|applyingAs|householdSize|monthlyIncome/,
    );
    expect(screens.filter((screen) => screen === 'eligibility-question')).toHaveLength(1);

    // Start over wiped the answers: the next visitor starts blank.
    await v.kiosk.start(lang);
    await v.kiosk.tap(w.eligibility);
    await v.expectQuestion('nationality');
    for (const radio of await page.getByRole('radio').all()) {
      await expect(radio).not.toBeChecked();
    }
  });

  test(`"I don't know" leads to "may qualify", with next steps (${lang})`, async ({ page }) => {
    const v = visitor(page, lang);
    await v.kiosk.open();
    await v.kiosk.start(lang);
    await v.kiosk.tap(w.eligibility);
    await v.answer(dontKnowText[lang]);
    await v.answer(w.upToLimit);
    await v.answer(q.applyingAs.options.independent[lang]);
    await v.expectQuestion('monthlyIncome');
    await v.dontKnowNumber();
    await expect(v.heading()).toHaveText(w.checkTitle);
    await expect(v.summaryRow('nationality')).toContainText(dontKnowText[lang]);
    await expect(v.summaryRow('monthlyIncome')).toContainText(dontKnowText[lang]);
    await page.getByRole('button', { name: w.seeResult }).click();

    await expect(v.heading()).toHaveText(bandTexts['may-be-eligible'].title[lang]);
    await expect(page.locator('.result-band')).toContainText(finalDecision[lang]);
    await expect(page.getByText(nextStepTexts['ask-staff'][lang])).toBeVisible();
    await expect(page.getByText(nextStepTexts['find-missing-answers'][lang])).toBeVisible();
    // One person: only the confirmed head-of-household amount was used.
    await expect(page.getByText(noticeTexts.unconfirmedFigures[lang])).toHaveCount(0);
    await v.kiosk.expectAccessible();
    const events = await v.kiosk.storedEvents();
    expect(events.map((event) => [event.type, event.payload])).toContainEqual([
      'eligibility-result',
      { band: 'may-be-eligible' },
    ]);
  });

  test(`"I don't know" to every question: the check says it cannot tell, each button once (${lang})`, async ({
    page,
  }) => {
    const v = visitor(page, lang);
    await v.kiosk.open();
    await v.kiosk.start(lang);
    await v.kiosk.tap(w.eligibility);
    for (const id of ['nationality', 'residence', 'applyingAs'] as const) {
      await v.expectQuestion(id);
      await v.answer(dontKnowText[lang]);
    }
    for (const id of ['householdSize', 'monthlyIncome'] as const) {
      await v.expectQuestion(id);
      await v.dontKnowNumber();
    }
    await page.getByRole('button', { name: w.seeResult }).click();

    await expect(v.heading()).toHaveText(w.cannotTell);
    await expect(page.locator('.result-band')).toContainText(w.cannotTellNext);
    await expect(page.locator('.result-band')).toContainText(finalDecision[lang]);
    // The band's text says why; a list repeating «لا أعرف» under "Why" would say it five times.
    await expect(page.getByRole('region', { name: lang === 'ar' ? 'لماذا' : 'Why' })).toHaveCount(
      0,
    );
    await expect(page.getByText(nextStepTexts['ask-staff'][lang])).toBeVisible();
    await expectEachButtonOnce(page);
    await v.kiosk.expectAccessible();
    // The band recorded for the office is unchanged: "may be", with no answer.
    const events = await v.kiosk.storedEvents();
    expect(events.map((event) => [event.type, event.payload])).toContainEqual([
      'eligibility-result',
      { band: 'may-be-eligible' },
    ]);
  });

  test(`a high income leads to "may not qualify", never a bare no (${lang})`, async ({ page }) => {
    const v = visitor(page, lang);
    await v.kiosk.open();
    await v.kiosk.start(lang);
    await v.kiosk.tap(w.eligibility);
    await v.answer(q.nationality.options.saudi[lang]);
    await v.answer(w.overLimit);
    await v.answer(q.applyingAs.options.independent[lang]);
    await v.press('9000');
    await v.continue();
    await page.getByRole('button', { name: w.seeResult }).click();

    const band = bandTexts['likely-not-eligible'];
    await expect(v.heading()).toHaveText(band.title[lang]);
    await expect(v.heading()).not.toHaveText(/^(no|لا)\.?$/i);
    await expect(page.getByText(band.body[lang])).toBeVisible();
    await expect(page.locator('.result-band')).toContainText(finalDecision[lang]);
    await expect(page.getByText(nextStepTexts['explore-empowerment'][lang])).toBeVisible();
    await expect(page.getByText(nextStepTexts['check-again-after-return'][lang])).toBeVisible();
    await expectEachButtonOnce(page);
    await v.kiosk.expectAccessible();
    const events = await v.kiosk.storedEvents();
    expect(events.map((event) => [event.type, event.payload])).toContainEqual([
      'eligibility-result',
      { band: 'likely-not-eligible' },
    ]);
    expect(JSON.stringify(events.map((event) => event.payload))).not.toContain('9000');

    // A next step that an answer explains leads straight to it; Back returns to the result.
    await page
      .getByRole('listitem')
      .filter({ hasText: nextStepTexts['explore-empowerment'][lang] })
      .getByRole('button')
      .click();
    await expect(v.heading()).toHaveText(lang === 'ar' ? /التمكين|برامج/ : /empowerment/i);
    await page.getByRole('button', { name: lang === 'ar' ? 'رجوع' : 'Back' }).click();
    await expect(v.heading()).toHaveText(band.title[lang]);
  });
}

test('inactivity wipes the answers with the visit', async ({ page }) => {
  await page.clock.install();
  const v = visitor(page, 'en');
  await v.kiosk.open();
  await v.kiosk.start('en');
  await v.kiosk.tap(words.en.eligibility);
  await v.answer(q.nationality.options.saudi.en);
  await v.expectQuestion('residence');
  await page.clock.fastForward('01:01');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.clock.fastForward('00:31');
  await expect(page.getByRole('button', { name: 'Start in English' })).toBeVisible();

  await v.kiosk.start('en');
  await v.kiosk.tap(words.en.eligibility);
  await v.expectQuestion('nationality');
  await expect(
    page.getByRole('radio', { name: q.nationality.options.saudi.en, exact: true }),
  ).not.toBeChecked();
});

test('starting the check again from Home begins with blank answers', async ({ page }) => {
  const v = visitor(page, 'en');
  await v.kiosk.open();
  await v.kiosk.start('en');
  await v.kiosk.tap(words.en.eligibility);
  await v.answer(q.nationality.options.saudi.en);
  await v.expectQuestion('residence');
  await page.getByRole('banner').getByRole('button', { name: 'Home' }).click();
  await v.kiosk.tap(words.en.eligibility);
  await v.expectQuestion('nationality');
  await expect(
    page.getByRole('radio', { name: q.nationality.options.saudi.en, exact: true }),
  ).not.toBeChecked();
});

for (const [orientation, viewport] of [
  ['portrait', { width: 1080, height: 1920 }],
  ['landscape', { width: 1920, height: 1080 }],
] as const) {
  test(`"Show QR code" on the result brings the code into view, uncovered, at the largest text (${orientation})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const v = visitor(page, 'en');
    await v.kiosk.open();
    await v.kiosk.start('en');
    await page.evaluate(() => {
      document.documentElement.dataset.textSize = '3';
    });
    await v.kiosk.tap(words.en.eligibility);
    await v.answer(q.nationality.options.saudi.en);
    await v.answer(words.en.upToLimit);
    await v.answer(q.applyingAs.options.independent.en);
    await v.press('1000');
    await v.continue();
    await page.getByRole('button', { name: words.en.seeResult }).click();
    await expect(v.heading()).toHaveText(bandTexts['likely-eligible'].title.en);

    // Tap without Playwright's own scrolling afterwards: only the kiosk moves the page.
    const show = page.getByRole('button', { name: words.en.showQr });
    await show.scrollIntoViewIfNeeded();
    await show.click();
    const qr = page.getByRole('img', { name: words.en.qr });
    await expect(qr).toBeInViewport({ ratio: 1 });
    // Nothing (a sticky bar) lies over the code's corners or centre.
    const uncovered = await qr.evaluate((code) => {
      const box = code.getBoundingClientRect();
      const points = [
        [box.left + 4, box.top + 4],
        [box.right - 4, box.top + 4],
        [box.left + 4, box.bottom - 4],
        [box.right - 4, box.bottom - 4],
        [box.left + box.width / 2, box.top + box.height / 2],
      ];
      return points.every(([x, y]) => code.contains(document.elementFromPoint(x ?? 0, y ?? 0)));
    });
    expect(uncovered).toBe(true);
  });
}
