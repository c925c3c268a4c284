import { describe, expect, it } from 'vitest';
import {
  type Check,
  checkByKeys,
  checkRecord,
  checkRecordList,
  checkWhenWellFormed,
  checkWithPrefix,
  findDuplicates,
} from '../../../core/content/validation';
import { hasOnlyKeys, isNonEmptyString, isOneOf, isRecord } from '../../../core/validation';

function newCheck(): Check {
  return { problems: [], sourceKeys: new Set(['S1']) };
}

describe('core validation helpers', () => {
  it('tell records, strings and enum values apart', () => {
    expect(isRecord({})).toBe(true);
    for (const value of [null, [], 'x', 1, undefined]) expect(isRecord(value)).toBe(false);
    expect(hasOnlyKeys({ a: 1 }, ['a', 'b'])).toBe(true);
    expect(hasOnlyKeys({ a: 1, c: 2 }, ['a', 'b'])).toBe(false);
    expect(isNonEmptyString(' x ')).toBe(true);
    expect(isNonEmptyString('  ')).toBe(false);
    expect(isOneOf('pdf', ['pdf', 'printer'])).toBe(true);
    expect(isOneOf('toString', ['pdf'])).toBe(false);
    expect(isOneOf(1, ['pdf'])).toBe(false);
  });
});

describe('the content validators skeleton', () => {
  it('walks a non-empty list of records, naming each by its place and id', () => {
    const check = newCheck();
    const seen: string[] = [];
    checkRecordList(check, [{ id: 'a' }, 'x', {}], 'faq', (_check, _record, where) => {
      seen.push(where);
    });
    expect(seen).toEqual(['faq[0] (a)', 'faq[2]']);
    expect(check.problems).toEqual(['faq[1]: expected an object']);
    checkRecordList(check, [], 'steps', () => undefined);
    expect(check.problems).toContain('steps: expected a non-empty list');
  });

  it('checks a record, or says what was expected', () => {
    const check = newCheck();
    checkRecord(check, null, 'bands.likely', () => undefined, 'expected { title, body }');
    expect(check.problems).toEqual(['bands.likely: expected { title, body }']);
  });

  it('checks each of a fixed set of keys', () => {
    const check = newCheck();
    checkByKeys(check, { a: 'x' }, 'reasons', ['a', 'b'], (own, value, where) => {
      if (value === undefined) own.problems.push(`${where}: missing`);
    });
    expect(check.problems).toEqual(['reasons.b: missing']);
  });

  it('runs cross-checks only on a well-formed part, and prefixes a part problems', () => {
    const check = newCheck();
    let crossChecked = 0;
    checkWithPrefix(check, 'guide', (own) => {
      checkWhenWellFormed(
        own,
        () => own.problems.push('steps: expected a non-empty list'),
        () => (crossChecked += 1),
      );
      checkWhenWellFormed(
        own,
        () => undefined,
        () => (crossChecked += 1),
      );
    });
    expect(check.problems).toEqual(['guide: steps: expected a non-empty list']);
    expect(crossChecked).toBe(1);
  });

  it('finds each repeated id once', () => {
    expect(findDuplicates(['a', 'b', 'a', 'a', 'c', 'b'])).toEqual(['a', 'b']);
  });
});
