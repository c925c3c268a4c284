/**
 * The content bundle as the renderer loads it: the shipped parts assemble into one valid bundle,
 * and the validator names the entry id and field of every problem in a broken one.
 */
import { describe, expect, it } from 'vitest';
import { validateContentBundle } from '../../../core/content/schema';
import { loadShippedContent } from '../../../renderer/content/loadContent';

const requiredIds = [
  'payment-date',
  'results-date',
  'amount-per-person',
  'eligibility-conditions',
  'how-to-register',
  'required-documents',
  'objection',
  'payment-short',
  'kiosk-privacy',
  'staff-help',
];

type Loose = Record<string, unknown> & {
  faq: Record<string, unknown>[];
  sources: Record<string, unknown>;
  guide: Record<string, unknown> & { steps: Record<string, unknown>[] };
  eligibility: { rules: Record<string, unknown>; texts: Record<string, unknown> };
};

function clone(): Loose {
  return structuredClone(loadShippedContent()) as unknown as Loose;
}

function problemsOf(data: unknown): string[] {
  const result = validateContentBundle(data);
  return result.ok ? [] : result.error.message.split('\n');
}

describe('shipped content bundle', () => {
  it('assembles from its parts into one valid, versioned bundle', () => {
    const content = loadShippedContent();
    expect(content.schemaVersion).toBe(2);
    expect(content.version).toMatch(/^\d{4}\.\d{2}\.\d{2}-\d+$/);
    expect(content.faq.length).toBeGreaterThanOrEqual(10);
    expect(content.guide.steps.length).toBeGreaterThan(0);
    expect(content.eligibility.rules.baseAmountHead.value).toBe(1320);
    expect(problemsOf(content)).toEqual([]);
  });

  it('holds the core questions', () => {
    const ids = loadShippedContent().faq.map((entry) => entry.id);
    expect(requiredIds.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('marks the unconfirmed amounts as unconfirmed', () => {
    const entry = loadShippedContent().faq.find(
      (candidate) => candidate.id === 'amount-dependents',
    );
    expect(entry?.isUnconfirmed).toBe(true);
  });

  it('dates every source and tells official sites from news', () => {
    const { sources } = loadShippedContent();
    expect(sources.S1).toMatchObject({ site: 'hrsd.gov.sa', isOfficial: true });
    expect(sources.S2).toMatchObject({ site: 'zawya.com', isOfficial: false, date: '2023-10-09' });
  });
});

describe('content schema', () => {
  it('names the entry id and field of a missing English answer', () => {
    const data = clone();
    const first = data.faq[0] as { id: string; answer: { en?: string[] } };
    delete first.answer.en;
    expect(problemsOf(data)).toEqual([
      `faq[0] (${first.id}).answer.en: expected at least 1 non-empty strings`,
    ]);
  });

  it('rejects duplicate ids, unknown related ids and unknown categories', () => {
    const data = clone();
    data.faq[1] = { ...data.faq[1], id: data.faq[0]?.id };
    data.faq[2] = { ...data.faq[2], related: ['no-such-question'] };
    data.faq[3] = { ...data.faq[3], category: 'no-such-category' };
    const message = problemsOf(data).join('\n');
    expect(message).toMatch(/duplicate faq id/);
    expect(message).toMatch(/unknown related no-such-question/);
    expect(message).toMatch(/unknown category no-such-category/);
  });

  it('rejects bad dates, unknown source keys, non-https links and unknown intents', () => {
    const data = clone();
    data.faq[0] = {
      ...data.faq[0],
      reviewedAt: '28/11/2026',
      sources: ['wikipedia'],
      officialUrl: 'http://example.com',
      intents: ['gossip'],
    };
    const id = data.faq[0].id as string;
    expect(problemsOf(data)).toEqual([
      `faq[0] (${id}).sources: wikipedia is not in the source list`,
      `faq[0] (${id}).reviewedAt: expected YYYY-MM-DD`,
      `faq[0] (${id}).officialUrl: expected an https address`,
      `faq[0] (${id}).intents: expected a list of amount, date, how`,
    ]);
  });

  it('checks the source list itself', () => {
    const data = clone();
    data.sources.S2 = { site: 'zawya.com', title: 'x', date: 'last year', isOfficial: 'no' };
    expect(problemsOf(data)).toEqual([
      'sources.S2.date: expected YYYY, YYYY-MM or YYYY-MM-DD',
      'sources.S2.isOfficial: expected true or false',
    ]);
  });

  it('checks the guide and the eligibility check with the rest, as one unit', () => {
    const data = clone();
    data.guide.steps[0] = { ...data.guide.steps[0], faqIds: ['no-such-question'] };
    data.eligibility.rules.householdCap = { value: 'lots', status: 'confirmed', sources: ['S3'] };
    delete data.eligibility.texts.dontKnow;
    expect(problemsOf(data)).toEqual([
      `guide: step ${String(data.guide.steps[0]?.id)}: unknown faq id no-such-question`,
      'eligibility.rules.householdCap.value: expected a number ≥ 1',
      'eligibility.texts.dontKnow: expected { ar, en }',
    ]);
  });

  it('rejects a bundle of another shape version, or something that is not a bundle', () => {
    expect(problemsOf({ ...clone(), schemaVersion: 1 })).toEqual(['schemaVersion: expected 2']);
    expect(validateContentBundle(null).ok).toBe(false);
    expect(validateContentBundle({ schemaVersion: 2 }).ok).toBe(false);
  });
});
