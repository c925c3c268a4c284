import { expect, test } from '@playwright/test';
import { kioskDriver } from './support/kiosk';

// Headless Chromium has no speech voices: the kiosk as it is on a machine without them.
for (const [lang, words] of [
  [
    'ar',
    {
      faq: /أسئلة عن الضمان/,
      topic: /مواعيد الصرف|المواعيد والمبالغ/,
      listen: 'استمع للإجابة',
      note: 'القراءة بصوت غير متاحة على هذا الجهاز. يمكن للموظف أن يقرأ لك الإجابة.',
    },
  ],
  [
    'en',
    {
      faq: /Questions about social security/,
      topic: /Payment dates and amounts/,
      listen: 'Listen to the answer',
      note: 'Reading aloud is not available on this kiosk. The staff member can read the answer to you.',
    },
  ],
] as const) {
  test(`without a voice, read aloud looks disabled, stays reachable and offers the staff member (${lang})`, async ({
    page,
  }) => {
    const kiosk = kioskDriver(page);
    await kiosk.open();
    await kiosk.start(lang);
    await kiosk.tap(words.faq);
    await kiosk.tap(words.topic);
    await page.locator('.question-list__item').first().click();

    const listen = page.getByRole('button', { name: words.listen });
    await expect(listen).toHaveAttribute('aria-disabled', 'true');
    await expect(listen).toHaveAccessibleDescription(words.note);
    await expect(page.getByText(words.note)).toBeVisible();
    // Still focusable (a keypad user reaches it and hears why), and visibly muted.
    await listen.focus();
    await expect(listen).toBeFocused();
    const look = await listen.evaluate((button) => {
      const style = getComputedStyle(button);
      return { border: style.borderStyle, cursor: style.cursor };
    });
    expect(look).toEqual({ border: 'dashed', cursor: 'not-allowed' });
    // Touching it does nothing and changes nothing.
    await listen.click({ force: true });
    await expect(listen).toHaveText(words.listen);
    await kiosk.expectAccessible();
  });
}
