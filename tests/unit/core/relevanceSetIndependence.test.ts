/**
 * The relevance set must measure search on how visitors really type, not on the entries' own
 * phrasings: no query may equal (after normalizeText) any entry's question or alternative, in
 * either language. Substrings are allowed: short queries such as "موعد الصرف" naturally occur
 * inside longer phrasings; only exact copies are banned.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RelevanceQuery } from '../../../core/search/evaluate';
import { normalizeText } from '../../../core/search/normalize';
import { loadContentBundle } from '../../../scripts/contentFiles';

const root = resolve(__dirname, '../../..');
const bundle = loadContentBundle();
const queries = (
  JSON.parse(readFileSync(resolve(root, 'tests/relevance/faq-queries.json'), 'utf8')) as {
    queries: RelevanceQuery[];
  }
).queries;

describe('relevance set independence from the bundle', () => {
  it('loads a valid bundle and a non-empty query set', () => {
    expect(bundle.ok ? 'valid' : bundle.error.message).toBe('valid');
    expect(queries.length).toBeGreaterThan(0);
  });

  it('has no query that is an exact copy of an entry question or alternative', () => {
    const phrasings = new Map<string, string>();
    for (const entry of bundle.ok ? bundle.value.faq : []) {
      const texts = [
        entry.question.ar,
        entry.question.en,
        ...entry.alternatives.ar,
        ...entry.alternatives.en,
      ];
      for (const text of texts) phrasings.set(normalizeText(text), `${entry.id}: "${text}"`);
    }
    expect(phrasings.size).toBeGreaterThan(0);

    const copies = queries
      .filter(({ q }) => phrasings.has(normalizeText(q)))
      .map(({ q, id }) => `  [${id}] "${q}" copies ${phrasings.get(normalizeText(q))}`);
    expect(copies, `queries copied from the bundle:\n${copies.join('\n')}`).toEqual([]);
  });
});
