/**
 * A full or broken disk never stops the kiosk, and a reload or crash loses at most the last
 * second of a visit. The quota is shrunk with Chromium's DevTools protocol; a broken database is
 * an IndexedDB whose open fails or never answers.
 */
import { expect, test, type Page } from '@playwright/test';
import { installStoreReader, kioskDriver, type StoredEvent } from './support/kiosk';

/** Fails the test if the kiosk ever shows its restart notice or reloads itself. */
function watchForRestarts(page: Page): { readonly loads: () => number } {
  let loads = 0;
  page.on('load', () => {
    loads += 1;
  });
  return { loads: () => loads };
}

/** Home → an FAQ answer → start over, back on the attract screen. */
async function serveFullVisit(page: Page): Promise<void> {
  const kiosk = kioskDriver(page);
  await kiosk.start('en');
  await expect(kiosk.heading()).toHaveText('How can we help you?');
  await kiosk.tap(/Questions about social security/);
  await kiosk.tap(/Payment dates and amounts/);
  await kiosk.tap(/When is social security paid/);
  await expect(page.getByText(/1st of each Gregorian month/i).first()).toBeVisible();
  await kiosk.endVisit();
  await expect(page.getByRole('button', { name: 'Start in English' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
}

test('with almost no storage quota the kiosk boots, serves a visit and raises the flag', async ({
  page,
  baseURL,
}) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(baseURL ?? '').origin,
    quotaSize: 1024,
  });
  const restarts = watchForRestarts(page);
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await serveFullVisit(page);
  await expect(page.locator('html')).toHaveAttribute('data-storage-health', 'full');
  // A second visit is served the same way.
  await serveFullVisit(page);
  await expect(page.locator('.restart')).toHaveCount(0);
  expect(restarts.loads()).toBe(1);
});

for (const [name, broken] of [
  ['fails to open', 'fail'],
  ['never answers', 'hang'],
] as const) {
  test(`when the database ${name}, the kiosk boots, serves a visit and raises the flag`, async ({
    page,
  }) => {
    await page.addInitScript((how) => {
      if (how === 'fail') {
        IDBFactory.prototype.open = () => {
          throw new DOMException('the disk is broken', 'UnknownError');
        };
        return;
      }
      // An older connection that never lets go: the kiosk's open is blocked and never answers.
      const held = indexedDB.open('rukn', 1);
      held.onsuccess = () => {
        held.result.onversionchange = () => undefined;
      };
    }, broken);
    const restarts = watchForRestarts(page);
    const kiosk = kioskDriver(page);
    await kiosk.open();
    await serveFullVisit(page);
    // A write with no answer counts as failed after 5 s.
    await expect(page.locator('html')).toHaveAttribute('data-storage-health', 'degraded', {
      timeout: 10_000,
    });
    await expect(page.locator('.restart')).toHaveCount(0);
    expect(restarts.loads()).toBe(1);
  });
}

type Step = {
  readonly act: () => Promise<void>;
  /** Events the step records, as `type` or `type:screen`, in order. */
  readonly records: readonly string[];
};

