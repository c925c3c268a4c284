/**
 * The registration guide file: the shipped guide validates, and broken variants are rejected with
 * messages an office editor can act on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Check } from '../../../core/content/validation';
import { checkGuide, type GuideContent } from '../../../core/guide/schema';
import { shippedContentBundle } from '../../../scripts/contentFiles';

const root = resolve(__dirname, '../../..');
const shipped = shippedContentBundle();
const sourceKeys = new Set(Object.keys(shipped.sources));

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(resolve(root, path), 'utf8'));
}

/** The FAQ ids the guide may link to: the entries of the shipped bundle. */
const faqIds = shipped.faq.map((entry) => entry.id);

/** Every problem the bundle validator finds in a guide, without the `guide: ` prefix. */
function guideProblems(data: unknown, ids: readonly string[] = faqIds): string[] {
  const check: Check = { problems: [], sourceKeys };
  checkGuide(check, data, ids);
  return check.problems.map((problem) => problem.replace(/^guide: /, ''));
}

/** A fresh, mutable copy of the shipped guide for each variant. */
function shippedGuide(): GuideContent {
  return readJson('assets/content/guide.json') as GuideContent;
}

/** A guide copy that tests may break in place. */
type Draft<T> = T extends readonly (infer Item)[]
  ? Draft<Item>[]
  : T extends object
    ? { -readonly [K in keyof T]: Draft<T[K]> }
    : T;

function draftGuide(): Draft<GuideContent> {
  return shippedGuide() as Draft<GuideContent>;
}

/** Sets a field to a value of the wrong type, as a hand-edited file might. */
function setLoose(target: object, key: string, value: unknown): void {
  (target as Record<string, unknown>)[key] = value;
}

const problemsOf = (data: unknown) => guideProblems(data);

describe('the shipped guide', () => {
  const result = { ok: true, value: shipped.guide } as const;

  it('validates as part of the bundle', () => {
    expect(guideProblems(shippedGuide())).toEqual([]);
  });

  it('has the nine steps in order', () => {
    if (!result.ok) throw new Error('guide does not validate');
    expect(result.value.steps.map((step) => step.id)).toEqual([
      'get-ready',
      'log-in',
      'unified-file',
      'add-dependents',
      'housing-proof',
      'enter-iban',
      'consent-submit',
      'results-payment',
      'after-registering',
    ]);
  });

  it('has the six checklist items', () => {
    if (!result.ok) throw new Error('guide does not validate');
    expect(result.value.checklist.map((item) => item.id)).toEqual([
      'nafath-account',
      'national-address',
      'housing-proof',
      'own-iban',
      'dependents-accounts',
      'income-documents',
    ]);
  });

  it('marks the unified number as unconfirmed and says so in both languages', () => {
    if (!result.ok) throw new Error('guide does not validate');
    const number = result.value.office.contact.find((channel) => channel.value === '19911');
    expect(number?.isUnconfirmed).toBe(true);
    expect(number?.note?.en).toMatch(/could not confirm/);
    expect(number?.note?.ar).toMatch(/لم نتأكد/);
  });

  it('says the payment dates may change', () => {
    if (!result.ok) throw new Error('guide does not validate');
    const step = result.value.steps.find((candidate) => candidate.id === 'results-payment');
    expect(step?.isTimeSensitive).toBe(true);
    expect(step?.body.en.join(' ')).toMatch(/may change/);
    expect(step?.body.ar.join(' ')).toMatch(/قد تتغير/);
  });
});

describe('broken guides are rejected with every problem', () => {
  it('rejects a value that is not an object', () => {
    expect(problemsOf(null)).toEqual(['expected an object']);
  });

  it('rejects a duplicate step id', () => {
    const guide = draftGuide();
    guide.steps[1]!.id = 'get-ready';
    expect(problemsOf(guide)).toContain('duplicate step id get-ready');
  });

  it('rejects a duplicate checklist id', () => {
    const guide = draftGuide();
    guide.checklist[1]!.id = 'nafath-account';
    expect(problemsOf(guide)).toContain('duplicate checklist id nafath-account');
  });

  it('rejects an unknown FAQ id', () => {
    const guide = draftGuide();
    guide.steps[0]!.faqIds = ['how-to-register', 'no-such-faq'];
    expect(problemsOf(guide)).toEqual(['step get-ready: unknown faq id no-such-faq']);
  });

  it('checks FAQ ids against the list passed in, not a built-in one', () => {
    expect(guideProblems(shippedGuide(), [])).not.toEqual([]);
  });

  it('rejects an unknown checklist id', () => {
    const guide = draftGuide();
    guide.steps[1]!.checklistIds = ['passport'];
    expect(problemsOf(guide)).toContain('step log-in: unknown checklist id passport');
  });

  it('rejects a checklist item no step links to', () => {
    const guide = draftGuide();
    guide.steps[0]!.checklistIds = guide.steps[0]!.checklistIds!.filter((id) => id !== 'own-iban');
    delete guide.steps[5]!.checklistIds;
    expect(problemsOf(guide)).toEqual(['checklist item own-iban is not linked from any step']);
  });

  it('rejects missing English, naming the field', () => {
    const guide = draftGuide();
    const step = guide.steps[2]!;
    delete (step.title as Partial<typeof step.title>).en;
    step.summary.en = '  ';
    expect(problemsOf(guide)).toEqual([
      'steps[2] (unified-file).title.en: empty or missing',
      'steps[2] (unified-file).summary.en: empty or missing',
    ]);
  });

  it('rejects a paragraph translated in one language only', () => {
    const guide = draftGuide();
    guide.steps[3]!.body.en.pop();
    expect(problemsOf(guide)).toEqual([
      'steps[3] (add-dependents).body: ar has 4 items but en has 3; translate every item',
    ]);
  });

  it('rejects step numbers out of order', () => {
    const guide = draftGuide();
    guide.steps[3]!.number = 5;
    guide.steps[4]!.number = 4;
    expect(problemsOf(guide)).toEqual([
      'step add-dependents: number 5, expected 4',
      'step housing-proof: number 4, expected 5',
    ]);
  });

  it('rejects an unconfirmed contact without a caution', () => {
    const guide = draftGuide();
    delete guide.office.contact[3]!.note;
    expect(problemsOf(guide)).toEqual([
      'office.contact[3] (unified-number).note: required when isUnconfirmed is true (say it is unconfirmed)',
    ]);
  });

  it('reports every shape problem at once', () => {
    const guide = draftGuide();
    guide.reviewedAt = '28/11/2026';
    guide.steps[0]!.sources = ['S999'];
    setLoose(guide.steps[0]!, 'isUnconfirmed', 'no');
    guide.checklist[0]!.id = 'Nafath Account';
    expect(problemsOf(guide)).toEqual([
      'reviewedAt: expected YYYY-MM-DD',
      'steps[0] (get-ready).sources: S999 is not in the source list',
      'steps[0] (get-ready).isUnconfirmed: expected true or false',
      'checklist[0] (Nafath Account).id: expected a kebab-case id',
    ]);
  });
});
