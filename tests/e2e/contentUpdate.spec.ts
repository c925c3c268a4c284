/**
 * Content updates as a citizen and the staff meet them: a newer bundle signed by the office
 * reaches the kiosk mid-visit, the citizen's visit keeps the content it started with, and the next
 * visit shows the new answer; a bundle edited after signing never shows, and the staff see why.
 *
 * The kiosk is connected to an office hub (its settings rows, as the staff settings store them) and
 * the hub's content address is played by Playwright (`/api/v1/content/latest`, with ETag and
 * If-None-Match); the kiosk's real code asks through its sync transport and the bridge, checks and
 * swaps. Needs a build that trusts the test key (`npm run test:e2e` makes one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { ContentBundle } from '../../core/content/schema';
import { hubPaths } from '../../core/sync/wire';
import { shippedContentBundle } from '../../scripts/contentFiles';
import {
  signedTestBundle,
  tamperedEnvelope,
  testContentKey,
  withVersion,
} from '../fixtures/content-keys/sign';
import { installStoreReader, kioskDriver, writeSettings } from './support/kiosk';
import { staffDriver } from './support/staff';
import { e2eHubOrigin, newKioskToken } from './support/syncHub';

const shipped = shippedContentBundle();
const entryId = 'payment-date';
const entry = shipped.faq.find((candidate) => candidate.id === entryId)!;
const oldAnswer = entry.answer.en[0]!;
const newAnswer = 'From this month the payment arrives on the 1st of each Gregorian month.';

/** The shipped content with the payment-date answer reworded and the last version number bumped. */
function officeUpdate(): ContentBundle {
  const version = shipped.version.replace(/\d+$/, (last) => String(Number(last) + 1));
  const bundle = withVersion(shipped, version);
  return {
    ...bundle,
    faq: bundle.faq.map((candidate) =>
      candidate.id === entryId
        ? { ...candidate, answer: { ...candidate.answer, en: [newAnswer] } }
        : candidate,
    ),
  };
}

test.beforeAll(() => {
  const assets = path.resolve(__dirname, '../../dist/renderer/assets');
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const trustsTestKey = scripts.some((name) =>
    readFileSync(path.join(assets, name), 'utf8').includes(testContentKey.publicKey),
  );
  if (!trustsTestKey) {
    throw new Error(
      'dist/renderer does not trust the test content key: build with `RUKN_TRUST_TEST_CONTENT_KEY=1 npm run build` (npm run test:e2e does)',
    );
  }
});

/** The office hub's content address, as the kiosk's code asks it; its visits address takes all. */
async function fakeHub(page: Page) {
  let published: { readonly etag: string; readonly text: string } | undefined;
  const sentEtags: (string | undefined)[] = [];
  await page.route(`${e2eHubOrigin}${hubPaths.visits}`, (route) => {
    const { visits } = route.request().postDataJSON() as { visits: { visit: { id: string } }[] };
    return route.fulfill({
      json: { accepted: visits.map((record) => record.visit.id), rejected: [] },
    });
  });
  await page.route(`${e2eHubOrigin}${hubPaths.content}`, async (route) => {
    const ifNoneMatch = route.request().headers()['if-none-match'];
    sentEtags.push(ifNoneMatch);
    if (!published) return route.fulfill({ status: 204 });
    if (ifNoneMatch === published.etag) return route.fulfill({ status: 304 });
    return route.fulfill({
      status: 200,
      // The page is another origin than the hub's: the ETag is readable only when exposed.
      headers: {
        ETag: published.etag,
        'Content-Type': 'application/json',
        'Access-Control-Expose-Headers': 'ETag',
      },
      body: published.text,
    });
  });
  return {
    sentEtags,
    publish(text: string, etag: string) {
      published = { etag, text };
    },
    /** The network is back: the kiosk asks the hub at once instead of at its next turn. */
    async comesOnline() {
      const asked = sentEtags.length;
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
      await expect.poll(() => sentEtags.length).toBeGreaterThan(asked);
    },
  };
}

