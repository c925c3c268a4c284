/**
 * How long the stored-search-text filter takes, in this process: building the vocabulary from the
 * shipped content, filtering a 200,000-character paste, and filtering every query of the
 * relevance set. Run with `npx tsx tests/privacy/benchSearchText.ts`; prints figures, asserts
 * nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSearchVocabulary, toStoredSearchText } from '../../core/privacy/searchText';
import { loadContentBundle } from '../../scripts/contentFiles';

const bundle = loadContentBundle();
if (!bundle.ok) throw new Error('the shipped content bundle is invalid');
const content = bundle.value;

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

function measure(runs: number, work: () => void): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const firstBuild = measure(1, () => buildSearchVocabulary(content))[0] ?? 0;
const builds = measure(20, () => buildSearchVocabulary(content));
const vocabulary = buildSearchVocabulary(content);
const paste = 'محمد 1098765432 Ahmed.Alharbi@example.com '.repeat(5000);
const pastes = measure(200, () => toStoredSearchText(paste, vocabulary));
const queries = (
  JSON.parse(readFileSync(resolve(__dirname, '../relevance/faq-queries.json'), 'utf8')) as {
    queries: { q: string }[];
  }
).queries.map(({ q }) => q);
const perQuery = measure(20, () => {
  for (const query of queries) toStoredSearchText(query, vocabulary);
}).map((total) => total / queries.length);

console.log(`vocabulary_build_first_ms=${firstBuild.toFixed(1)}`);
console.log(`vocabulary_build_p50_ms=${percentile(builds, 0.5).toFixed(1)}`);
console.log(`vocabulary_words=${vocabulary.forms.size}`);
console.log(`paste_chars=${paste.length}`);
console.log(`paste_p50_ms=${percentile(pastes, 0.5).toFixed(3)}`);
console.log(`paste_p95_ms=${percentile(pastes, 0.95).toFixed(3)}`);
console.log(`query_mean_ms=${percentile(perQuery, 0.5).toFixed(4)}`);
