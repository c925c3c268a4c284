/**
 * The registration guide file: the shipped guide validates, and broken variants are rejected with
 * messages an office editor can act on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateGuideContent, type GuideContent } from '../../../core/guide/schema';

const root = resolve(__dirname, '../../..');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(resolve(root, path), 'utf8'));
}

/** The FAQ ids the guide may link to (the FAQ bundle's entries). */
const faqIds = [
  'payment-date',
  'results-date',
  'amount-per-person',
  'amount-dependents',
  'amount-varies',
  'eligibility-conditions',
  'unemployed',
  'low-salary-employee',
  'woman-breadwinner',
  'non-saudi-family',
  'independent-person',
  'how-to-register',
  'required-documents',
  'national-address',
  'dependent-rejected',
  'dependent-other-home',
  'application-review-time',
  'check-eligibility-status',
  'ineligible-what-next',
  'objection',
  'objection-accepted',
  'payment-short',
  'payment-rejected-iban',
  'suspension-reasons',
  'update-data',
  'travel-abroad',
  'false-data-penalty',
  'royal-grant',
  'empowerment-programs',
  'student-exemption',
  'freelance-document-effect',
  'freelance-document-how',
  'productive-families-financing',
  'productive-families-market',
  'support-platform-what',
  'nafath-login',
  'contact-channels',
  'verify-news',
  'kiosk-privacy',
  'staff-help',
];

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

function problemsOf(data: unknown): string[] {
  const result = validateGuideContent(data, { faqIds });
  if (result.ok) return [];
  expect(result.error.code).toBe('invalid-content');
  return result.error.message.split('\n');
}

describe('the shipped guide', () => {
  const result = validateGuideContent(shippedGuide(), { faqIds });

  it('validates', () => {
    expect(result.ok ? [] : result.error.message.split('\n')).toEqual([]);
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

  it('links only to FAQ entries that exist in the shipped FAQ bundle', () => {
    // Catches drift between the two files, which the hub publishes together.
    const bundle = readJson('assets/content/faq.json') as { faq: { id: string }[] };
    const bundleIds = bundle.faq.map((entry) => entry.id);
    expect(validateGuideContent(shippedGuide(), { faqIds: bundleIds }).ok).toBe(true);
  });
});

describe('broken guides are rejected with every problem', () => {
  it('rejects a value that is not an object', () => {
    expect(problemsOf(null)).toEqual(['guide: expected an object']);
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
    expect(validateGuideContent(shippedGuide(), { faqIds: [] }).ok).toBe(false);
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
      'steps[2].title.en: empty or missing',
      'steps[2].summary.en: empty or missing',
    ]);
  });

  it('rejects a paragraph translated in one language only', () => {
    const guide = draftGuide();
    guide.steps[3]!.body.en.pop();
    expect(problemsOf(guide)).toEqual([
      'steps[3].body: ar has 4 items but en has 3; translate every item',
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
      'office.contact[3].note: required when isUnconfirmed is true (say it is unconfirmed)',
    ]);
  });

  it('reports every shape problem at once', () => {
    const guide = draftGuide();
    setLoose(guide, 'schemaVersion', 2);
    guide.reviewedAt = '28/11/2026';
    guide.steps[0]!.sources = ['S99'];
    setLoose(guide.steps[0]!, 'isUnconfirmed', 'no');
    guide.checklist[0]!.id = 'Nafath Account';
    expect(problemsOf(guide)).toEqual([
      'schemaVersion: expected 1',
      'reviewedAt: expected YYYY-MM-DD',
      'steps[0].sources: expected known source keys such as S1 or seed',
      'steps[0].isUnconfirmed: expected true or false',
      'checklist[0].id: expected a kebab-case id',
    ]);
  });
});
