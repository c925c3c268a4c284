import { expect, test } from '@playwright/test';
import { chooseTextSize, installStoreReader, kioskDriver } from './support/kiosk';

test.beforeEach(async ({ page }) => {
  await installStoreReader(page);
  await page.clock.install();
});

test('the idle question gives time, and no answer wipes the visit back to Arabic', async ({
  page,
}) => {
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await kiosk.start('en');
  await kiosk.tap(/Questions about social security/);
  await kiosk.tap(/Payment dates and amounts/);
  await page.locator('.question-list__item').first().click();
  await chooseTextSize(page, 'en', 3);
  await kiosk.tap('Stronger colours');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '3');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  // Scrolled down the answer (scrolling from script, so it is not a touch that resets the timer).
  await page.evaluate(() => window.scrollTo({ top: 400 }));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

  // 59 s without a touch: nothing yet. At 60 s the question appears.
  await page.clock.fastForward('00:59');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.clock.fastForward('00:02');
  const dialog = page.getByRole('dialog', { name: 'Do you need more time?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('30 seconds');

  // Answering keeps the visit exactly where it was.
  await dialog.getByRole('button', { name: 'Yes, I need more time' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(kiosk.heading()).toHaveText(/When is/);

  // No answer this time: after the question's 30 s the kiosk returns to the attract screen.
  await page.clock.fastForward('01:01');
  await expect(dialog).toBeVisible();
  await page.clock.fastForward('00:19');
  await expect(dialog).toBeVisible();
  await page.clock.fastForward('00:12');
  await expect(page.getByRole('button', { name: 'Start in English' })).toBeVisible();

  // Nothing of the previous visitor is left.
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('data-text-size', '1');
  await expect(html).toHaveAttribute('data-contrast', 'normal');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await kiosk.start('ar');
  await expect(kiosk.heading()).toHaveText('كيف يمكننا مساعدتك؟');
  await expect(page.getByRole('button', { name: 'رجوع' })).toHaveCount(0);

  await expect
    .poll(async () =>
      (await kiosk.storedSessions())
        .sort((a, b) => a.startedAt - b.startedAt)
        .map((session) => session.endReason ?? 'open'),
    )
    .toEqual(['idle', 'open']);
  const prompts = (await kiosk.storedEvents())
    .filter((event) => event.type === 'idle-prompt')
    .sort((a, b) => a.at - b.at);
  expect(prompts.map((event) => event.payload.answered)).toEqual([false, true, false]);
});

test('a touch anywhere on the idle question keeps the visit, and presses nothing underneath', async ({
  page,
}) => {
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await kiosk.start('en');
  await kiosk.tap(/Questions about social security/);
  const heading = await kiosk.heading().textContent();
  const underneath = page.getByRole('button', { name: /Payment dates and amounts/ });
  const box = await underneath.boundingBox();
  if (!box) throw new Error('no topic button');

  await page.clock.fastForward('01:01');
  const dialog = page.getByRole('dialog', { name: 'Do you need more time?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('touch anywhere');
  // A tap on the backdrop, right where a topic button is under it.
  await page.mouse.click(box.x + 20, box.y + box.height / 2);
  await expect(dialog).toHaveCount(0);
  await expect(kiosk.heading()).toHaveText(heading ?? '');

  // And a tap on the question's own words, away from its buttons.
  await page.clock.fastForward('01:01');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('heading').click();
  await expect(dialog).toHaveCount(0);
  await expect(kiosk.heading()).toHaveText(heading ?? '');

  await expect
    .poll(async () =>
      (await kiosk.storedEvents())
        .filter((event) => event.type === 'idle-prompt')
        .sort((a, b) => a.at - b.at)
        .map((event) => event.payload.answered),
    )
    .toEqual([false, true, false, true]);
  expect((await kiosk.storedSessions()).map((session) => session.endReason ?? 'open')).toEqual([
    'open',
  ]);
  // The next tap is the visitor's own again.
  await underneath.click();
  await expect(kiosk.heading()).not.toHaveText(heading ?? '');
});
test('start over asks first: No keeps the visit where it was, Yes ends it', async ({ page }) => {
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await kiosk.start('ar');
  await kiosk.tap(/أسئلة عن الضمان/);
  const heading = await kiosk.heading().textContent();
  const startOver = page.getByRole('button', { name: 'البدء من جديد' });

  await startOver.click();
  const question = page.getByRole('alertdialog', { name: 'هل تريد إنهاء زيارتك؟' });
  await expect(question).toBeVisible();
  const no = question.getByRole('button', { name: 'لا، أكمل' });
  await expect(no).toBeFocused();
  for (const button of await question.getByRole('button').all()) {
    expect((await button.boundingBox())?.height).toBeGreaterThanOrEqual(96);
  }
  await kiosk.expectAccessible();
  await no.click();
  await expect(question).toHaveCount(0);
  await expect(kiosk.heading()).toHaveText(heading ?? '');
  await expect(startOver).toBeFocused();

  // Escape is No too.
  await startOver.click();
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(kiosk.heading()).toHaveText(heading ?? '');

  // A touch outside the question is No, and presses nothing underneath (the Home button).
  await startOver.click();
  await expect(question).toBeVisible();
  const home = await page.getByRole('button', { name: 'الرئيسية' }).boundingBox();
  await page.mouse.click((home?.x ?? 0) + 10, (home?.y ?? 0) + 10);
  await expect(question).toHaveCount(0);
  await expect(kiosk.heading()).toHaveText(heading ?? '');

  await startOver.click();
  await question.getByRole('button', { name: 'نعم، أنهِ الزيارة' }).click();
  await expect(page.getByRole('button', { name: 'ابدأ بالعربية' })).toBeVisible();
  await expect
    .poll(async () => (await kiosk.storedSessions()).map((session) => session.endReason))
    .toEqual(['start-over']);
});

test('«انتهيت» on the idle question ends the visit at once', async ({ page }) => {
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await kiosk.start('en');
  await page.clock.fastForward('01:01');
  const dialog = page.getByRole('dialog', { name: 'Do you need more time?' });
  await dialog.getByRole('button', { name: "I'm done" }).click();
  await expect(page.getByRole('button', { name: 'Start in English' })).toBeVisible();
  await expect
    .poll(async () => (await kiosk.storedSessions()).map((session) => session.endReason))
    .toEqual(['completed']);
});
