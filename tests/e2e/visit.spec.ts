import { expect, test } from '@playwright/test';
import { installStoreReader, kioskDriver } from './support/kiosk';

test.beforeEach(async ({ page }) => {
  await installStoreReader(page);
  // The strict CSP must never block the kiosk's own code, fonts or styles.
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      throw new Error(`CSP violation: ${message.text()}`);
    }
  });
});

test('a visitor browses to an answer, switches language in place and starts over', async ({
  page,
}) => {
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await kiosk.start('ar');
  await expect(kiosk.heading()).toHaveText('كيف يمكننا مساعدتك؟');

  await kiosk.tap(/أسئلة عن الضمان/);
  await expect(kiosk.heading()).toHaveText('الأسئلة الشائعة');

  // One tap switches language and keeps the visitor on the same screen.
  await page.getByRole('button', { name: 'التحويل إلى الإنجليزية' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(kiosk.heading()).toHaveText('Common questions');
  // Focus stays on the language button: the visitor is not thrown back to the top of the page.
  await expect(page.getByRole('button', { name: /switch to Arabic/i })).toBeFocused();

  await kiosk.tap(/Payment dates and amounts/);
  await expect(kiosk.heading()).toHaveText('Payment dates and amounts');
  await kiosk.tap(/When is social security paid/);
  await expect(kiosk.heading()).toHaveText(/When is/);
  await expect(page.getByText(/1st of each Gregorian month/i).first()).toBeVisible();
  await expect(page.getByText('This answer was last checked')).toBeVisible();
  // One plain line on where it comes from; the full list waits behind "Where this comes from".
  await expect(page.getByText('Official source: \u2068hrsd.gov.sa\u2069')).toBeVisible();
  await expect(page.getByText(/mnbralakhbar\.com/)).toBeHidden();
  await page.getByText('Where this comes from').click();
  await expect(page.getByText(/mnbralakhbar\.com/)).toBeVisible();

  // A related question opens another answer; Back returns to the first.
  const firstAnswer = await kiosk.heading().textContent();
  await page.getByRole('region', { name: 'Related questions' }).getByRole('button').first().click();
  await expect(kiosk.heading()).not.toHaveText(firstAnswer ?? '');
  await kiosk.tap('Back');
  await expect(kiosk.heading()).toHaveText(firstAnswer ?? '');

  await page.getByRole('button', { name: 'Switch to Arabic' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(kiosk.heading()).toHaveText('متى ينزل الضمان؟');

  await kiosk.endVisit();
  await expect(page.getByRole('button', { name: 'Start in English' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);

  await expect
    .poll(async () => (await kiosk.storedSessions()).map((session) => session.endReason))
    .toEqual(['start-over']);
  const [session] = await kiosk.storedSessions();
  expect(session?.lang).toBe('ar');
  expect(session?.syncState).toBe('pending');
  const events = await kiosk.storedEvents();
  const types = events.map((event) => event.type);
  expect(types).toContain('language-switch');
  expect(types.filter((type) => type === 'faq-view')).toHaveLength(2);
  const views = events.filter((event) => event.type === 'faq-view').map((event) => event.payload);
  expect(views).toContainEqual({ entryId: 'payment-date', via: 'category' });
  expect(views).toContainEqual(expect.objectContaining({ via: 'related' }));
  expect(events.every((event) => event.sessionId === session?.id)).toBe(true);
});

test('a reload keeps the recorded visits and closes the open one as crash-recovered', async ({
  page,
}) => {
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await kiosk.start('en');
  await kiosk.endVisit();
  await kiosk.start('ar');
  await kiosk.tap(/أسئلة عن الضمان/);
  await expect.poll(async () => (await kiosk.storedSessions()).length).toBe(2);

  await page.reload();
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  await expect(page.getByRole('button', { name: 'Start in English' })).toBeVisible();

  const sessions = await kiosk.storedSessions();
  expect(sessions.map((session) => [session.lang, session.endReason]).sort()).toEqual([
    ['ar', 'crash-recovered'],
    ['en', 'start-over'],
  ]);
  expect(sessions.every((session) => session.syncState === 'pending')).toBe(true);
});
