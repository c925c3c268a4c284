/**
 * The staff side as a staff member meets it: the hidden way in, the first-run administrator,
 * PIN lockout, an assisted visit that cannot end without an outcome, and every staff section
 * accessible in both languages.
 */
import { expect, test, type Page } from '@playwright/test';
import { shippedContentBundle } from '../../scripts/contentFiles';
import { installStoreReader, kioskDriver } from './support/kiosk';
import { adminName, adminPin, staffDriver } from './support/staff';

const sections = {
  ar: [
    'اليوم',
    'مساعدة مواطن',
    'قائمة الانتظار',
    'التقرير',
    'حالة الجهاز',
    'الإعدادات',
    'حسابات الموظفين',
    'سجل النشاط',
    'النسخ الاحتياطي',
  ],
  en: [
    'Today',
    'Help a citizen',
    'Waiting list',
    'Report',
    'Kiosk health',
    'Settings',
    'Staff accounts',
    'Activity log',
    'Backup',
  ],
} as const;

async function firstRun(page: Page) {
  const kiosk = kioskDriver(page);
  const staff = staffDriver(page);
  await kiosk.open();
  await staff.openEntrance();
  await staff.createAdmin();
  return { kiosk, staff };
}

test('the first staff member through the entrance creates the administrator, whose PIN is stored only as a hash', async ({
  page,
}) => {
  await firstRun(page);
  await expect(page.getByText(`الداخل: ${adminName}`)).toBeVisible();
  const stored = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('rukn');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('staff').objectStore('staff').getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
        };
      }),
  );
  expect(stored).toHaveLength(1);
  const account = stored[0] as { role: string; pin: { alg: string; iterations: number } };
  expect(account.role).toBe('admin');
  expect(account.pin.alg).toBe('PBKDF2-SHA-256');
  expect(account.pin.iterations).toBeGreaterThanOrEqual(600_000);
  expect(JSON.stringify(stored)).not.toContain(adminPin);
});

for (const lang of ['ar', 'en'] as const) {
  test(`every staff section passes axe and the kiosk's size rules (${lang})`, async ({ page }) => {
    // Nine sections, each checked in full by axe: longer than one screen's test.
    test.setTimeout(90_000);
    const { kiosk, staff } = await firstRun(page);
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    for (const name of sections[lang]) {
      await staff.openSection(name);
      await kiosk.expectAccessible();
    }
  });
}

test('a short tap on the logo starts a visit; a 3-second press opens the staff sign-in', async ({
  page,
}) => {
  const kiosk = kioskDriver(page);
  await kiosk.open();
  const logo = page.locator('.attract .brand-mark');
  const box = await logo.boundingBox();
  if (!box) throw new Error('no logo on the attract screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('إعداد جهة الموظفين', {
    timeout: 6000,
  });
  await page.mouse.up();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('إعداد جهة الموظفين');
  await page.getByRole('button', { name: 'إلغاء' }).click();
  await logo.click();
  await expect(page.getByRole('navigation', { name: 'أدوات الشاشة' })).toBeVisible();
});

test('five wrong PINs lock the account; the right PIN is refused until the lock ends', async ({
  page,
}) => {
  const { staff } = await firstRun(page);
  await staff.signOut();
  await staff.openEntrance();
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await staff.signIn(adminName, '9999');
    await expect(page.getByRole('alert')).toContainText('الرقم السري غير صحيح');
    await page.getByRole('button', { name: 'اختر اسمًا آخر' }).click();
  }
  await staff.signIn(adminName, '9999');
  await expect(page.getByRole('alert')).toContainText('الحساب مقفل حتى');
  await page.getByRole('button', { name: 'اختر اسمًا آخر' }).click();
  await staff.signIn(adminName, adminPin);
  await expect(page.getByRole('alert')).toContainText('الحساب مقفل حتى');
  await expect(page.getByRole('button', { name: 'خروج' })).toHaveCount(0);
});

