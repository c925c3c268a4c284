/**
 * The registration guide as data: the numbered steps of registering in the updated social security,
 * the checklist a citizen takes home, and how to reach the office.
 *
 * Policy: the guide is validated whenever it is loaded (shipped file at start-up, newer bundles
 * from the hub) and every problem is reported at once; a guide that links to a missing FAQ entry or
 * checklist item, skips a step number or lacks a language is rejected as a whole, never shown.
 */
import type { Localized } from '../content/languages';
import { isNonEmptyString } from '../validation';
import {
  checkBoolean,
  checkDate,
  checkId,
  checkIdList,
  checkLocalizedList,
  checkLocalizedText,
  checkOptional,
  checkRecord,
  checkRecordList,
  checkSources,
  checkWhenWellFormed,
  checkWithPrefix,
  findDuplicates,
  type Check,
  type RecordChecker,
  type ValueChecker,
} from '../content/validation';

/** The first page of the guide: what this is, how long it takes, what to bring. */
export type GuideStart = {
  /** Heading of the guide's first page. */
  readonly title: Localized<string>;
  /** One or two plain sentences saying what the guide is for. */
  readonly summary: Localized<string>;
  /** How long reading the guide and registering takes, in words (no invented precision). */
  readonly duration: Localized<string>;
  /** What to have ready before starting; one short line each. */
  readonly youWillNeed: Localized<readonly string[]>;
  /** Other ways to get help (staff here, the office, the FAQ); one short line each. */
  readonly otherHelp: Localized<readonly string[]>;
};

/** One numbered step of registering. */
export type GuideStep = {
  /** Stable kebab-case id; guide-progress events and the session's progress refer to it. */
  readonly id: string;
  /** Position shown to the citizen ("Step 3 of 9"); must be 1..n in list order. */
  readonly number: number;
  /** Short heading, an instruction ("Enter your IBAN"). */
  readonly title: Localized<string>;
  /** One sentence under the heading: what this step is. */
  readonly summary: Localized<string>;
  /** Short paragraphs in plain words; the first says what to do, later ones what goes wrong. */
  readonly body: Localized<readonly string[]>;
  /**
   * What to do, as a list the citizen can tick off. Both languages must have the same number of
   * items because the UI records which ones were ticked by index.
   */
  readonly tasks?: Localized<readonly string[]>;
  /** Ids of FAQ entries about what commonly goes wrong at this step, shown as "Problems?" links. */
  readonly faqIds: readonly string[];
  /** Ids of checklist items this step needs, shown as "You need" on the step's page. */
  readonly checklistIds?: readonly string[];
  /** Source keys from the domain facts (`S1`…`S45`, or `seed` for the seed article). */
  readonly sources: readonly string[];
  /** ISO date (YYYY-MM-DD) the step was last checked against its sources; shown on the page. */
  readonly reviewedAt: string;
  /** True when the step rests on a fact no official source confirms; the UI shows a caution. */
  readonly isUnconfirmed: boolean;
  /** True when the step states dates or amounts that can change; the UI says "may change". */
  readonly isTimeSensitive: boolean;
};

/** One thing to have ready, printed on the take-home checklist. */
export type ChecklistItem = {
  /** Stable kebab-case id; steps refer to it in `checklistIds`. */
  readonly id: string;
  /** What it is, as a short noun phrase ("A registered national address"). */
  readonly label: Localized<string>;
  /** Where to get it (which office or platform), in plain words. */
  readonly whereToGet: Localized<string>;
  /** When only some people need it ("Only if people live with you"); absent means everyone. */
  readonly onlyIf?: Localized<string>;
  /** Source keys from the domain facts. */
  readonly sources: readonly string[];
};

/** One way to reach the office or the ministry. */
export type ContactChannel = {
  /** Stable kebab-case id. */
  readonly id: string;
  /** What it is ("The Social Support and Protection Platform"). */
  readonly label: Localized<string>;
  /**
   * The number or web address alone, kept out of the localized text so the UI can isolate it in
   * `<bdi>` (digits must not be reordered inside Arabic text), and so staff can change it in one
   * place.
   */
  readonly value?: string;
  /** A caution or extra detail shown under the label (e.g. why a number is unconfirmed). */
  readonly note?: Localized<string>;
  /** Source keys from the domain facts. */
  readonly sources: readonly string[];
  /** True when no official source confirms this channel; `note` must then say so. */
  readonly isUnconfirmed: boolean;
};

/**
 * Ways to get help after leaving the kiosk, shown at the end of the guide and on the checklist.
 * The office's own name, address, hours and phone are not content: they are the kiosk's settings,
 * so every office shows its own.
 */
export type GuideOffice = {
  /** Ways to get help after leaving the kiosk. */
  readonly contact: readonly ContactChannel[];
  /** Source keys from the domain facts. */
  readonly sources: readonly string[];
};

/** The guide's part of the content bundle (`assets/content/guide.json`). */
export type GuideContent = {
  /** ISO date (YYYY-MM-DD) the guide as a whole was last reviewed; printed on the checklist. */
  readonly reviewedAt: string;
  readonly start: GuideStart;
  /** The steps in order; `number` is 1..n. */
  readonly steps: readonly GuideStep[];
  /** Everything a citizen needs, in the order it is printed. */
  readonly checklist: readonly ChecklistItem[];
  readonly office: GuideOffice;
};

