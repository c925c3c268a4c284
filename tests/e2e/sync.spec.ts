/**
 * Sending visits to the office, end to end: the kiosk in Chromium and an office hub on loopback.
 *
 * With the real hub (hub/office.ts, as `npm run hub -- serve` runs it, on in-memory PGlite):
 * visits recorded while the network is down reach the hub once it returns; a content update
 * published on the hub reaches the kiosk and waits for the current visit to end; a bundle forged in
 * the hub's database never shows; the office manager's dashboard counts the visits. Needs a build
 * that trusts the test content key (`npm run test:e2e` makes one).
 *
 * With a stand-in hub that refuses on purpose (tests/e2e/support/syncHub.ts): an administrator
 * connects the kiosk through the staff settings; visits recorded offline wait (the health panel
 * counts them) and arrive exactly once; a refused visit shows in the dead-letter list and can be
 * sent again.
 */
import { expect, test, type Page } from '@playwright/test';
import { installStoreReader, kioskDriver, writeSettings } from './support/kiosk';
import { staffDriver } from './support/staff';
import { e2eHubOrigin, e2eHubPort, startStandInHub, type StandInHub } from './support/syncHub';
import type { FastifyInstance } from 'fastify';
import { shippedContentBundle } from '../../scripts/contentFiles';
import { openHubDatabase, type HubDatabase } from '../../hub/db/database';
import { addManager } from '../../hub/dashboard/managers';
import { envelopeEtag, publishBundle } from '../../hub/content/store';
import { addKiosk, addOffice } from '../../hub/kiosks/store';
import { createOfficeHub } from '../../hub/office';
import {
  importTestPrivateKey,
  signedTestBundle,
  tamperedEnvelope,
  testContentKey,
  withVersion,
} from '../fixtures/content-keys/sign';

// Every test here listens on the one hub port the kiosk's CSP names (playwright.config.ts), so
// they run one after the other.
test.describe.configure({ mode: 'serial' });

const shipped = shippedContentBundle();
const entry = shipped.faq.find((candidate) => candidate.id === 'payment-date')!;
const oldAnswer = entry.answer.en[0]!;
const newAnswer = 'From this month the payment arrives on the 1st of each Gregorian month.';
const manager = { name: 'manager.awamiyah', password: 'a long office password' } as const;

let db: HubDatabase;
let officeHub: FastifyInstance;
let kiosk: { id: string; token: string };

/** The shipped content with one answer reworded, as version `last + step`. */
function officeUpdate(step: number) {
  const version = shipped.version.replace(/\d+$/, (last) => String(Number(last) + step));
  const bundle = withVersion(shipped, version);
  return {
    ...bundle,
    faq: bundle.faq.map((candidate) =>
      candidate.id === entry.id
        ? { ...candidate, answer: { ...candidate.answer, en: [newAnswer] } }
        : candidate,
    ),
  };
}

async function storedAtHub(): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM visits WHERE kiosk_id = $1',
    [kiosk.id],
  );
  return row?.count ?? 0;
}

async function openPaymentAnswer(page: Page) {
  const driver = kioskDriver(page);
  await driver.tap(/Questions about social security/);
  await driver.tap(/Payment dates and amounts/);
  await driver.tap(/When is social security paid/);
  await expect(driver.heading()).toHaveText(entry.question.en);
}

