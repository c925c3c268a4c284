/**
 * The building blocks of the content validators (FAQ bundle, sources, registration guide,
 * eligibility figures and words): each check adds a readable problem with where it is, so an office
 * editing a file can fix every problem in one pass instead of one per attempt.
 *
 * Every validator has the same skeleton, and it lives here: a value must be a record (or a
 * non-empty list of records, each named by `itemPlace`, or a record with a fixed set of keys);
 * each record's fields are checked by a function `(check, record, where)`; cross-references run
 * only on records that are all well formed; a part may report under a prefix (`guide: ...`). A
 * validator declares what it checks and leaves the walking to `checkRecord`, `checkRecordList`,
 * `checkByKeys`, `checkWhenWellFormed` and `checkWithPrefix`.
 */
import { isNonEmptyString, isRecord } from '../validation';
import { languages } from './languages';

/**
 * Problems found so far; validators push to it and report them all at the end. `sourceKeys` are
 * the keys of the bundle's source list, which every cited key must be one of.
 */
export type Check = { readonly problems: string[]; readonly sourceKeys: ReadonlySet<string> };

/** Checks one value found at `where`, adding a problem for each thing wrong with it. */
export type ValueChecker = (check: Check, value: unknown, where: string) => void;

/** Checks the fields of a value already known to be a record. */
export type RecordChecker = (
  check: Check,
  record: Readonly<Record<string, unknown>>,
  where: string,
) => void;

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A record at `where`, whose fields `checkFields` checks; anything else is one problem,
 * `${where}: ${expected}` (`expected an object` unless the shape is worth spelling out).
 */
export function checkRecord(
  check: Check,
  value: unknown,
  where: string,
  checkFields: RecordChecker,
  expected = 'expected an object',
): void {
  if (!isRecord(value)) {
    check.problems.push(`${where}: ${expected}`);
    return;
  }
  checkFields(check, value, where);
}

/**
 * A non-empty list of records named `list`; each item is checked by `checkItem` at its place
 * (`faq[3] (payment-date)`), and an item that is not a record is a problem at that place.
 */
export function checkRecordList(
  check: Check,
  value: unknown,
  list: string,
  checkItem: RecordChecker,
): void {
  if (!Array.isArray(value) || value.length === 0) {
    check.problems.push(`${list}: expected a non-empty list`);
    return;
  }
  value.forEach((item: unknown, index) => {
    checkRecord(check, item, itemPlace(list, index, item), checkItem);
  });
}

/**
 * A record holding one value for each of `keys` (texts by reason code, figures by name); each is
 * checked by `checkOne` at `${where}.${key}`.
 */
export function checkByKeys(
  check: Check,
  value: unknown,
  where: string,
  keys: readonly string[],
  checkOne: ValueChecker,
): void {
  checkRecord(check, value, where, (own, record) => {
    for (const key of keys) checkOne(own, record[key], `${where}.${key}`);
  });
}

/**
 * Runs `checkShape`, then `checkCrossReferences` only if the shape added no problem: cross-checks
 * trust the types, and on a malformed part they would only repeat its problems.
 */
export function checkWhenWellFormed(
  check: Check,
  checkShape: () => void,
  checkCrossReferences: () => void,
): void {
  const before = check.problems.length;
  checkShape();
  if (check.problems.length === before) checkCrossReferences();
}

/** Runs `run` on a check of its own and reports its problems as `${prefix}: ${problem}`. */
export function checkWithPrefix(check: Check, prefix: string, run: (own: Check) => void): void {
  const own: Check = { problems: [], sourceKeys: check.sourceKeys };
  run(own);
  check.problems.push(...own.problems.map((problem) => `${prefix}: ${problem}`));
}

/** The ids that occur more than once, each once, in order of their second occurrence. */
export function findDuplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) duplicates.add(id);
    seen.add(id);
  }
  return [...duplicates];
}

/** `where` is the object holding the id, e.g. `faq[3]`. */
export function checkId(check: Check, value: unknown, where: string): void {
  if (typeof value !== 'string' || !idPattern.test(value)) {
    check.problems.push(`${where}.id: expected a kebab-case id`);
  }
}

export function checkLocalizedText(check: Check, value: unknown, where: string): void {
  checkRecord(
    check,
    value,
    where,
    (own, text) => {
      for (const lang of languages) {
        if (!isNonEmptyString(text[lang])) own.problems.push(`${where}.${lang}: empty or missing`);
      }
    },
    'expected { ar, en }',
  );
}

/**
 * A list in both languages. With `isSameLength`, both must have as many items: used where items
 * are translations of each other one by one (steps, tasks), so a missing one is a missing
 * translation; answers and alternative phrasings may differ in number.
 */
export function checkLocalizedList(
  check: Check,
  value: unknown,
  where: string,
  minItems: number,
  isSameLength = false,
): void {
  checkRecord(
    check,
    value,
    where,
    (own, lists) => {
      let isShapeValid = true;
      for (const lang of languages) {
        const list = lists[lang];
        if (!Array.isArray(list) || list.length < minItems || !list.every(isNonEmptyString)) {
          own.problems.push(`${where}.${lang}: expected at least ${minItems} non-empty strings`);
          isShapeValid = false;
        }
      }
      if (isSameLength && isShapeValid) {
        const arLength = (lists.ar as unknown[]).length;
        const enLength = (lists.en as unknown[]).length;
        if (arLength !== enLength) {
          own.problems.push(
            `${where}: ar has ${arLength} items but en has ${enLength}; translate every item`,
          );
        }
      }
    },
    'expected { ar: [], en: [] }',
  );
}

export function checkIdList(check: Check, value: unknown, where: string): void {
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) {
    check.problems.push(`${where}: expected a list of ids`);
  }
}

/** Cited keys must be in the bundle's source list, so the kiosk can name every source. */
export function checkSources(check: Check, value: unknown, where: string): void {
  if (!Array.isArray(value) || value.length === 0) {
    check.problems.push(`${where}: expected a list of source keys such as S1 or seed`);
    return;
  }
  for (const key of value) {
    if (typeof key !== 'string' || !check.sourceKeys.has(key)) {
      check.problems.push(`${where}: ${String(key)} is not in the source list`);
    }
  }
}

/** Where an item of a list is, named by its id when it has one: `faq[3] (payment-date)`. */
export function itemPlace(list: string, index: number, value: unknown): string {
  const id = isRecord(value) && typeof value.id === 'string' ? ` (${value.id})` : '';
  return `${list}[${index}]${id}`;
}

export function checkDate(check: Check, value: unknown, where: string): void {
  if (typeof value !== 'string' || !datePattern.test(value) || Number.isNaN(Date.parse(value))) {
    check.problems.push(`${where}: expected YYYY-MM-DD`);
  }
}

export function checkBoolean(check: Check, value: unknown, where: string): void {
  if (typeof value !== 'boolean') check.problems.push(`${where}: expected true or false`);
}

/** An optional field: absent is fine, present must pass `checkValue`. */
export function checkOptional(
  check: Check,
  value: unknown,
  where: string,
  checkValue: ValueChecker,
): void {
  if (value !== undefined) checkValue(check, value, where);
}

/** An https address (official pages, source pages). */
export function checkHttpsUrl(check: Check, value: unknown, where: string): void {
  if (typeof value !== 'string' || !value.startsWith('https://')) {
    check.problems.push(`${where}: expected an https address`);
  }
}
