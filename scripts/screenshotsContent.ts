/**
 * Screenshots of answers as a citizen reads them: the office answer with this kiosk's office
 * details, answers resting on an official page and on news, the corrected and the new answers,
 * the family-situations topic and an amount question typed on the keyboard. Portrait shots go to
 * docs/screenshots; landscape ones to --landscape-dir (default: a temp folder) for review.
 * Usage: npm run build && tsx scripts/screenshotsContent.ts [--landscape-dir DIR]
 */
import type { Page } from '@playwright/test';
import { writeSettings } from '../tests/e2e/support/kiosk';
import { takeShots, type Lang, type Shot } from './screenshotKit';

const port = 4183;

const labels = {
  ar: {
    start: 'ابدأ بالعربية',
    faq: /أسئلة عن الضمان/,
    search: /اكتب سؤالك/,
    keyboard: 'لوحة المفاتيح',
    space: 'مسافة',
  },
  en: {
    start: 'Start in English',
    faq: /Questions about social security/,
    search: /Type your question/,
    keyboard: 'Keyboard',
    space: 'Space',
  },
} as const;

/** An office's details as its staff would set them. */
const office = {
  officeName: { ar: 'مكتب الضمان الاجتماعي بالقطيف', en: 'Qatif Social Security Office' },
  officeAddress: {
    ar: 'القطيف، بجوار مبنى المحافظة (مثال)',
    en: 'Qatif, next to the governorate building (example)',
  },
  officeHours: {
    ar: 'الأحد إلى الخميس، 8 صباحًا إلى 2 ظهرًا (مثال)',
    en: 'Sunday to Thursday, 8 am to 2 pm (example)',
  },
  officePhone: '013 000 0000',
};

async function open(page: Page, withOffice = false): Promise<void> {
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('html[data-ready="true"]').waitFor();
  if (!withOffice) return;
  await writeSettings(page, office);
  await page.reload();
  await page.locator('html[data-ready="true"]').waitFor();
}

/** Opens an answer by topic and question, as a visitor taps to it. */
function answer(name: string, topic: Record<Lang, RegExp>, question: Record<Lang, string>): Shot {
  return {
    name,
    reach: async (page, lang) => {
      await open(page, name === 'answer-office');
      await page.getByRole('button', { name: labels[lang].start }).click();
      await page.getByRole('button', { name: labels[lang].faq }).click();
      await page.getByRole('button', { name: topic[lang] }).first().click();
      await page.locator('.question-list__item', { hasText: question[lang] }).first().click();
    },
  };
}

const topics = {
  payments: { ar: /المواعيد والمبالغ/, en: /Payment dates and amounts/ },
  family: { ar: /حالات الأسرة/, en: /Family situations/ },
  eligibility: { ar: /من يحق له الضمان/, en: /Who can get social security/ },
  work: { ar: /العمل والتمكين/, en: /Work and empowerment/ },
  help: { ar: /المساعدة والتواصل/, en: /Help and contact/ },
} as const;

const shots: readonly Shot[] = [
  answer('answer-office', topics.help, {
    ar: 'أين مكتب الضمان الاجتماعي، ومتى يفتح؟',
    en: 'Where is the social security office, and when is it open?',
  }),
  answer('answer-news', topics.payments, {
    ar: 'كم يعطون عن كل تابع؟',
    en: 'How much is paid for each dependent?',
  }),
  answer('answer-citizen-account', topics.payments, {
    ar: 'حساب المواطن',
    en: 'Citizen Account',
  }),
  answer('answer-royal-grant', topics.payments, { ar: 'مكرمة', en: 'grant' }),
  answer('answer-woman-breadwinner', topics.eligibility, { ar: 'امرأة', en: 'woman' }),
  answer('answer-market', topics.work, { ar: 'سوق', en: 'market' }),
  answer('answer-abandoned-wife', topics.family, { ar: 'غايب', en: 'absent' }),
  {
    name: 'faq-family',
    reach: async (page, lang) => {
      await open(page);
      await page.getByRole('button', { name: labels[lang].start }).click();
      await page.getByRole('button', { name: labels[lang].faq }).click();
      await page.getByRole('button', { name: topics.family[lang] }).first().click();
    },
  },
  {
    name: 'faq-search-amount',
    reach: async (page, lang) => {
      await open(page);
      await page.getByRole('button', { name: labels[lang].start }).click();
      await page.getByRole('button', { name: labels[lang].faq }).click();
      await page.getByRole('button', { name: labels[lang].search }).click();
      const keyboard = page.getByRole('group', { name: labels[lang].keyboard });
      for (const char of lang === 'ar' ? 'كم الضمان' : 'how much') {
        const key = char === ' ' ? labels[lang].space : char;
        await keyboard.getByRole('button', { name: key, exact: true }).click();
      }
    },
  },
];

void takeShots({ port, shots });
