/**
 * The building blocks of the content validators (FAQ bundle, registration guide): each check adds
 * a readable problem with where it is, so an office editing a file can fix every problem in one
 * pass instead of one per attempt.
 */
import { languages } from './languages';

/**
 * Problems found so far; validators push to it and report them all at the end. `sourceKeys` are
 * the keys of the bundle's source list, which every cited key must be one of.
 */
export type Check = { readonly problems: string[]; readonly sourceKeys: ReadonlySet<string> };

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** `where` is the object holding the id, e.g. `faq[3]`. */
export function checkId(check: Check, value: unknown, where: string): void {
  if (typeof value !== 'string' || !idPattern.test(value)) {
    check.problems.push(`${where}.id: expected a kebab-case id`);
  }
}

export function checkLocalizedText(check: Check, value: unknown, where: string): void {
  if (!isRecord(value)) {
    check.problems.push(`${where}: expected { ar, en }`);
    return;
  }
  for (const lang of languages) {
    if (!isNonEmptyString(value[lang])) check.problems.push(`${where}.${lang}: empty or missing`);
  }
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
  if (!isRecord(value)) {
    check.problems.push(`${where}: expected { ar: [], en: [] }`);
    return;
  }
  let isShapeValid = true;
  for (const lang of languages) {
    const list = value[lang];
    if (!Array.isArray(list) || list.length < minItems || !list.every(isNonEmptyString)) {
      check.problems.push(`${where}.${lang}: expected at least ${minItems} non-empty strings`);
      isShapeValid = false;
    }
  }
  if (isSameLength && isShapeValid) {
    const arLength = (value.ar as unknown[]).length;
    const enLength = (value.en as unknown[]).length;
    if (arLength !== enLength) {
      check.problems.push(
        `${where}: ar has ${arLength} items but en has ${enLength}; translate every item`,
      );
    }
  }
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