/** Opens the kiosk connected to the office hub (set as the staff settings store it), ready. */
async function openConnected(page: Page) {
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await writeSettings(page, {
    syncHubUrl: e2eHubOrigin,
    syncToken: newKioskToken(),
    syncKioskId: 'kiosk-content-e2e',
  });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

async function openPaymentAnswer(page: Page) {
  const kiosk = kioskDriver(page);
  await kiosk.tap(/Questions about social security/);
  await kiosk.tap(/Payment dates and amounts/);
  await kiosk.tap(/When is social security paid/);
  await expect(kiosk.heading()).toHaveText(entry.question.en);
}

function healthRow(page: Page, label: string) {
  return page
    .locator('.staff-facts__row')
    .filter({ has: page.getByRole('term').getByText(label, { exact: true }) });
}

test('a newer signed bundle waits for the visit to end; the next visit shows the new answer', async ({
  page,
}) => {
  const update = officeUpdate();
  const hub = await fakeHub(page);
  const kiosk = kioskDriver(page);
  const html = page.locator('html');
  await installStoreReader(page);
  await openConnected(page);
  await expect(html).toHaveAttribute('data-content-version', shipped.version);

  await kiosk.start('en');
  await openPaymentAnswer(page);
  await expect(page.getByText(oldAnswer)).toBeVisible();

  hub.publish(await signedTestBundle(update), '"office-2"');
  await hub.comesOnline();
  await expect(html).toHaveAttribute('data-content-waiting', update.version);

  // A staff member looking in mid-visit sees it waiting; going back leaves the visit as it was.
  const staff = staffDriver(page);
  await staff.openEntrance();
  await staff.createAdmin();
  await staff.openSection('Kiosk health');
  await expect(page.getByRole('status')).toContainText(
    `New content \u2066${update.version}\u2069 is waiting for the current visit to end.`,
  );
  await expect(healthRow(page, 'Content version')).toContainText(shipped.version);
  await page.getByRole('button', { name: "Back to the citizen's visit" }).click();

  // Mid-visit nothing changes: not the answer on screen, not the same answer opened again.
  await expect(page.getByText(oldAnswer)).toBeVisible();
  await kiosk.tap('Back');
  await kiosk.tap(/When is social security paid/);
  await expect(page.getByText(oldAnswer)).toBeVisible();
  await expect(page.getByText(newAnswer)).toHaveCount(0);
  await expect(html).toHaveAttribute('data-content-version', shipped.version);

  await kiosk.endVisit();
  await expect(html).toHaveAttribute('data-content-version', update.version);
  await expect(html).not.toHaveAttribute('data-content-waiting');

  await kiosk.start('en');
  await openPaymentAnswer(page);
  await expect(page.getByText(newAnswer)).toBeVisible();
  await expect(page.getByText(oldAnswer)).toHaveCount(0);
  await kiosk.endVisit();

  // The hub is asked with the stored ETag: an unchanged bundle is a 304, nothing changes.
  await hub.comesOnline();
  expect(hub.sentEtags.at(-1)).toBe('"office-2"');

  // A restart starts on the stored bundle, checked again.
  await page.reload();
  await expect(html).toHaveAttribute('data-ready', 'true');
  await expect(html).toHaveAttribute('data-content-version', update.version);

  await staff.openEntrance();
  await staff.signIn();
  await staff.openSection('حالة الجهاز');
  await expect(page.getByRole('status')).toHaveCount(0);
  await expect(healthRow(page, 'إصدار المحتوى')).toContainText(update.version);
  await expect(healthRow(page, 'إصدار المحتوى')).toContainText('من المكتب منذ');
  await expect(healthRow(page, 'إصدار المحتوى السابق')).toContainText(shipped.version);
  await kiosk.expectAccessible();
});

test('a bundle edited after signing is never shown, and the staff see why', async ({ page }) => {
  const update = officeUpdate();
  const hub = await fakeHub(page);
  const kiosk = kioskDriver(page);
  const html = page.locator('html');
  hub.publish(
    tamperedEnvelope(await signedTestBundle(update), newAnswer, 'Payments have stopped.'),
    '"forged-1"',
  );
  await openConnected(page);
  await expect(html).toHaveAttribute('data-content-refusal', 'bad-signature');
  await expect(html).toHaveAttribute('data-content-version', shipped.version);
  await expect(html).not.toHaveAttribute('data-content-waiting');

  await kiosk.start('en');
  await openPaymentAnswer(page);
  await expect(page.getByText(oldAnswer)).toBeVisible();
  await expect(page.getByText('Payments have stopped.')).toHaveCount(0);
  await kiosk.endVisit();
  await expect(html).toHaveAttribute('data-content-version', shipped.version);

  const staff = staffDriver(page);
  await staff.openEntrance();
  await staff.createAdmin();
  await page.getByRole('button', { name: 'English' }).click();
  await staff.openSection('Kiosk health');
  await expect(healthRow(page, 'Content version')).toContainText(
    `\u2066${shipped.version}\u2069, built into the kiosk`,
  );
  const refusal = healthRow(page, 'Last refused content update');
  await expect(refusal).toContainText(
    'The signature does not match: the content was changed after it was signed.',
  );
  await expect(refusal).toContainText(update.version);
  await kiosk.expectAccessible();
});
