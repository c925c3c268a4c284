/**
 * The content bundle: the kiosk's questions and answers as data, validated whenever it is loaded
 * (shipped bundle at start-up, newer bundles from the hub) so a bad file can never reach a citizen.
 */
import { err, ok, type Result } from '../result';
import type { Localized } from './languages';
import {
  checkBoolean,
  checkDate,
  checkId,
  checkIdList,
  checkLocalizedList,
  checkLocalizedText,
  checkSources,
  isNonEmptyString,
  isRecord,
  type Check,
} from './validation';

export { languages, type Language, type Localized } from './languages';

/** A group of questions shown as one large choice on the FAQ screen. */
export type FaqCategory = {
  /** Stable kebab-case id used in URLs and events. */
  readonly id: string;
  readonly title: Localized<string>;
  /** One plain sentence under the title. */
  readonly description: Localized<string>;
  /** Name of an icon in the renderer's icon set. */
  readonly icon: string;
};

/** One question and its answer. */
export type FaqEntry = {
  /** Stable kebab-case id; events, related links and the relevance set refer to it. */
  readonly id: string;
  /** Id of the category it is listed under. */
  readonly category: string;
  /** The question as a citizen would ask it. */
  readonly question: Localized<string>;
  /** Short paragraphs in plain words, first paragraph answers the question directly. */
  readonly answer: Localized<readonly string[]>;
  /** Numbered steps, where the answer has steps. */
  readonly steps?: Localized<readonly string[]>;
  /** Other ways people ask it (formal Arabic, Gulf dialect, English): feeds search. */
  readonly alternatives: Localized<readonly string[]>;
  /** Ids of related entries, shown under the answer. */
  readonly related: readonly string[];
  /** Source keys from the domain facts (`S1`…`S45`, or `seed` for the seed article). */
  readonly sources: readonly string[];
  /** ISO date (YYYY-MM-DD) the answer was last checked against its sources. */
  readonly reviewedAt: string;
  /** True when the answer rests on a fact not confirmed by an official source. */
  readonly isUnconfirmed: boolean;
  /** Official page for more, shown as a QR code; https only. */
  readonly officialUrl?: string;
};

/** A whole bundle as shipped in assets or served by the hub. */
export type ContentBundle = {
  /** Shape version of this file; bumped on breaking changes to these types. */
  readonly schemaVersion: 1;
  /** Content version (e.g. `2026.11.28-1`), shown to the office manager. */
  readonly version: string;
  /** ISO date-time the bundle was published. */
  readonly publishedAt: string;
  readonly categories: readonly FaqCategory[];
  readonly faq: readonly FaqEntry[];
};

function checkCategory(check: Check, value: unknown, index: number): void {
  const where = `categories[${index}]`;
  if (!isRecord(value)) {
    check.problems.push(`${where}: expected an object`);
    return;
  }
  checkId(check, value.id, where);
  checkLocalizedText(check, value.title, `${where}.title`);
  checkLocalizedText(check, value.description, `${where}.description`);
  if (!isNonEmptyString(value.icon)) check.problems.push(`${where}.icon: missing`);
}

function checkEntry(check: Check, value: unknown, index: number): void {
  const where = `faq[${index}]`;
  if (!isRecord(value)) {
    check.problems.push(`${where}: expected an object`);
    return;
  }
  checkId(check, value.id, where);
  if (!isNonEmptyString(value.category)) check.problems.push(`${where}.category: missing`);
  checkLocalizedText(check, value.question, `${where}.question`);
  checkLocalizedList(check, value.answer, `${where}.answer`, 1);
  if (value.steps !== undefined) {
    checkLocalizedList(check, value.steps, `${where}.steps`, 2, true);
  }
  checkLocalizedList(check, value.alternatives, `${where}.alternatives`, 1);
  checkIdList(check, value.related, `${where}.related`);
  checkSources(check, value.sources, `${where}.sources`);
  checkDate(check, value.reviewedAt, `${where}.reviewedAt`);
  checkBoolean(check, value.isUnconfirmed, `${where}.isUnconfirmed`);
  if (value.officialUrl !== undefined) {
    if (typeof value.officialUrl !== 'string' || !value.officialUrl.startsWith('https://')) {
      check.problems.push(`${where}.officialUrl: expected an https address`);
    }
  }
}

function checkReferences(check: Check, bundle: ContentBundle): void {
  const categoryIds = new Set<string>();
  for (const category of bundle.categories) {
    if (categoryIds.has(category.id)) check.problems.push(`duplicate category id ${category.id}`);
    categoryIds.add(category.id);
  }
  const entryIds = new Set<string>();
  for (const entry of bundle.faq) {
    if (entryIds.has(entry.id)) check.problems.push(`duplicate faq id ${entry.id}`);
    entryIds.add(entry.id);
  }
  for (const entry of bundle.faq) {
    if (!categoryIds.has(entry.category)) {
      check.problems.push(`faq ${entry.id}: unknown category ${entry.category}`);
    }
    for (const related of entry.related) {
      if (!entryIds.has(related))
        check.problems.push(`faq ${entry.id}: unknown related ${related}`);
      if (related === entry.id) check.problems.push(`faq ${entry.id}: related to itself`);
    }
  }
  for (const category of bundle.categories) {
    if (!bundle.faq.some((entry) => entry.category === category.id)) {
      check.problems.push(`category ${category.id} has no questions`);
    }
  }
}

/**
 * Checks an untrusted value against the bundle schema. Returns the typed bundle, or every problem
 * found (not just the first) so an office editing the file can fix it in one pass.
 */
export function validateContentBundle(data: unknown): Result<ContentBundle, 'invalid-content'> {
  const check: Check = { problems: [] };
  if (!isRecord(data)) return err('invalid-content', 'bundle: expected an object');
  if (data.schemaVersion !== 1) check.problems.push('schemaVersion: expected 1');
  if (!isNonEmptyString(data.version)) check.problems.push('version: missing');
  if (typeof data.publishedAt !== 'string' || Number.isNaN(Date.parse(data.publishedAt))) {
    check.problems.push('publishedAt: expected an ISO date-time');
  }
  if (!Array.isArray(data.categories) || data.categories.length === 0) {
    check.problems.push('categories: expected a non-empty list');
  } else {
    data.categories.forEach((category, index) => checkCategory(check, category, index));
  }
  if (!Array.isArray(data.faq) || data.faq.length === 0) {
    check.problems.push('faq: expected a non-empty list');
  } else {
    data.faq.forEach((entry, index) => checkEntry(check, entry, index));
  }
  if (check.problems.length === 0) checkReferences(check, data as unknown as ContentBundle);
  if (check.problems.length > 0) return err('invalid-content', check.problems.join('\n'));
  return ok(data as unknown as ContentBundle);
}
