/**
 * The content bundle: everything the kiosk tells a citizen (questions and answers, the
 * registration guide, the eligibility check's figures and words, and the sources behind them) as
 * one versioned unit. Policy: a bundle is validated as a whole whenever it is built or loaded
 * (shipped at start-up, newer ones from the hub), every problem is reported with the entry id and
 * field, and an invalid bundle is never shown, not even in part.
 */
import { checkEligibilityRules, type EligibilityRules } from '../eligibility/rules';
import { checkEligibilityTexts, type EligibilityTexts } from '../eligibility/texts';
import { checkGuide, type GuideContent } from '../guide/schema';
import { err, ok, type Result } from '../result';
import type { Localized } from './languages';
import { checkSourceList, type Sources } from './sources';
import { isNonEmptyString, isOneOf, isRecord } from '../validation';
import {
  checkBoolean,
  checkDate,
  checkHttpsUrl,
  checkId,
  checkIdList,
  checkLocalizedList,
  checkLocalizedText,
  checkOptional,
  checkRecord,
  checkRecordList,
  checkSources,
  checkWhenWellFormed,
  type Check,
  type RecordChecker,
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
  /**
   * What kind of question the entry answers, for search: `amount` (how much), `date` (when),
   * `how` (a procedure). A query that asks "how much" ranks amount answers first.
   */
  readonly intents?: readonly QuestionIntent[];
  /**
   * Something the kiosk shows with the answer that is not content: `office-details` is this
   * kiosk's office (name, address, hours, phone) from its settings, so one shared answer names
   * each office's own.
   */
  readonly panel?: AnswerPanel;
};

/** What an answer can ask the kiosk to show with it. */
export const answerPanels = ['office-details'] as const;
export type AnswerPanel = (typeof answerPanels)[number];

/** Kinds of question that search recognises in a query and in an entry. */
export const questionIntents = ['amount', 'date', 'how'] as const;
export type QuestionIntent = (typeof questionIntents)[number];

/** The eligibility check's part of the bundle. */
export type EligibilityContent = {
  readonly rules: EligibilityRules;
  readonly texts: EligibilityTexts;
};

/** The shape version this kiosk reads; bumped on breaking changes to these types. */
export const contentSchemaVersion = 2;

/** A whole bundle as assembled from `assets/content/` or served by the hub. */
export type ContentBundle = {
  /** Shape version of the bundle (`contentSchemaVersion`). */
  readonly schemaVersion: typeof contentSchemaVersion;
  /** Content version (e.g. `2026.12.02-1`), shown to the office manager and recorded with visits. */
  readonly version: string;
  /** ISO date-time the bundle was published. */
  readonly publishedAt: string;
  /** Every source the content cites, by key. */
  readonly sources: Sources;
  readonly categories: readonly FaqCategory[];
  readonly faq: readonly FaqEntry[];
  readonly guide: GuideContent;
  readonly eligibility: EligibilityContent;
};

const checkCategory: RecordChecker = (check, category, where) => {
  checkId(check, category.id, where);
  checkLocalizedText(check, category.title, `${where}.title`);
  checkLocalizedText(check, category.description, `${where}.description`);
  if (!isNonEmptyString(category.icon)) check.problems.push(`${where}.icon: missing`);
};

const checkEntry: RecordChecker = (check, entry, where) => {
  checkId(check, entry.id, where);
  if (!isNonEmptyString(entry.category)) check.problems.push(`${where}.category: missing`);
  checkLocalizedText(check, entry.question, `${where}.question`);
  checkLocalizedList(check, entry.answer, `${where}.answer`, 1);
  checkOptional(check, entry.steps, `${where}.steps`, (own, steps, at) =>
    checkLocalizedList(own, steps, at, 2, true),
  );
  checkLocalizedList(check, entry.alternatives, `${where}.alternatives`, 1);
  checkIdList(check, entry.related, `${where}.related`);
  checkSources(check, entry.sources, `${where}.sources`);
  checkDate(check, entry.reviewedAt, `${where}.reviewedAt`);
  checkBoolean(check, entry.isUnconfirmed, `${where}.isUnconfirmed`);
  checkOptional(check, entry.officialUrl, `${where}.officialUrl`, checkHttpsUrl);
  if (
    entry.intents !== undefined &&
    (!Array.isArray(entry.intents) ||
      !entry.intents.every((intent) => isOneOf(intent, questionIntents)))
  ) {
    check.problems.push(`${where}.intents: expected a list of ${questionIntents.join(', ')}`);
  }
  if (entry.panel !== undefined && !isOneOf(entry.panel, answerPanels)) {
    check.problems.push(`${where}.panel: expected one of ${answerPanels.join(', ')}`);
  }
};

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
 * found (not just the first), each with the entry id and field, so an office editing the content
 * can fix it in one pass.
 */
export function validateContentBundle(data: unknown): Result<ContentBundle, 'invalid-content'> {
  if (!isRecord(data)) return err('invalid-content', 'bundle: expected an object');
  const sourceKeys = new Set(isRecord(data.sources) ? Object.keys(data.sources) : []);
  const check: Check = { problems: [], sourceKeys };
  if (data.schemaVersion !== contentSchemaVersion) {
    check.problems.push(`schemaVersion: expected ${contentSchemaVersion}`);
  }
  if (!isNonEmptyString(data.version)) check.problems.push('version: missing');
  if (typeof data.publishedAt !== 'string' || Number.isNaN(Date.parse(data.publishedAt))) {
    check.problems.push('publishedAt: expected an ISO date-time');
  }
  checkSourceList(check, data.sources);
  checkWhenWellFormed(
    check,
    () => {
      checkRecordList(check, data.categories, 'categories', checkCategory);
      checkRecordList(check, data.faq, 'faq', checkEntry);
    },
    () => checkReferences(check, data as unknown as ContentBundle),
  );
  const faqIds = Array.isArray(data.faq)
    ? data.faq.flatMap((entry) =>
        isRecord(entry) && typeof entry.id === 'string' ? [entry.id] : [],
      )
    : [];
  checkGuide(check, data.guide, faqIds);
  checkRecord(
    check,
    data.eligibility,
    'eligibility',
    (own, eligibility) => {
      checkEligibilityRules(own, eligibility.rules, 'eligibility.rules');
      checkEligibilityTexts(own, eligibility.texts, 'eligibility.texts');
    },
    'expected { rules, texts }',
  );
  if (check.problems.length > 0) return err('invalid-content', check.problems.join('\n'));
  return ok(data as unknown as ContentBundle);
}
