/**
 * The answers as a citizen meets them: where an answer comes from in one plain line, the office's
 * own details from the kiosk settings, the family-situations topic, and an amount question typed
 * on the keyboard as elderly visitors type it.
 */
import { expect, test, type Page } from '@playwright/test';
import { installStoreReader, kioskDriver, testOffice } from './support/kiosk';

test.beforeEach(async ({ page }) => {
  await installStoreReader(page);
});

const words = {
  ar: {
    faq: /أسئلة عن الضمان/,
    help: /المساعدة والتواصل/,
    office: 'أين مكتب الضمان الاجتماعي، ومتى يفتح؟',
    notSet: /لم تُضَف بيانات المكتب/,
    payments: /المواعيد والمبالغ/,
    dependents: 'كم يعطون عن كل تابع؟',
    news: /لم يتأكد رسميًا بعد: المعلومة مبنية على أخبار منشورة \(.*\d{4}\)/,
    family: /حالات الأسرة/,
    search: /اكتب سؤالك/,
    space: 'مسافة',
  },
  en: {
    faq: /Questions about social security/,
    help: /Help and contact/,
    office: 'Where is the social security office, and when is it open?',
    notSet: /does not have the office's details yet/,
    payments: /Payment dates and amounts/,
    dependents: 'How much is paid for each dependent?',
    news: /Not yet confirmed officially: based on news reports \(.*\d{4}\)/,
    family: /Family situations/,
    search: /Type your question/,
    space: 'Space',
  },
} as const;

async function openAnswer(page: Page, lang: 'ar' | 'en', topic: RegExp, question: string | RegExp) {
  const kiosk = kioskDriver(page);
  await kiosk.tap(words[lang].faq);
  await kiosk.tap(topic);
  await page.locator('.question-list__item', { hasText: question }).first().click();
  return kiosk;
}

for (const lang of ['ar', 'en'] as const) {
  const w = words[lang];

  test(`the office answer shows this kiosk's office, or sends the visitor to the staff (${lang})`, async ({
    page,
  }) => {
    const kiosk = kioskDriver(page);
    await kiosk.open();
    await kiosk.start(lang);
    await openAnswer(page, lang, w.help, w.office);
    await expect(kiosk.heading()).toHaveText(w.office);
    await expect(page.getByText(w.notSet)).toBeVisible();
    await kiosk.expectAccessible();

    await kiosk.setOffice(testOffice);
    await kiosk.start(lang);
    await openAnswer(page, lang, w.help, w.office);
    const details = page.locator('.office-details');
    await expect(details).toContainText(testOffice.officeName[lang]);
    await expect(details).toContainText(testOffice.officeAddress[lang]);
    await expect(details).toContainText(testOffice.officeHours[lang]);
    await expect(details).toContainText(testOffice.officePhone);
    await expect(page.getByText(w.notSet)).toHaveCount(0);
    // The masthead names this office too.
    await expect(page.locator('.masthead__office')).toHaveText(testOffice.officeName[lang]);
    await kiosk.expectAccessible();
  });

  test(`an answer resting on news says so in one line, with the sources folded away (${lang})`, async ({
    page,
  }) => {
    const kiosk = kioskDriver(page);
    await kiosk.open();
    await kiosk.start(lang);
    await openAnswer(page, lang, w.payments, w.dependents);
    await expect(page.getByText(w.news)).toBeVisible();
    await expect(page.getByText(/calc-sa\.com/)).toBeHidden();
    await page.locator('.answer__sources-details summary').click();
    await expect(page.getByText(/calc-sa\.com/)).toBeVisible();
    await kiosk.expectAccessible();
  });

  test(`family situations are a topic of their own (${lang})`, async ({ page }) => {
    const kiosk = kioskDriver(page);
    await kiosk.open();
    await kiosk.start(lang);
    await kiosk.tap(w.faq);
    await kiosk.tap(w.family);
    await expect(kiosk.heading()).toHaveText(w.family);
    expect(await page.locator('.question-list__item').count()).toBeGreaterThanOrEqual(7);
    await kiosk.expectAccessible();
  });
}

test('«كم الضمان» typed on the keyboard leads with the amount', async ({ page }) => {
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await kiosk.start('ar');
  await kiosk.tap(words.ar.faq);
  await kiosk.tap(words.ar.search);
  const keyboard = page.getByRole('group', { name: 'لوحة المفاتيح' });
  for (const char of 'كم الضمان') {
    await keyboard
      .getByRole('button', { name: char === ' ' ? words.ar.space : char, exact: true })
      .click();
  }
  await expect(page.locator('.search__results .question-list__item').first()).toContainText(
    'كم مبلغ الضمان للشخص؟',
  );
});
