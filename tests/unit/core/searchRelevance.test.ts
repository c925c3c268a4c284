/**
 * Relevance of FAQ search on the shipped bundle, measured with the labelled queries in
 * tests/relevance/faq-queries.json (written independently of the entries' alternatives).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  evaluateRelevance,
  formatMisses,
  type RelevanceQuery,
} from '../../../core/search/evaluate';
import { buildFaqIndex, searchFaq } from '../../../core/search/faqSearch';
import { loadContentBundle } from '../../../scripts/contentFiles';

const root = resolve(__dirname, '../../..');
const bundle = loadContentBundle();
const queries = (
  JSON.parse(readFileSync(resolve(root, 'tests/relevance/faq-queries.json'), 'utf8')) as {
    queries: RelevanceQuery[];
  }
).queries;

describe('FAQ search relevance on the shipped bundle', () => {
  it('loads a valid bundle', () => {
    expect(bundle.ok ? 'valid' : bundle.error.message).toBe('valid');
  });

  const entries = bundle.ok ? bundle.value.faq : [];
  const index = buildFaqIndex(entries);
  const report = evaluateRelevance(queries, (query) =>
    searchFaq(index, query, { limit: 5 }).map((hit) => hit.id),
  );

  it('has a query set that covers every entry at least three times', () => {
    const perId = new Map<string, number>();
    for (const { id } of queries) perId.set(id, (perId.get(id) ?? 0) + 1);
    expect(queries.length).toBeGreaterThanOrEqual(160);
    for (const { id } of entries) expect(perId.get(id) ?? 0, id).toBeGreaterThanOrEqual(3);
    const unknown = [...perId.keys()].filter((id) => !entries.some((entry) => entry.id === id));
    expect(unknown).toEqual([]);
  });

  it('puts the expected answer in the top three for at least 90% of queries', () => {
    expect(
      report.top3,
      `top-3 misses:\n${formatMisses(report.misses.filter((miss) => miss.rank === undefined || miss.rank > 3))}`,
    ).toBeGreaterThanOrEqual(0.9);
  });

  it('puts the expected answer first for at least 75% of queries', () => {
    expect(report.top1, `misses:\n${formatMisses(report.misses)}`).toBeGreaterThanOrEqual(0.75);
  });
});
