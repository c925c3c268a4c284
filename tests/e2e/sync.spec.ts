/**
 * Sending visits to the office, end to end: the kiosk in Chromium and an office hub on loopback
 * (tests/e2e/support/syncHub.ts). An administrator connects the kiosk through the staff settings;
 * visits recorded while the network is down wait (the health panel counts them) and reach the hub
 * exactly once when it returns; a visit the hub refuses shows in the dead-letter list and can be
 * sent again.
 */
import { expect, test, type Page } from '@playwright/test';
import { installStoreReader, kioskDriver } from './support/kiosk';
import { staffDriver } from './support/staff';
import { e2eHubPort, startStandInHub, type StandInHub } from './support/syncHub';

// One hub port per run: the tests in this file share it, one after the other.
test.describe.configure({ mode: 'serial' });

let hub: StandInHub;
test.beforeEach(async () => {
  hub = await startStandInHub(e2eHubPort);
});
test.afterEach(async () => {
  await hub.close();
});

const ar = {
  settings: 'الإعدادات',
  health: 'حالة الجهاز',
  hubAddress: 'عنوان الخادم',
  token: 'رمز الجهاز',
  kioskId: 'معرّف الجهاز لدى المكتب',
  connect: 'اتصل',
  connected: 'تم الاتصال. تُرسل الزيارات الجديدة إلى المكتب.',
  waiting: 'زيارات تنتظر الإرسال',
  refused: 'زيارات رفضها المكتب',
  resendVisit: 'أرسل من جديد زيارة',
  noRefusals: 'لم يرفض المكتب أي زيارة.',
  reasonInvalid: 'سجل الزيارة ناقص أو غير سليم.',
} as const;

function fact(page: Page, label: string) {
  return page.locator('.staff-facts__row', { has: page.getByText(label, { exact: true }) });
}

/** First run: the administrator connects the kiosk to the hub by typing its address and token. */
async function connectToHub(page: Page) {
  const kiosk = kioskDriver(page);
  const staff = staffDriver(page);
  await installStoreReader(page);
  await kiosk.open();
  await staff.openEntrance();
  await staff.createAdmin();
  await staff.openSection(ar.settings);
  await page.getByRole('textbox', { name: ar.hubAddress }).fill(hub.origin);
  await page.getByRole('textbox', { name: ar.token }).fill(hub.token);
  await page.getByRole('textbox', { name: ar.kioskId }).fill(hub.kioskId);
  await page.getByRole('button', { name: ar.connect, exact: true }).click();
  await expect(page.getByText(ar.connected)).toBeVisible();
  await kiosk.expectAccessible();
  return { kiosk, staff };
}

async function recordVisits(page: Page, count: number) {
  const kiosk = kioskDriver(page);
  for (let index = 0; index < count; index += 1) {
    await kiosk.start('ar');
    await kiosk.endVisit();
  }
}

async function openHealth(page: Page) {
  const staff = staffDriver(page);
  await staff.openEntrance();
  await staff.signIn();
  await staff.openSection(ar.health);
}

test('visits recorded offline reach the office exactly once when the network returns', async ({
  page,
  context,
}) => {
  const { staff } = await connectToHub(page);
  await staff.signOut();

  await context.setOffline(true);
  await recordVisits(page, 3);
  await openHealth(page);
  await expect(fact(page, ar.waiting)).toContainText('3 زيارات');
  expect(hub.stored.size).toBe(0);

  await context.setOffline(false);
  await expect(fact(page, ar.waiting)).toContainText('لا زيارات');
  expect(hub.stored.size).toBe(3);
  expect([...hub.received.values()]).toEqual([1, 1, 1]);
  // Sent under the kiosk id the office gave, whatever id they were recorded under.
  expect([...hub.stored.values()].every((record) => record.visit.kioskId === hub.kioskId)).toBe(
    true,
  );
  const stored = await kioskDriver(page).storedSessions();
  expect(stored.map((visit) => visit.syncState)).toEqual(['synced', 'synced', 'synced']);
});

test('a visit the office refuses waits in the dead-letter list until it is sent again', async ({
  page,
}) => {
  const { staff } = await connectToHub(page);
  await staff.signOut();
  hub.refuse = () => 'invalid-visit';
  await recordVisits(page, 1);
  await openHealth(page);

  await expect(fact(page, ar.refused)).toContainText('زيارة واحدة');
  const letters = page.getByRole('list', { name: ar.refused });
  await expect(letters.getByRole('listitem')).toHaveCount(1);
  await expect(letters).toContainText(ar.reasonInvalid);
  expect(hub.stored.size).toBe(0);
  await kioskDriver(page).expectAccessible();

  hub.refuse = () => undefined;
  await letters.getByRole('button', { name: new RegExp(ar.resendVisit) }).click();
  await expect(page.getByText(ar.noRefusals)).toBeVisible();
  await expect(fact(page, ar.refused)).toContainText('لا زيارات');
  // Sent again: it reaches the hub, and nothing waits any more.
  await expect(fact(page, ar.waiting)).toContainText('لا زيارات');
  await expect.poll(() => hub.stored.size).toBe(1);
});
