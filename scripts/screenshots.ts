/**
 * Takes screenshots of every kiosk screen in Arabic and English, portrait (1080x1920) and
 * landscape (1920x1080). Portrait shots go to docs/screenshots (shown in the README); landscape
 * ones to the folder given by --landscape-dir (default: a temp folder) for review.
 * Usage: npm run screenshots [-- --landscape-dir DIR]
 */
import type { Page } from '@playwright/test';
import { takeShots, type Shot } from './screenshotKit';

const port = 4179;

const labels = {
  ar: {
    faq: /أسئلة عن الضمان/,
    category: /المواعيد والمبالغ/,
    search: /اكتب سؤالك/,
    keyboard: 'لوحة المفاتيح',
    space: 'مسافة',
    query: 'متى ينزل',
  },
  en: {
    faq: /Questions about social security/,
    category: /Payment dates and amounts/,
    search: /Type your question/,
    keyboard: 'Keyboard',
    space: 'Space',
    query: 'iban rejected',
  },
} as const;

async function begin(page: Page, lang: 'ar' | 'en'): Promise<void> {
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('html[data-ready="true"]').waitFor();
  await page
    .getByRole('button', { name: lang === 'ar' ? 'ابدأ بالعربية' : 'Start in English' })
    .click();
}

const shots: readonly Shot[] = [
  {
    name: 'attract',
    reach: async (page) => {
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.locator('html[data-ready="true"]').waitFor();
    },
  },
  { name: 'home', reach: begin },
  {
    name: 'faq-categories',
    reach: async (page, lang) => {
      await begin(page, lang);
      await page.getByRole('button', { name: labels[lang].faq }).click();
    },
  },
  {
    name: 'faq-list',
    reach: async (page, lang) => {
      await begin(page, lang);
      await page.getByRole('button', { name: labels[lang].faq }).click();
      await page.getByRole('button', { name: labels[lang].category }).first().click();
    },
  },
  {
    name: 'faq-answer',
    reach: async (page, lang) => {
      await begin(page, lang);
      await page.getByRole('button', { name: labels[lang].faq }).click();
      await page.getByRole('button', { name: labels[lang].category }).first().click();
      await page.locator('.question-list__item').first().click();
    },
  },
  {
    name: 'faq-search',
    reach: async (page, lang) => {
      await begin(page, lang);
      await page.getByRole('button', { name: labels[lang].faq }).click();
      await page.getByRole('button', { name: labels[lang].search }).click();
      const keyboard = page.getByRole('group', { name: labels[lang].keyboard });
      for (const char of labels[lang].query) {
        const name = char === ' ' ? labels[lang].space : char;
        await keyboard.getByRole('button', { name, exact: true }).click();
      }
    },
  },
  {
    name: 'idle-dialog',
    reach: async (page, lang) => {
      await page.clock.install();
      await begin(page, lang);
      await page.clock.fastForward('01:05');
      await page.getByRole('dialog').waitFor();
    },
  },
];

void takeShots({ port, shots });
