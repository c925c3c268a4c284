/**
 * Screenshots of the staff side: the PIN keypad, the staff screen with a day's figures, the
 * waiting list, the administrator's settings, accounts and activity log, and an assisted visit's
 * banner and outcome question. Arabic and English, portrait (1080x1920) and landscape
 * (1920x1080), into docs/screenshots as `staff-<shot>-<lang>[-landscape].png`. The day's figures
 * come from a synthetic market day brought in through the staff backup, as an office would.
 * Usage: npm run build && tsx scripts/screenshotsStaff.ts [shot …]
 */
import type { Page } from '@playwright/test';
import { chooseTextSize } from '../tests/e2e/support/kiosk';
import { adminName, adminPin, staffDriver } from '../tests/e2e/support/staff';
import { seedBackup } from './seed';
import { takeDocShots, type Lang } from './screenshotKit';

const port = 4186;
/** A Wednesday afternoon at the market, Riyadh time. */
const shotTime = new Date('2026-12-02T16:40:00+03:00');
const backup = JSON.stringify(
  seedBackup({ sessions: 240, date: '2026-12-02', seed: 'screens', kioskId: 'awamiyah-1' }),
);

const names = {
  ar: {
    english: 'English',
    backup: 'النسخ الاحتياطي',
    choose: 'اختر ملف النسخة الاحتياطية',
    today: 'اليوم',
    queue: 'قائمة الانتظار',
    settings: 'الإعدادات',
    accounts: 'حسابات الموظفين',
    audit: 'سجل النشاط',
    assist: 'مساعدة مواطن',
    ask: /اطلب مساعدة موظف/,
    take: 'خذ رقم انتظار',
    start: 'ابدأ بالعربية',
    signOut: 'خروج',
    health: 'حالة الجهاز',
    hubAddress: 'عنوان الخادم',
    token: 'رمز الجهاز',
    kioskId: 'معرّف الجهاز لدى المكتب',
    connect: 'اتصل',
    connection: 'الاتصال بخادم المكتب',
    offline: 'تعذّر الوصول إلى المكتب؛ سيحاول الجهاز مجددًا',
  },
  en: {
    english: 'English',
    backup: 'Backup',
    choose: 'Choose a backup file',
    today: 'Today',
    queue: 'Waiting list',
    settings: 'Settings',
    accounts: 'Staff accounts',
    audit: 'Activity log',
    assist: 'Help a citizen',
    ask: /Ask a staff member/,
    take: 'Take a ticket',
    start: 'Start in English',
    signOut: 'Sign out',
    health: 'Kiosk health',
    hubAddress: 'Hub address',
    token: 'Kiosk token',
    kioskId: 'Kiosk id at the office',
    connect: 'Connect',
    connection: 'Connection to the office hub',
    offline: 'Cannot reach the office; will try again',
  },
} as const;

/** Opens the kiosk at the shot's time, with an administrator and a day of visits brought in. */
async function setUp(page: Page, lang: Lang, citizensWaiting = 0): Promise<void> {
  await page.clock.install({ time: shotTime });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  for (let index = 0; index < citizensWaiting; index += 1) {
    await page.getByRole('button', { name: names.ar.start }).click();
    await page.getByRole('button', { name: names.ar.ask }).first().click();
    await page.getByRole('button', { name: names.ar.take }).click();
    await page.getByRole('heading', { name: 'رقم انتظارك' }).waitFor();
    await page.getByRole('button', { name: 'البدء من جديد' }).click();
    await page.getByRole('button', { name: 'نعم، أنهِ الزيارة' }).click();
    await page.clock.fastForward('04:00');
  }
  const staff = staffDriver(page);
  await staff.openEntrance();
  await staff.createAdmin();
  await staff.openSection(names.ar.backup);
  await page.getByLabel(names.ar.choose).setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup),
  });
  await page.getByRole('status').filter({ hasText: 'أُدخلت النسخة' }).waitFor();
  if (lang === 'en') await page.getByRole('button', { name: names.ar.english }).click();
}

/**
 * Connects the kiosk to an office hub that is switched off (nothing listens on port 9), as an
 * administrator types it in Settings: visits then wait, and the health panel says why.
 */
async function connectToSwitchedOffHub(page: Page, lang: Lang): Promise<void> {
  await staffDriver(page).openSection(names[lang].settings);
  await page.getByRole('textbox', { name: names[lang].hubAddress }).fill('http://127.0.0.1:9');
  await page
    .getByRole('textbox', { name: names[lang].token })
    .fill('rk1_Zh7Qd2yR4nX0bV8mK3sL6pT1wC9eF5gJ2aH4uN7oM0i');
  await page.getByRole('textbox', { name: names[lang].kioskId }).fill('awamiyah-market-1');
  await page.getByRole('button', { name: names[lang].connect, exact: true }).click();
}

type StaffShot = {
  readonly name: string;
  readonly reach: (page: Page, lang: Lang) => Promise<void>;
  /** The shot is of a part further down the screen: keep the scroll `reach` left. */
  readonly keepsScroll?: boolean;
};

