/**
 * Command-line FAQ search over the shipped bundle, for content editors and the relevance tooling.
 *
 *   npm run --silent faq:search -- "متى ينزل الضمان"   → ["payment-date", ...]
 *   npm run --silent faq:search -- --stdin < queries.txt  → one JSON array per input line
 *
 * Prints only JSON on stdout (top five ids, best first); problems go to stderr with exit code 1.
 */
import { createInterface } from 'node:readline';
import { buildFaqIndex, searchFaq, type FaqIndex } from '../core/search/faqSearch';
import { contentDir, loadContentBundle } from './contentFiles';

const topCount = 5;

function loadIndex(): FaqIndex {
  const result = loadContentBundle();
  if (!result.ok) {
    console.error(`Invalid content bundle in ${contentDir}:\n${result.error.message}`);
    process.exit(1);
  }
  return buildFaqIndex(result.value.faq);
}

function topIds(index: FaqIndex, query: string): string[] {
  return searchFaq(index, query, { limit: topCount }).map((hit) => hit.id);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const index = loadIndex();
  if (args.includes('--stdin')) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines)
      process.stdout.write(`${JSON.stringify(topIds(index, line))}\n`);
    return;
  }
  const query = args.filter((arg) => arg !== '--').join(' ');
  if (query.trim() === '') {
    console.error('Usage: faq:search -- "<query>"  |  faq:search -- --stdin');
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify(topIds(index, query))}\n`);
}

void main();
