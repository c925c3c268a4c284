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
    /** Start over, then Yes to «هل تريد إنهاء زيارتك؟»: the visit ends and the attract screen returns. */
    async endVisit() {
      const lang = await page.locator('html').getAttribute('lang');
      await page
        .getByRole('button', { name: lang === 'en' ? 'Start over' : 'البدء من جديد' })
        .click();
      await page
        .getByRole('alertdialog')
        .getByRole('button', { name: lang === 'en' ? 'Yes, end my visit' : 'نعم، أنهِ الزيارة' })
        .click();
      await expect(page.getByRole('navigation')).toHaveCount(0);
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

/** The kiosk's two screens: a portrait totem and a landscape wall or desk screen. */
export const viewports = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
} as const;
export type Orientation = keyof typeof viewports;
export const orientations: readonly Orientation[] = ['portrait', 'landscape'];

/** The toolbar's three text sizes, as `data-text-size` on <html>. */
export type TextSizeValue = 1 | 2 | 3;
export const textSizes: readonly TextSizeValue[] = [1, 2, 3];

export type CoverPass = {
  /** Named in a failure, e.g. "search with the keyboard". */
  readonly screen: string;
  readonly orientation: Orientation;
  readonly size: TextSizeValue;
};

/**
 * Every visible control on the screen that something else covers, described for a failure. The
 * screen is shown in `pass`'s orientation and text size; each control is scrolled into view as the
 * browser does for focus (`block: 'nearest'`, which honours the page's scroll padding), then its
 * centre and its corners, 4 px in, are hit-tested. A control counts as covered when the topmost
 * element at one of those points is neither the control nor inside it. With a modal dialog open,
 * only the dialog's controls can be touched, so only they are checked.
 */
export async function coveredControls(
  page: Page,
  pass: CoverPass,
): Promise<{ checked: number; covered: string[] }> {
  await page.setViewportSize(viewports[pass.orientation]);
  await page.evaluate((size) => {
    document.documentElement.dataset.textSize = String(size);
  }, pass.size);
  // Two frames: the new size's layout, then anything measured from it (the reserved space).
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const problems = await page.evaluate(() => {
    const describe = (element: Element): string => {
      const name =
        element.getAttribute('aria-label') ??
        (element instanceof HTMLInputElement ? element.placeholder || element.value : '') ??
        '';
      const text = (name || element.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
      const className = typeof element.className === 'string' ? element.className.trim() : '';
      return `<${element.tagName.toLowerCase()}${className ? ` .${className.split(/\s+/).join('.')}` : ''}> «${text}»`;
    };
    const modal = document.querySelector('dialog:modal');
    const scope: ParentNode = modal ?? document;
    const selector =
      'button, a[href], input, select, textarea, [role="button"], summary, [tabindex]';
    const found: string[] = [];
    let checked = 0;
    const height = window.innerHeight;
    const width = window.innerWidth;
    for (const control of scope.querySelectorAll<HTMLElement>(selector)) {
      if (!control.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      let box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      checked += 1;
      control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      box = control.getBoundingClientRect();
      // 4 px in from a corner, and further in where the corner is rounded (a point 0.3 of the
      // radius in along both edges lies inside the curve), capped at the control's middle.
      const style = getComputedStyle(control);
      const inset = (radius: string) =>
        Math.min(4 + 0.3 * (parseFloat(radius) || 0), box.width / 2, box.height / 2);
      const topLeft = inset(style.borderTopLeftRadius);
      const topRight = inset(style.borderTopRightRadius);
      const bottomLeft = inset(style.borderBottomLeftRadius);
      const bottomRight = inset(style.borderBottomRightRadius);
      const points: [string, number, number][] = [
        ['centre', box.left + box.width / 2, box.top + box.height / 2],
        ['top left corner', box.left + topLeft, box.top + topLeft],
        ['top right corner', box.right - topRight, box.top + topRight],
        ['bottom left corner', box.left + bottomLeft, box.bottom - bottomLeft],
        ['bottom right corner', box.right - bottomRight, box.bottom - bottomRight],
      ];
      for (const [where, x, y] of points) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
          // Taller than the screen: only the part shown can be touched, its centre is checked.
          if (box.height > height || box.width > width) continue;
          found.push(`${describe(control)} is off screen at its ${where}`);
          break;
        }
        const hit = document.elementFromPoint(x, y);
        if (hit !== null && (hit === control || control.contains(hit))) continue;
        const cover = hit === null ? 'nothing' : describe(hit);
        found.push(`${describe(control)} is covered at its ${where} by ${cover}`);
        break;
      }
    }
    window.scrollTo({ top: 0 });
    return { checked, found };
  });
  return {
    checked: problems.checked,
    covered: problems.found.map(
      (problem) => `${pass.screen} · text size ${pass.size} · ${pass.orientation}: ${problem}`,
    ),
  };
}

/** The toolbar's text-size choices by size, as a visitor reads them. */
export const textSizeNames = {
  ar: { 1: 'عادي', 2: 'كبير', 3: 'أكبر' },
  en: { 1: 'Normal', 2: 'Large', 3: 'Largest' },
} as const;

/** Taps one of the toolbar's three text sizes, in the screen's language. */
export async function chooseTextSize(page: Page, lang: 'ar' | 'en', size: TextSizeValue) {
  await page
    .getByRole('group', { name: lang === 'ar' ? 'حجم الخط' : 'Text size' })
    .getByRole('button', { name: textSizeNames[lang][size], exact: true })
    .click();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', String(size));
}
