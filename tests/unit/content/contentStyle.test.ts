/**
 * Every text the kiosk shows follows the mechanical content-style rules (docs/content-style.md):
 * the FAQ, the registration guide, the eligibility check's texts and the interface strings. A
 * failure names the file, the place in it and what to write instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentStyle, checkPairedLists, type StyleText } from '../../../core/content/style';
import type { Language } from '../../../core/content/languages';
import { isRecord } from '../../../core/validation';

const root = resolve(__dirname, '../../..');

/** Content files whose texts sit under `{ "ar": …, "en": … }` pairs. */
const contentFiles = [
  'assets/content/faq.json',
  'assets/content/guide.json',
  'assets/content/eligibility.json',
].filter((path) => existsSync(resolve(root, path)));

/** Interface strings: one file per language, the shared ones and each feature's own. */
const localeFiles = [
  'renderer/i18n/locales',
  ...readdirSync(resolve(root, 'renderer/features'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `renderer/features/${entry.name}/locales`)
    .filter((folder) => existsSync(resolve(root, folder))),
].flatMap((folder) => [`${folder}/ar.json`, `${folder}/en.json`]);

/** Lists whose Arabic and English items translate each other one by one. */
const pairedListKeys = new Set(['steps', 'tasks']);

/** Ways people type a question, kept as typed (no hamza, dialect, typos): not styled text. */
const unstyledKeys = new Set(['alternatives']);

type Found = { readonly texts: StyleText[]; readonly listProblems: string[] };

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** `faq[payment-date]` for an item with an id, `body[2]` otherwise. */
function itemName(path: string, index: number, item: unknown): string {
  const id = isRecord(item) && typeof item.id === 'string' ? item.id : String(index);
  return `${path}[${id}]`;
}

/**
 * Collects every string below an `ar` or `en` key, with the language it is in; strings outside
 * such a pair (ids, sources, staff notes) are not shown to citizens in two languages.
 */
function collect(node: unknown, path: string, lang: Language | undefined, found: Found): void {
  if (typeof node === 'string') {
    if (lang) found.texts.push({ where: path, lang, text: node });
  } else if (Array.isArray(node)) {
    node.forEach((item, index) => collect(item, itemName(path, index, item), lang, found));
  } else if (isRecord(node)) {
    const key = path.split('.').pop() ?? '';
    if (!lang && pairedListKeys.has(key) && isStringList(node.ar) && isStringList(node.en)) {
      found.listProblems.push(...checkPairedLists(path, { ar: node.ar, en: node.en }));
    }
    for (const [child, value] of Object.entries(node)) {
      if (unstyledKeys.has(child)) continue;
      const childLang = lang ?? (child === 'ar' || child === 'en' ? child : undefined);
      collect(value, `${path}.${child}`, childLang, found);
    }
  }
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(resolve(root, path), 'utf8'));
}

/**
 * Problems in one file, each named by the file and the path inside it:
 * `faq.json faq[payment-date].answer.ar[0]: …`. A locale file's strings are all in its language.
 */
function fileProblems(path: string, lang?: Language): string[] {
  const found: Found = { texts: [], listProblems: [] };
  const name = path.replace(/^assets\/content\//, '');
  const data = readJson(path);
  if (isRecord(data)) {
    for (const [key, value] of Object.entries(data)) collect(value, `${name} ${key}`, lang, found);
  }
  return [...checkContentStyle(found.texts), ...found.listProblems];
}

describe('content style', () => {
  it('finds the content and locale files', () => {
    expect(contentFiles).toContain('assets/content/faq.json');
    expect(localeFiles).toContain('renderer/i18n/locales/ar.json');
  });

  it.each(contentFiles)('%s follows the content style', (path) => {
    expect(fileProblems(path)).toEqual([]);
  });

  it.each(localeFiles)('%s follows the content style', (path) => {
    expect(fileProblems(path, path.endsWith('/ar.json') ? 'ar' : 'en')).toEqual([]);
  });
});
