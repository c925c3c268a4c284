import { expect, test } from '@playwright/test';
import { kioskDriver } from './support/kiosk';
import { installFakeSpeech, spoken } from './support/speech';

test('smoke: listen from the attract screen', async ({ page }) => {
  await installFakeSpeech(page);
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await page.getByRole('button', { name: /استمع/ }).click();
  await expect(page.getByRole('heading', { name: 'الاستماع يعمل' })).toBeVisible();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(4);
  console.log(JSON.stringify(await spoken(page), null, 1));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(300);
  console.log(JSON.stringify((await spoken(page)).slice(-3), null, 1));
});