/** Opens the kiosk connected to the hub, as the staff settings store a provisioning file. */
async function openConnected(page: Page) {
  await kioskDriver(page).open();
  await writeSettings(page, {
    syncHubUrl: e2eHubOrigin,
    syncToken: kiosk.token,
    syncKioskId: kiosk.id,
  });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

/** The network comes back: the kiosk sends and asks the hub for content at once. */
async function networkReturns(page: Page) {
  await page.context().setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
}

let hub: StandInHub;

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

test.describe('with the real office hub', () => {
  test.beforeEach(async () => {
    db = await openHubDatabase({});
    officeHub = await createOfficeHub({ db });
    await officeHub.listen({ host: '127.0.0.1', port: e2eHubPort });
    const office = await addOffice(db, 'Al-Awamiyah office', Date.now());
    if (!office.ok) throw new Error(office.error.message);
    const added = await addKiosk(
      db,
      { officeId: office.value.id, name: 'Market hall' },
      Date.now(),
    );
    if (!added.ok) throw new Error(added.error.message);
    kiosk = { id: added.value.kiosk.id, token: added.value.token };
    const signIn = await addManager(db, { ...manager, officeId: office.value.id });
    if (!signIn.ok) throw new Error(signIn.error.message);
  });
  test.afterEach(async () => {
    await officeHub.close();
    await db.close();
  });

  test('offline visits reach the hub once, a published update waits for the visit, the dashboard counts them', async ({
    page,
    context,
  }) => {
    const driver = kioskDriver(page);
    const html = page.locator('html');
    await openConnected(page);

    await context.setOffline(true);
    for (let visit = 0; visit < 2; visit += 1) {
      await driver.start('en');
      await driver.endVisit();
    }
    expect(await storedAtHub()).toBe(0);

    // A citizen is reading an answer when the office publishes new content and the network returns.
    await driver.start('en');
    await openPaymentAnswer(page);
    const update = officeUpdate(1);
    const published = await publishBundle(
      db,
      update,
      { privateKey: await importTestPrivateKey(), keyId: testContentKey.keyId },
      Date.now(),
    );
    expect(published.ok).toBe(true);
    await networkReturns(page);
    await expect.poll(storedAtHub).toBe(2);
    await expect(html).toHaveAttribute('data-content-waiting', update.version);
    await expect(page.getByText(oldAnswer)).toBeVisible();

    await driver.endVisit();
    await expect(html).toHaveAttribute('data-content-version', update.version);
    await expect.poll(storedAtHub).toBe(3);
    await driver.start('en');
    await openPaymentAnswer(page);
    await expect(page.getByText(newAnswer)).toBeVisible();
    await driver.endVisit();
    await expect.poll(storedAtHub).toBe(4);
    // Each visit arrived once: no row twice, whatever was resent.
    const [ids] = await db.query<{ rows: number; ids: number }>(
      'SELECT count(*)::int AS rows, count(DISTINCT id)::int AS ids FROM visits',
    );
    expect(ids).toEqual({ rows: 4, ids: 4 });

    // The office manager sees the kiosk and its visits on the dashboard.
    const office = await context.newPage();
    await office.goto(`${e2eHubOrigin}/?lang=en`);
    await office.getByLabel('Name').fill(manager.name);
    await office.getByLabel('Password').fill(manager.password);
    await office.getByRole('button', { name: 'Sign in' }).click();
    const row = office.getByRole('table').getByRole('row', { name: /Market hall/ });
    await expect(row).toBeVisible();
    await expect(row).toContainText(update.version);
    await office.getByRole('link', { name: 'Reports' }).click();
    const visits = office
      .locator('.figures__item')
      .filter({ has: office.getByText('Visits', { exact: true }) });
    await expect(visits).toContainText('4');
  });

  test('a bundle forged in the hub database is refused and the content in use stays', async ({
    page,
  }) => {
    const driver = kioskDriver(page);
    const html = page.locator('html');
    const forged = tamperedEnvelope(
      await signedTestBundle(officeUpdate(2)),
      newAnswer,
      'Payments have stopped.',
    );
    await db.query(
      `INSERT INTO content_bundles (version, published_at, key_id, envelope, etag, created_at)
       VALUES ($1, $2, $3, $4, $5, $2)`,
      [officeUpdate(2).version, Date.now(), testContentKey.keyId, forged, envelopeEtag(forged)],
    );
    await openConnected(page);
    await expect(html).toHaveAttribute('data-content-refusal', 'bad-signature');
    await expect(html).toHaveAttribute('data-content-version', shipped.version);
    await driver.start('en');
    await openPaymentAnswer(page);
    await expect(page.getByText(oldAnswer)).toBeVisible();
    await expect(page.getByText('Payments have stopped.')).toHaveCount(0);
  });
});

test.describe('with a stand-in hub that refuses on purpose', () => {
  test.beforeEach(async () => {
    hub = await startStandInHub(e2eHubPort);
  });
  test.afterEach(async () => {
    await hub.close();
  });

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
});
