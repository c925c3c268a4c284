/**
 * The kiosk ships only the font files it loads: woff2 only (Chromium reads it; the woff copies
 * were never requested), only the subsets its text uses, and every shipped file is requested on
 * the first screens of a visit in either language. Every character of the content, the screens'
 * words and the dates they show falls in a shipped face's range, so none is drawn in the system
 * font beside the kiosk's own. Reads the build in dist/renderer (`npm run test:e2e` builds first).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { formatDualDate, formatSourceDate } from '../../renderer/i18n/dates';
import { kioskDriver } from './support/kiosk';

const projectRoot = path.resolve(__dirname, '..', '..');
const assets = path.join(projectRoot, 'dist', 'renderer', 'assets');

type Face = { readonly urls: readonly string[]; readonly ranges: readonly [number, number][] };

function builtStylesheet(): string {
  return readdirSync(assets)
    .filter((name) => name.endsWith('.css'))
    .map((name) => readFileSync(path.join(assets, name), 'utf8'))
    .join('\n');
}

/** `U+600-6FF`, `U+6??` (a wildcard, as the minifier writes it) or `U+2E41`. */
function rangeOf(part: string): [number, number] {
  const [from = '', to] = part.trim().replace(/^U\+/i, '').split('-');
  if (to !== undefined) return [parseInt(from, 16), parseInt(to, 16)];
  return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'F'), 16)];
}

function facesOf(css: string): Face[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = '']) => ({
    urls: [...body.matchAll(/url\(["']?([^"')]+)["']?\)/g)].map(([, url = '']) =>
      path.basename(url),
    ),
    ranges: (/unicode-range:([^;}]*)/.exec(body)?.[1] ?? 'U+0-10FFFF').split(',').map(rangeOf),
  }));
}

function fontFiles(): string[] {
  return readdirSync(assets)
    .filter((name) => /\.(woff2?|ttf|otf|eot)$/.test(name))
    .sort();
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

function jsonFiles(dir: string, only: (file: string) => boolean): unknown[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json') && only(file))
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown);
}

/** Every text the kiosk draws from its own data: content, screen words, a year of dates. */
function kioskText(): string {
  const content = jsonFiles(path.join(projectRoot, 'assets', 'content'), () => true);
  const words = jsonFiles(path.join(projectRoot, 'renderer'), (file) =>
    file.split(path.sep).includes('locales'),
  );
  const dates = Array.from({ length: 380 }, (_, day) =>
    new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10),
  ).flatMap((iso) =>
    (['ar', 'en'] as const).flatMap((lang) => [
      ...Object.values(formatDualDate(iso, lang)),
      formatSourceDate(iso.slice(0, 7), lang),
    ]),
  );
  return [...strings(content), ...strings(words), ...dates].join(' ');
}

test('the build ships woff2 fonts only, each one a face of the stylesheet', () => {
  const files = fontFiles();
  const referenced = facesOf(builtStylesheet()).flatMap((face) => face.urls);
  expect(files.length).toBeGreaterThan(0);
  expect(files.filter((name) => !name.endsWith('.woff2'))).toEqual([]);
  expect([...referenced].sort()).toEqual(files);
});

test('every character of the content, the screens and the dates has a shipped face', () => {
  const faces = facesOf(builtStylesheet());
  const missing = new Set<string>();
  for (const char of kioskText()) {
    if (/\s/.test(char)) continue;
    const code = char.codePointAt(0) ?? 0;
    const isCovered = faces.some((face) =>
      face.ranges.some(([from, to]) => code >= from && code <= to),
    );
    if (!isCovered) missing.add(`U+${code.toString(16).toUpperCase().padStart(4, '0')} ${char}`);
  }
  expect([...missing]).toEqual([]);
});

test('a visit in each language loads every shipped font file', async ({ page }) => {
  const requested = new Set<string>();
  page.on('requestfinished', (request) => {
    const name = path.basename(new URL(request.url()).pathname);
    if (/\.woff2?$/.test(name)) requested.add(name);
  });
  const kiosk = kioskDriver(page);
  for (const [lang, topics] of [
    ['ar', /أسئلة عن الضمان/],
    ['en', /Questions about social security/],
  ] as const) {
    await kiosk.open();
    await kiosk.start(lang);
    await kiosk.tap(topics);
    await page.locator('.choices--grid .choice').first().click();
    await page.locator('.question-list__item').first().click();
    await expect(page.locator('.dual-date__separator').first()).toBeAttached();
    await page.evaluate(() => document.fonts.ready);
  }
  expect([...requested].sort()).toEqual(fontFiles());
});