const shots: readonly StaffShot[] = [
  {
    name: 'pin',
    reach: async (page, lang) => {
      await setUp(page, lang);
      const staff = staffDriver(page);
      await page.getByRole('button', { name: names[lang].signOut }).click();
      if (lang === 'en') await page.keyboard.press('Control+Alt+KeyK');
      else await staff.openEntrance();
      await page.getByRole('button', { name: adminName, exact: true }).click();
      await staff.typePin(adminPin.slice(0, 2));
    },
  },
  {
    name: 'dashboard',
    reach: async (page, lang) => {
      await setUp(page, lang);
      await staffDriver(page).openSection(names[lang].today);
      await page.locator('.staff-figure').first().waitFor();
    },
  },
  {
    name: 'queue',
    reach: async (page, lang) => {
      await setUp(page, lang, 2);
      await staffDriver(page).openSection(names[lang].queue);
      await page.locator('.queue-ticket').first().waitFor();
    },
  },
  {
    name: 'settings',
    reach: async (page, lang) => {
      await setUp(page, lang);
      await staffDriver(page).openSection(names[lang].settings);
    },
  },
  {
    name: 'hub',
    keepsScroll: true,
    reach: async (page, lang) => {
      await setUp(page, lang);
      await connectToSwitchedOffHub(page, lang);
      await page.getByRole('heading', { name: names[lang].connection }).scrollIntoViewIfNeeded();
      await page.evaluate('window.scrollBy(0, -120)');
    },
  },
  {
    name: 'health',
    reach: async (page, lang) => {
      // Two citizens took tickets before the kiosk was connected: their visits wait to be sent.
      await setUp(page, lang, 2);
      await connectToSwitchedOffHub(page, lang);
      await staffDriver(page).openSection(names[lang].health);
      await page.getByText(names[lang].offline).waitFor();
    },
  },
  {
    // A staff member looks in on the health panel while a citizen's visit runs at the largest text.
    name: 'health-largest',
    reach: async (page, lang) => {
      await setUp(page, lang);
      await connectToSwitchedOffHub(page, lang);
      await page.getByRole('button', { name: names[lang].signOut }).click();
      await page.getByRole('button', { name: names.ar.start }).click();
      await chooseTextSize(page, 'ar', 3);
      await page.keyboard.press('Control+Alt+KeyK');
      await staffDriver(page).signIn();
      if (lang === 'en') await page.getByRole('button', { name: names.ar.english }).click();
      await staffDriver(page).openSection(names[lang].health);
      await page.getByText(names[lang].offline).waitFor();
    },
  },
  {
    name: 'accounts',
    reach: async (page, lang) => {
      await setUp(page, lang);
      await staffDriver(page).openSection(names[lang].accounts);
    },
  },
  {
    name: 'audit',
    reach: async (page, lang) => {
      await setUp(page, lang);
      await staffDriver(page).openSection(names[lang].audit);
      await page.locator('table').waitFor();
    },
  },
  {
    name: 'assisted',
    reach: async (page, lang) => {
      await setUp(page, lang);
      await staffDriver(page).openSection(names[lang].assist);
      await page
        .getByRole('button', { name: lang === 'ar' ? 'ابدأ بالعربية' : 'Start in English' })
        .click();
      await page.locator('.assisted-banner').waitFor();
    },
  },
  {
    name: 'outcome',
    reach: async (page, lang) => {
      await setUp(page, lang);
      await staffDriver(page).openSection(names[lang].assist);
      await page
        .getByRole('button', { name: lang === 'ar' ? 'ابدأ بالعربية' : 'Start in English' })
        .click();
      await page.locator('.assisted-banner .button').last().click();
      await page.getByRole('alertdialog').waitFor();
    },
  },
  {
    // The citizen chose the largest text, mid-answer: the banner, masthead and toolbar must
    // still leave the answer readable and every control reachable.
    name: 'assisted-largest',
    reach: async (page, lang) => {
      await startAssistedLargest(page, lang);
      await page
        .getByRole('button', { name: lang === 'ar' ? /أسئلة عن/ : /Questions about/ })
        .click();
    },
  },
  {
    name: 'note-largest',
    reach: async (page, lang) => {
      await startAssistedLargest(page, lang);
      await page.locator('.assisted-banner .button').first().click();
      await page
        .getByRole('dialog')
        .getByRole('textbox')
        .fill('Fatimah 1098765432 needs the guide');
    },
  },
  {
    name: 'outcome-largest',
    reach: async (page, lang) => {
      await startAssistedLargest(page, lang);
      await page.locator('.assisted-banner .button').last().click();
      await page.getByRole('alertdialog').waitFor();
    },
  },
];

async function startAssistedLargest(page: Page, lang: Lang): Promise<void> {
  await setUp(page, lang);
  await staffDriver(page).openSection(names[lang].assist);
  await page
    .getByRole('button', { name: lang === 'ar' ? 'ابدأ بالعربية' : 'Start in English' })
    .click();
  await chooseTextSize(page, lang, 3);
}

void takeDocShots(
  port,
  'staff',
  shots.map((shot) => ({
    name: shot.name,
    capture: async (page, lang) => {
      await shot.reach(page, lang);
      await page.evaluate('document.fonts.ready');
      if (shot.keepsScroll !== true) await page.evaluate('window.scrollTo(0, 0)');
    },
  })),
);