/** A fast burst of taps through the FAQ, ending while a search is being typed. */
function burst(page: Page): Step[] {
  const kiosk = kioskDriver(page);
  const heading = (text: string | RegExp) => expect(kiosk.heading()).toHaveText(text);
  const steps: Step[] = [
    {
      act: async () => {
        await kiosk.start('en');
        await heading('How can we help you?');
      },
      records: ['screen:home'],
    },
    {
      act: async () => {
        await kiosk.tap(/Questions about social security/);
        await heading('Common questions');
      },
      records: ['screen:faq-categories'],
    },
    {
      act: async () => {
        await kiosk.tap(/Payment dates and amounts/);
        await heading('Payment dates and amounts');
      },
      records: ['screen:faq-category'],
    },
  ];
  for (let round = 0; round < 12; round += 1) {
    steps.push(
      {
        act: async () => {
          await kiosk.tap(/When is social security paid/);
          await heading(/When is/);
        },
        records: ['faq-view', 'screen:faq-answer'],
      },
      {
        act: async () => {
          await kiosk.tap('Back');
          await heading('Payment dates and amounts');
        },
        records: ['screen:faq-category'],
      },
    );
  }
  steps.push(
    {
      act: async () => {
        await kiosk.tap('Back');
        await heading('Common questions');
      },
      records: ['screen:faq-categories'],
    },
    {
      act: async () => {
        await kiosk.tap(/Type your question/);
        await expect(page.getByRole('searchbox')).toBeFocused();
      },
      records: ['screen:faq-search'],
    },
  );
  // The burst ends in the middle of a search: «pay», the pause of someone finding the next
  // letter, then «ment» right up to the interruption. The search is recorded from its first
  // letter on (each letter replacing it), so what was typed over a second earlier is kept.
  const keyboard = page.getByRole('group', { name: /Keyboard/ });
  const type = (letter: string) => () =>
    keyboard.getByRole('button', { name: letter, exact: true }).click();
  steps.push({ act: type('p'), records: ['search'] }, { act: type('a'), records: [] });
  steps.push({ act: type('y'), records: [] });
  steps.push({ act: () => page.waitForTimeout(1200), records: [] });
  for (const letter of 'ment') steps.push({ act: type(letter), records: [] });
  return steps;
}

const label = (event: StoredEvent): string =>
  event.type === 'screen' ? `screen:${String(event.payload.screen)}` : event.type;

/** Whether `wanted` appears in `stored` in order (other events may come between). */
function inOrder(wanted: readonly string[], stored: readonly string[]): boolean {
  let next = 0;
  for (const event of stored) if (event === wanted[next]) next += 1;
  return next === wanted.length;
}

/**
 * Runs the burst, interrupts it with `interrupt` at its end, and returns what was recorded more
 * than a second before the interruption and what was stored, read from a fresh kiosk page.
 */
async function burstThen(page: Page, interrupt: (page: Page) => Promise<Page>) {
  const kiosk = kioskDriver(page);
  await kiosk.open();
  const done: { at: number; records: readonly string[] }[] = [];
  for (const step of burst(page)) {
    await step.act();
    done.push({ at: Date.now(), records: step.records });
  }
  const interruptedAt = Date.now();
  const after = await interrupt(page);
  const older = done.filter((step) => step.at < interruptedAt - 1000);
  const fresh = kioskDriver(after);
  await expect(after.locator('html[data-ready="true"]')).toBeAttached();
  await expect
    .poll(async () => (await fresh.storedSessions()).map((session) => session.endReason))
    .toEqual(['crash-recovered']);
  const stored = await fresh.storedEvents();
  return { older, labels: stored.map(label), steps: done.length };
}

test('a reload during a burst of taps loses nothing older than a second', async ({ page }) => {
  await installStoreReader(page);
  const { older, labels, steps } = await burstThen(page, async (current) => {
    await current.reload();
    return current;
  });
  // The burst is long enough that most of it is over a second old when the page reloads.
  expect(older.length).toBeGreaterThan(steps / 3);
  expect(
    inOrder(
      older.flatMap((step) => step.records),
      labels,
    ),
  ).toBe(true);
});

test('a renderer crash during a burst of taps loses nothing older than a second', async ({
  page,
  context,
}) => {
  await installStoreReader(page);
  const { older, labels, steps } = await burstThen(page, async (current) => {
    const cdp = await context.newCDPSession(current);
    const crashed = current.waitForEvent('crash');
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    const next = await context.newPage();
    await installStoreReader(next);
    await next.goto('/');
    return next;
  });
  expect(older.length).toBeGreaterThan(steps / 3);
  expect(
    inOrder(
      older.flatMap((step) => step.records),
      labels,
    ),
  ).toBe(true);
});
