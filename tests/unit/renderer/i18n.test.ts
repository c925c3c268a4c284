import { describe, expect, it } from 'vitest';
import { createI18n, resources } from '../../../renderer/i18n';

const ar = resources.ar.translation;
const en = resources.en.translation;

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const arabicForms = ['zero', 'one', 'two', 'few', 'many', 'other'];
const englishForms = ['one', 'other'];

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    flatten(child, prefix ? `${prefix}.${key}` : key),
  );
}

function baseKeys(keys: string[]): Set<string> {
  return new Set(keys.map((key) => key.replace(pluralSuffix, '')));
}

function pluralForms(keys: string[]): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const key of keys) {
    const match = pluralSuffix.exec(key);
    if (!match?.[1]) continue;
    const base = key.slice(0, -match[0].length);
    forms.set(base, [...(forms.get(base) ?? []), match[1]]);
  }
  return forms;
}

describe('translations', () => {
  const arKeys = flatten(ar);
  const enKeys = flatten(en);

  it('has every key in both Arabic and English', () => {
    const arBase = baseKeys(arKeys);
    const enBase = baseKeys(enKeys);
    expect([...arBase].filter((key) => !enBase.has(key))).toEqual([]);
    expect([...enBase].filter((key) => !arBase.has(key))).toEqual([]);
  });

  it('gives Arabic plurals all six forms and English its two', () => {
    for (const [base, forms] of pluralForms(arKeys)) {
      expect([base, forms.sort()]).toEqual([base, [...arabicForms].sort()]);
    }
    for (const [base, forms] of pluralForms(enKeys)) {
      expect([base, forms.sort()]).toEqual([base, [...englishForms].sort()]);
    }
  });

  it('has no empty strings', () => {
    const empty = (locale: unknown) =>
      flatten(locale).filter((key) => {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locale);
        return typeof value !== 'string' || value.trim() === '';
      });
    expect(empty(ar)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it('picks the right Arabic plural form for counts', async () => {
    const i18n = await createI18n();
    const t = i18n.getFixedT('ar');
    expect(t('faq.questionCount', { count: 1 })).toBe('سؤال واحد');
    expect(t('faq.questionCount', { count: 2 })).toBe('سؤالان');
    expect(t('faq.questionCount', { count: 6 })).toBe('6 أسئلة');
    expect(t('faq.questionCount', { count: 11 })).toBe('11 سؤالًا');
    expect(t('faq.questionCount', { count: 100 })).toBe('100 سؤال');
    expect(i18n.getFixedT('en')('idle.seconds', { count: 1 })).toBe('1 second');
  });

  it('gives the keypad unit the form the typed number calls for', async () => {
    const i18n = await createI18n();
    const ar = i18n.getFixedT('ar');
    const en = i18n.getFixedT('en');
    const people = (count: number) => ar('eligibility.number.peopleUnit', { count });
    const sar = (count: number) => ar('eligibility.number.sarUnit', { count });
    expect([1, 2, 3, 10, 11, 100].map(people)).toEqual([
      'شخص',
      'شخصان',
      'أشخاص',
      'أشخاص',
      'شخصًا',
      'شخص',
    ]);
    expect([660, 1320, 500, 1000, 5000, 103].map(sar)).toEqual([
      'ريالًا',
      'ريالًا',
      'ريال',
      'ريال',
      'ريال',
      'ريالات',
    ]);
    // Before a digit is typed there is no count: the plain form.
    expect(ar('eligibility.number.peopleUnit')).toBe('أشخاص');
    expect(en('eligibility.number.peopleUnit', { count: 1 })).toBe('person');
    expect(en('eligibility.number.peopleUnit', { count: 4 })).toBe('people');
    expect(en('eligibility.number.sarUnit', { count: 1320 })).toBe('SAR');
  });
});
