import { expect, test, type Page } from '@playwright/test';
import { chooseTextSize, kioskDriver } from './support/kiosk';

const languages = ['ar', 'en'] as const;

const topicNames = { ar: /مواعيد الصرف|المواعيد والمبالغ/, en: /Payment dates and amounts/ };
const faqNames = { ar: /أسئلة عن الضمان/, en: /Questions about social security/ };

async function walk(page: Page, lang: 'ar' | 'en', check: (screen: string) => Promise<void>) {
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await check('attract');
  await kiosk.start(lang);
  await check('home');
  await kiosk.tap(faqNames[lang]);
  await check('faq categories');
  await kiosk.tap(topicNames[lang]);
  await check('faq list');
  await page.locator('.question-list__item').first().click();
  await check('answer');
  await chooseTextSize(page, lang, 3);
  await kiosk.tap(lang === 'ar' ? 'ألوان أوضح' : 'Stronger colours');
  await check('answer in large text and high contrast');
  await page.clock.fastForward('01:01');
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('idle dialog');
}

for (const lang of languages) {
  test(`every screen passes axe, 64 px targets and 24 px text (${lang})`, async ({ page }) => {
    await page.clock.install();
    const kiosk = kioskDriver(page);
    const checked: string[] = [];
    await walk(page, lang, async (screen) => {
      await kiosk.expectAccessible();
      checked.push(screen);
    });
    expect(checked).toHaveLength(7);
  });
}
