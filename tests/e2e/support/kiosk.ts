/**
 * A test driver that reads like a visitor: `kiosk.start('en')`, `kiosk.openTopic(...)`.
 * It waits on the app's own signals (ready flag, roles), never on sleeps.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { decodeBatch, visitIdFromKey } from '../../../core/visit/eventCodec';

export type StoredSession = {
  id: string;
  startedAt: number;
  endedAt?: number;
  endReason?: string;
  lang: string;
  syncState: string;
};

export type StoredEvent = {
  sessionId: string;
  at: number;
  type: string;
  payload: Record<string, unknown>;
};

export function kioskDriver(page: Page) {
  return {
    async open() {
      await page.goto('/');
      await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    },
    async start(lang: 'ar' | 'en') {
      await page
        .getByRole('button', { name: lang === 'ar' ? 'ابدأ بالعربية' : 'Start in English' })
        .click();
      await expect(page.getByRole('navigation')).toBeVisible();
    },
    heading() {
      return page.getByRole('heading', { level: 1 });
    },
    async tap(name: string | RegExp) {
      await page.getByRole('button', { name }).first().click();
    },
    /**
     * What every screen must pass: axe finds no violations, every visible touch target (buttons,
     * links, labels, radios, checkboxes, fields) is at least 64 px (a finger, not a mouse) and
     * all visible text is at least 24 px.
     */
    async expectAccessible() {
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
      expect(summary).toEqual([]);
      expect(await smallTargetsAndText(page)).toEqual([]);
    },
    /** Reads the kiosk's IndexedDB directly, as the office's tools would. */
    async storedSessions(): Promise<StoredSession[]> {
      return page.evaluate(() => readStore<StoredSession>('sessions'));
    },
    /** Every stored event, decoded from the kiosk's compact batches (see eventCodec.ts). */
    async storedEvents(): Promise<StoredEvent[]> {
      const batches = await page.evaluate(() => readBatches());
      return batches.flatMap(({ visit, firstSeq, batch }) =>
        decodeBatch(
          visitIdFromKey(typeof visit === 'string' ? visit : Uint8Array.from(visit)),
          firstSeq,
          batch,
        ),
      ) as StoredEvent[];
    },
    /**
     * Sets the office's details as the staff settings store them, then reloads so the kiosk reads
     * them at start-up, as it would after the office saved them.
     */
    async setOffice(office: Record<string, unknown>) {
      await writeSettings(page, office);
      await page.reload();
      await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    },
  };
}

/**
 * Writes settings rows straight into the kiosk's IndexedDB, as the staff settings would store
 * them; the kiosk reads them at its next start.
 */
export async function writeSettings(page: Page, settings: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rukn');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('settings', 'readwrite');
          const store = transaction.objectStore('settings');
          for (const [key, value] of rows) store.put({ key, value });
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    Object.entries(settings),
  );
}

/** The office details the end-to-end tests set, as an office would in the staff settings. */
export const testOffice = {
  officeName: { ar: 'مكتب الضمان الاجتماعي بالقطيف', en: 'Qatif Social Security Office' },
  officeAddress: { ar: 'القطيف، شارع الملك عبدالعزيز', en: 'Qatif, King Abdulaziz Street' },
  officeHours: {
    ar: 'الأحد إلى الخميس، 8 صباحًا إلى 2 ظهرًا',
    en: 'Sunday to Thursday, 8 am to 2 pm',
  },
  officePhone: '013 000 0000',
} as const;

/** A stored batch of events with its key, as plain data a test can receive from the page. */
type RawBatch = { visit: string | number[]; firstSeq: number; batch: unknown[] };

declare global {
  function readStore<T>(store: string): Promise<T[]>;
  function readBatches(): Promise<RawBatch[]>;
}

/**
 * Installs `readStore` and `readBatches` in the page: raw IndexedDB reads, independent of the
 * app's code.
 */
export async function installStoreReader(page: Page): Promise<void> {
  await page.addInitScript(() => {
    globalThis.readBatches = () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('rukn');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const found: RawBatch[] = [];
          const request = open.result
            .transaction('visitEvents')
            .objectStore('visitEvents')
            .openCursor();
          request.onsuccess = () => {
            const cursor = request.result;
            if (!cursor) {
              open.result.close();
              resolve(found);
              return;
            }
            const [visit, firstSeq] = cursor.key as [string | ArrayBuffer, number];
            found.push({
              visit: typeof visit === 'string' ? visit : Array.from(new Uint8Array(visit)),
              firstSeq,
              batch: cursor.value as unknown[],
            });
            cursor.continue();
          };
          request.onerror = () => reject(request.error);
        };
      });
    globalThis.readStore = (store: string) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('rukn');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      });
  });
}

/** Visible touch targets under 64 px and visible text under 24 px, described for a failure. */
async function smallTargetsAndText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    // A label is a target when it wraps a radio or checkbox; a caption above a field is not.
    const targets =
      'button, a[href], label:has(input[type=radio], input[type=checkbox]), [role="radio"], [role="checkbox"], input';
    for (const target of document.querySelectorAll(targets)) {
      if (!target.checkVisibility()) continue;
      // A native radio or checkbox drawn inside its (measured) label is not a target of its own.
      if (target instanceof HTMLInputElement && target.closest('label')) continue;
      const box = target.getBoundingClientRect();
      if (box.height < 64 || box.width < 64) {
        found.push(`target "${target.textContent?.trim()}" is ${box.width}x${box.height}`);
      }
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!element || text === '' || !element.checkVisibility()) continue;
      // The small Arabic-Indic digit under each keypad digit is a hint, not text to read.
      if (element.closest('.digit-face__arabic')) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < 24) found.push(`text "${text.slice(0, 40)}" is ${size}px`);
    }
    return found;
  });
}