const checkStart: RecordChecker = (check, start) => {
  checkLocalizedText(check, start.title, 'start.title');
  checkLocalizedText(check, start.summary, 'start.summary');
  checkLocalizedText(check, start.duration, 'start.duration');
  checkLocalizedList(check, start.youWillNeed, 'start.youWillNeed', 1, true);
  checkLocalizedList(check, start.otherHelp, 'start.otherHelp', 1, true);
};

/** Both languages, item for item, at least one. */
const checkTranslatedList: ValueChecker = (check, value, where) =>
  checkLocalizedList(check, value, where, 1, true);

const checkStep: RecordChecker = (check, step, where) => {
  checkId(check, step.id, where);
  if (typeof step.number !== 'number' || !Number.isInteger(step.number)) {
    check.problems.push(`${where}.number: expected a whole number`);
  }
  checkLocalizedText(check, step.title, `${where}.title`);
  checkLocalizedText(check, step.summary, `${where}.summary`);
  checkTranslatedList(check, step.body, `${where}.body`);
  checkOptional(check, step.tasks, `${where}.tasks`, checkTranslatedList);
  checkIdList(check, step.faqIds, `${where}.faqIds`);
  checkOptional(check, step.checklistIds, `${where}.checklistIds`, checkIdList);
  checkSources(check, step.sources, `${where}.sources`);
  checkDate(check, step.reviewedAt, `${where}.reviewedAt`);
  checkBoolean(check, step.isUnconfirmed, `${where}.isUnconfirmed`);
  checkBoolean(check, step.isTimeSensitive, `${where}.isTimeSensitive`);
};

const checkChecklistItem: RecordChecker = (check, item, where) => {
  checkId(check, item.id, where);
  checkLocalizedText(check, item.label, `${where}.label`);
  checkLocalizedText(check, item.whereToGet, `${where}.whereToGet`);
  checkOptional(check, item.onlyIf, `${where}.onlyIf`, checkLocalizedText);
  checkSources(check, item.sources, `${where}.sources`);
};

const checkContact: RecordChecker = (check, channel, where) => {
  checkId(check, channel.id, where);
  checkLocalizedText(check, channel.label, `${where}.label`);
  if (channel.value !== undefined && !isNonEmptyString(channel.value)) {
    check.problems.push(`${where}.value: expected a number or address, or no value`);
  }
  checkOptional(check, channel.note, `${where}.note`, checkLocalizedText);
  checkSources(check, channel.sources, `${where}.sources`);
  checkBoolean(check, channel.isUnconfirmed, `${where}.isUnconfirmed`);
  // An unconfirmed number shown without a caution reads as official; require the caution.
  if (channel.isUnconfirmed === true && channel.note === undefined) {
    check.problems.push(
      `${where}.note: required when isUnconfirmed is true (say it is unconfirmed)`,
    );
  }
};

const checkOffice: RecordChecker = (check, office) => {
  checkRecordList(check, office.contact, 'office.contact', checkContact);
  checkSources(check, office.sources, 'office.sources');
};

/** Cross-checks run only once every record has the right shape, so they can trust the types. */
function checkReferences(check: Check, guide: GuideContent, faqIds: ReadonlySet<string>): void {
  for (const id of findDuplicates(guide.steps.map((step) => step.id))) {
    check.problems.push(`duplicate step id ${id}`);
  }
  for (const id of findDuplicates(guide.checklist.map((item) => item.id))) {
    check.problems.push(`duplicate checklist id ${id}`);
  }
  for (const id of findDuplicates(guide.office.contact.map((channel) => channel.id))) {
    check.problems.push(`duplicate contact id ${id}`);
  }
  guide.steps.forEach((step, index) => {
    if (step.number !== index + 1) {
      check.problems.push(`step ${step.id}: number ${step.number}, expected ${index + 1}`);
    }
  });
  const checklistIds = new Set(guide.checklist.map((item) => item.id));
  const linkedChecklistIds = new Set<string>();
  for (const step of guide.steps) {
    for (const faqId of step.faqIds) {
      if (!faqIds.has(faqId)) check.problems.push(`step ${step.id}: unknown faq id ${faqId}`);
    }
    for (const checklistId of step.checklistIds ?? []) {
      linkedChecklistIds.add(checklistId);
      if (!checklistIds.has(checklistId)) {
        check.problems.push(`step ${step.id}: unknown checklist id ${checklistId}`);
      }
    }
  }
  // An item no step mentions would be printed with nothing on screen explaining it.
  for (const item of guide.checklist) {
    if (!linkedChecklistIds.has(item.id)) {
      check.problems.push(`checklist item ${item.id} is not linked from any step`);
    }
  }
}

/**
 * Checks the guide part of a content bundle, and the FAQ ids it links to, adding every problem
 * found (prefixed `guide:`), so an office editing the file can fix it in one pass.
 */
export function checkGuide(check: Check, data: unknown, faqIds: Iterable<string>): void {
  checkRecord(check, data, 'guide', (outer, guide) => {
    checkWithPrefix(outer, 'guide', (own) => {
      checkWhenWellFormed(
        own,
        () => {
          checkDate(own, guide.reviewedAt, 'reviewedAt');
          checkRecord(own, guide.start, 'start', checkStart);
          checkRecordList(own, guide.steps, 'steps', checkStep);
          checkRecordList(own, guide.checklist, 'checklist', checkChecklistItem);
          checkRecord(own, guide.office, 'office', checkOffice);
        },
        () => checkReferences(own, guide as unknown as GuideContent, new Set(faqIds)),
      );
    });
  });
}
