import { expect, test, type Page } from '@playwright/test';
import { installStoreReader, kioskDriver } from './support/kiosk';

test.beforeEach(async ({ page }) => {
  await installStoreReader(page);
});

/** Types on the kiosk's on-screen keyboard, one key tap per character. */
async function typeOnKeyboard(page: Page, text: string, spaceLabel: string) {
  const keyboard = page.getByRole('group', { name: /لوحة المفاتيح|Keyboard/ });
  for (const char of text) {
    const name = char === ' ' ? spaceLabel : char;
    await keyboard.getByRole('button', { name, exact: true }).click();
  }
}

async function openSearch(page: Page, lang: 'ar' | 'en') {
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await kiosk.start(lang);
  await kiosk.tap(lang === 'ar' ? /أسئلة عن الضمان/ : /Questions about social security/);
  await kiosk.tap(lang === 'ar' ? /اكتب سؤالك/ : /Type your question/);
  await expect(page.getByRole('searchbox')).toBeFocused();
  return kiosk;
}

test('Arabic: typing on the keyboard finds the answer, feedback and a related question', async ({
  page,
}) => {
  const kiosk = await openSearch(page, 'ar');
  await typeOnKeyboard(page, 'متى ينزل', 'مسافة');
  await expect(page.getByRole('searchbox')).toHaveValue('متى ينزل');

  const first = page.locator('.search__results .question-list__item').first();
  await expect(first).toContainText('متى ينزل الضمان؟');
  await expect(first.locator('mark').first()).toBeVisible();
  await kiosk.expectAccessible();

  await first.click();
  await expect(kiosk.heading()).toHaveText('متى ينزل الضمان؟');
  await kiosk.expectAccessible();

  await kiosk.tap('لا');
  await kiosk.tap('صعبة الفهم');
  await expect(page.getByText('شكرًا لك. رأيك يساعدنا على تحسين الإجابات.')).toBeVisible();

  // Back returns to the same results.
  await kiosk.tap('رجوع');
  await expect(page.getByRole('searchbox')).toHaveValue('متى ينزل');
  await first.click();
  await page
    .getByRole('region', { name: 'أسئلة قريبة من سؤالك' })
    .getByRole('button')
    .first()
    .click();
  await expect(kiosk.heading()).not.toHaveText('متى ينزل الضمان؟');

  // The related answer's view is the last thing written: wait for it, not just the feedback.
  await expect
    .poll(async () =>
      (await kiosk.storedEvents()).some(
        (event) => event.type === 'faq-view' && event.payload.via === 'related',
      ),
    )
    .toBe(true);
  const events = await kiosk.storedEvents();
  const search = events.find((event) => event.type === 'search');
  expect(search?.payload).toMatchObject({ text: 'متى ينزل', lang: 'ar' });
  expect((search?.payload.topIds as string[])[0]).toBe('payment-date');
  const views = events.filter((event) => event.type === 'faq-view').map((event) => event.payload);
  expect(views).toContainEqual({ entryId: 'payment-date', via: 'search' });
  expect(views).toContainEqual(expect.objectContaining({ via: 'related' }));
  expect(events.find((event) => event.type === 'feedback')?.payload).toEqual({
    entryId: 'payment-date',
    isHelpful: false,
    reason: 'hard-to-understand',
  });
});

test('English: switch the keyboard, numbers are not stored, nothing found leads somewhere', async ({
  page,
}) => {
  const kiosk = await openSearch(page, 'en');
  await typeOnKeyboard(page, 'iban', 'Space');
  await expect(page.locator('.search__results .question-list__item').first()).toContainText(
    /IBAN/i,
  );

  // People type their ID numbers: the stored search never keeps the digits.
  await kiosk.tap('Clear all');
  await kiosk.tap('Numbers');
  await typeOnKeyboard(page, '1098765432', 'Space');
  await kiosk.tap('Letters');
  await typeOnKeyboard(page, ' qqzx', 'Space');
  await expect(
    page.getByRole('heading', { name: 'We found no answer for what you typed' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ask a staff member' })).toBeVisible();
  await kiosk.expectAccessible();

  // Opening a topic from the empty page settles the search, which is then recorded.
  await kiosk.tap('Ask a staff member');
  await expect(kiosk.heading()).toHaveText(/staff/i);
  await expect
    .poll(async () =>
      (await kiosk.storedEvents()).some((event) => event.type === 'search-no-results'),
    )
    .toBe(true);
  const events = await kiosk.storedEvents();
  const texts = events
    .filter((event) => event.type === 'search' || event.type === 'search-no-results')
    .map((event) => String(event.payload.text));
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.join(' ')).not.toMatch(/\d{3}/);
});

test('Arabic keyboard switches to English letters and back', async ({ page }) => {
  await openSearch(page, 'ar');
  const keyboard = page.getByRole('group', { name: 'لوحة المفاتيح' });
  await keyboard.getByRole('button', { name: 'ABC' }).click();
  await expect(keyboard.getByRole('button', { name: 'q', exact: true })).toBeVisible();
  await keyboard.getByRole('button', { name: 'أ ب ت' }).click();
  await expect(keyboard.getByRole('button', { name: 'ض', exact: true })).toBeVisible();
});
