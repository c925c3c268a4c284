import { describe, expect, it } from 'vitest';
import bundle from '../../../assets/content/faq.json';
import { validateContentBundle } from '../../../core/content/schema';
import { sources } from '../../../core/content/sources';
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

function clone(): Record<string, unknown> & { faq: Record<string, unknown>[] } {
  return structuredClone(bundle) as never;
}

describe('shipped content bundle', () => {
  it('passes the schema and loads', () => {
    const result = validateContentBundle(bundle);
    expect(result.ok ? 'valid' : result.error.message).toBe('valid');
    expect(loadShippedContent().faq.length).toBeGreaterThanOrEqual(10);
  });

  it('holds the core questions', () => {
    const ids = loadShippedContent().faq.map((entry) => entry.id);
    expect(requiredIds.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('cites only known sources', () => {
    const unknown = loadShippedContent().faq.flatMap((entry) =>
      entry.sources.filter((key) => !(key in sources)).map((key) => `${entry.id}: ${key}`),
    );
    expect(unknown).toEqual([]);
  });

  it('marks the unconfirmed amounts as unconfirmed', () => {
    const entry = loadShippedContent().faq.find(
      (candidate) => candidate.id === 'amount-dependents',
    );
    expect(entry?.isUnconfirmed).toBe(true);
  });
});

describe('content schema', () => {
  it('rejects a missing English answer', () => {
    const data = clone();
    const first = data.faq[0] as { answer: { en?: string[] } };
    delete first.answer.en;
    const result = validateContentBundle(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/faq\[0\]\.answer\.en/);
  });

  it('rejects duplicate ids, unknown related ids and unknown categories', () => {
    const data = clone();
    data.faq[1] = { ...data.faq[1], id: data.faq[0]?.id };
    data.faq[2] = { ...data.faq[2], related: ['no-such-question'] };
    data.faq[3] = { ...data.faq[3], category: 'no-such-category' };
    const result = validateContentBundle(data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/duplicate faq id/);
      expect(result.error.message).toMatch(/unknown related no-such-question/);
      expect(result.error.message).toMatch(/unknown category no-such-category/);
    }
  });

  it('rejects bad dates, source keys and non-https links', () => {
    const data = clone();
    data.faq[0] = {
      ...data.faq[0],
      reviewedAt: '28/11/2026',
      sources: ['wikipedia'],
      officialUrl: 'http://example.com',
    };
    const result = validateContentBundle(data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/reviewedAt/);
      expect(result.error.message).toMatch(/sources/);
      expect(result.error.message).toMatch(/officialUrl/);
    }
  });

  it('rejects something that is not a bundle at all', () => {
    expect(validateContentBundle(null).ok).toBe(false);
    expect(validateContentBundle({ schemaVersion: 2 }).ok).toBe(false);
  });
});