test('an assisted visit shows its banner on every screen, keeps notes without names or numbers, and ends only with an outcome', async ({
  page,
}) => {
  await installStoreReader(page);
  const { kiosk, staff } = await firstRun(page);
  await staff.openSection('مساعدة مواطن');
  await page.getByRole('button', { name: 'ابدأ بالإنجليزية' }).click();
  const banner = page.getByRole('complementary', { name: 'Assisted visit' });
  await expect(banner).toContainText(`Assisted visit with ${adminName}`);
  await kiosk.tap(/Questions about/);
  await expect(banner).toBeVisible();

  await banner.getByRole('button', { name: 'Add a note' }).click();
  const note = page.getByRole('dialog');
  await note.getByRole('textbox', { name: 'Note' }).fill('Fatimah 1098765432 needs the guide');
  await expect(note.getByText('What will be kept')).toBeVisible();
  await note.getByRole('button', { name: 'Save the note' }).click();
  await expect(note).toHaveCount(0);

  // Start over, like the banner's end, asks for the outcome: an assisted visit never ends without one.
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('How did the visit end?');
  await page.getByRole('button', { name: 'Continue the visit' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  await banner.getByRole('button', { name: 'End the assisted visit' }).click();
  const outcome = page.getByRole('alertdialog');
  await outcome.getByRole('button', { name: 'End the visit' }).click();
  await expect(outcome.getByRole('alert')).toHaveText('Choose an outcome first.');
  await outcome.getByRole('radio', { name: 'Documents missing' }).check();
  await outcome.getByRole('button', { name: 'End the visit' }).click();

  await expect(page.locator('.attract')).toBeVisible();
  await expect.poll(async () => (await kiosk.storedSessions()).at(-1)?.endedAt).toBeDefined();
  const visit = (await kiosk.storedSessions()).at(-1) as unknown as Record<string, unknown>;
  expect(visit).toMatchObject({ mode: 'assisted', outcome: 'documents-missing', lang: 'en' });
  expect(typeof visit.caseworkerId).toBe('string');
  const notes = (await kiosk.storedEvents()).filter((event) => event.type === 'staff-note');
  expect(notes).toHaveLength(1);
  const kept = String(notes[0]?.payload.text);
  expect(kept).not.toMatch(/Fatimah|1098765432|\d/);
  expect(kept).toContain('guide');
  // Back at the attract screen the staff member is signed out: the entrance asks for a PIN again.
  await staff.openEntrance();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('دخول الموظفين');
});

test('the staff screens sign out after two minutes without a touch', async ({ page }) => {
  await page.clock.install();
  await firstRun(page);
  await page.clock.fastForward(2 * 60 * 1000 + 1000);
  await expect(page.locator('.attract')).toBeVisible();
});

test('a ticket a citizen takes waits in the staff list until it is marked served in one tap', async ({
  page,
}) => {
  const kiosk = kioskDriver(page);
  const staff = staffDriver(page);
  await kiosk.open();
  await kiosk.start('ar');
  await kiosk.tap(/اطلب مساعدة موظف/);
  await kiosk.tap('خذ رقم انتظار');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('رقم انتظارك');
  await kiosk.endVisit();

  await staff.openEntrance();
  await staff.createAdmin();
  await staff.openSection('قائمة الانتظار');
  const ticket = page.getByRole('listitem', { name: 'الرقم 1' });
  await expect(ticket).toContainText('ينتظر منذ');
  await ticket.getByRole('button', { name: 'تمت خدمته' }).click();
  await expect(page.getByText('لا أحد ينتظر.')).toBeVisible();
  const stored = await page.evaluate(
    () =>
      new Promise<{ number: number; status: string; closedBy?: string }[]>((resolve, reject) => {
        const open = indexedDB.open('rukn');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result
            .transaction('helpTickets')
            .objectStore('helpTickets')
            .getAll();
          request.onsuccess = () => resolve(request.result);
        };
      }),
  );
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ number: 1, status: 'served' });
  expect(typeof stored[0]?.closedBy).toBe('string');
});

test('an administrator adds a staff member, who signs in with their own PIN and sees no administrator sections', async ({
  page,
}) => {
  const { staff } = await firstRun(page);
  await page.getByRole('button', { name: 'English' }).click();
  await staff.openSection('Staff accounts');
  await page.getByRole('button', { name: 'Add a staff account' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Noura');
  await page.getByRole('radio', { name: /^Staff member/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await staff.typePin('7391');
  await page.getByRole('button', { name: 'Continue' }).click();
  await staff.typePin('7391');
  await page.getByRole('button', { name: 'Add the account' }).click();
  await expect(page.getByText('Account added: Noura.')).toBeVisible();

  await staff.signOut();
  await staff.openEntrance();
  await staff.signIn('Noura', '7391');
  await expect(page.getByText('الداخل: Noura')).toBeVisible();
  const sections = page.getByRole('navigation', { name: 'أقسام شاشة الموظفين' });
  await expect(sections.getByRole('button')).toHaveText([
    'اليوم',
    'مساعدة مواطن',
    'قائمة الانتظار',
    'التقرير',
    'حالة الجهاز',
  ]);
});

test("the office's name saved in the settings shows on the citizen screens at once, and the change is in the activity log", async ({
  page,
}) => {
  const { kiosk, staff } = await firstRun(page);
  await page.getByRole('button', { name: 'English' }).click();
  await staff.openSection('Settings');
  const officeName = page.getByRole('group', { name: 'Office name' });
  await officeName
    .getByRole('textbox', { name: 'In Arabic' })
    .fill('مكتب الضمان الاجتماعي بالقطيف');
  await officeName
    .getByRole('textbox', { name: 'In English' })
    .fill('Qatif Social Security Office');
  await page.getByRole('button', { name: 'Save the settings' }).click();
  await expect(page.getByText('Saved. The kiosk uses the new settings now.')).toBeVisible();

  await staff.openSection('Activity log');
  await expect(page.getByRole('table')).toContainText('Settings changedOffice name');

  await staff.signOut();
  await expect(page.locator('.attract')).toContainText('مكتب الضمان الاجتماعي بالقطيف');
  await kiosk.start('en');
  await expect(page.locator('.masthead')).toContainText('Qatif Social Security Office');
});

test('a staff member who looks in mid-visit returns the citizen to the same question with the answers kept', async ({
  page,
}) => {
  const { questions } = shippedContentBundle().eligibility.texts;
  const kiosk = kioskDriver(page);
  const staff = staffDriver(page);
  await kiosk.open();
  await kiosk.start('en');
  await kiosk.tap(/Check if you may qualify/);
  await page
    .getByRole('radio', { name: questions.nationality.options.saudi.en, exact: true })
    .check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(kiosk.heading()).toHaveText(questions.residence.title.en);

  await staff.openEntrance();
  await staff.createAdmin();
  await page.getByRole('button', { name: "Back to the citizen's visit" }).click();

  await expect(kiosk.heading()).toHaveText(questions.residence.title.en);
  await kiosk.tap('Back');
  await expect(
    page.getByRole('radio', { name: questions.nationality.options.saudi.en, exact: true }),
  ).toBeChecked();
});
