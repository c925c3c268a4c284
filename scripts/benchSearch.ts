/**
 * Benchmarks FAQ search against MiniSearch with its default settings on the shipped bundle and the
 * relevance set: top-1, top-3, MRR, query-time percentiles and index build time, side by side.
 *
 *   npm run bench:search            (add --misses to list this engine's misses)
 *
 * Timings come from performance.now() over several warm repetitions of the whole query set; they
 * are informative only and never asserted in tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import type { FaqEntry } from '../core/content/schema';
import { loadContentBundle } from './contentFiles';
import {
  evaluateRelevance,
  formatMisses,
  type RelevanceQuery,
  type RelevanceReport,
} from '../core/search/evaluate';
import { buildFaqIndex, searchFaq } from '../core/search/faqSearch';

const root = resolve(__dirname, '..');
const warmRepetitions = 20;
const buildRepetitions = 20;

type Engine = {
  readonly name: string;
  readonly build: (entries: readonly FaqEntry[]) => (query: string) => readonly string[];
};

const rukn: Engine = {
  name: 'Rukn faqSearch',
  build: (entries) => {
    const index = buildFaqIndex(entries);
    return (query) => searchFaq(index, query, { limit: 5 }).map((hit) => hit.id);
  },
};

const miniSearch: Engine = {
  name: 'MiniSearch (defaults)',
  build: (entries) => {
    const fieldList = [
      'questionAr',
      'questionEn',
      'alternativesAr',
      'alternativesEn',
      'answerAr',
      'answerEn',
    ];
    const search = new MiniSearch({ fields: fieldList, storeFields: [] });
    search.addAll(
      entries.map((entry) => ({
        id: entry.id,
        questionAr: entry.question.ar,
        questionEn: entry.question.en,
        alternativesAr: entry.alternatives.ar.join('\n'),
        alternativesEn: entry.alternatives.en.join('\n'),
        answerAr: entry.answer.ar.join('\n'),
        answerEn: entry.answer.en.join('\n'),
      })),
    );
    return (query) =>
      search
        .search(query)
        .slice(0, 5)
        .map((result) => String(result.id));
  },
};

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

type Row = {
  readonly report: RelevanceReport;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly build: number;
};

function measure(
  engine: Engine,
  entries: readonly FaqEntry[],
  queries: readonly RelevanceQuery[],
): Row {
  const buildTimes: number[] = [];
  let rank = engine.build(entries);
  for (let i = 0; i < buildRepetitions; i += 1) {
    const start = performance.now();
    rank = engine.build(entries);
    buildTimes.push(performance.now() - start);
  }
  const report = evaluateRelevance(queries, rank);
  // Warm up the JIT, then time every query of every repetition.
  for (const { q } of queries) rank(q);
  const times: number[] = [];
  for (let i = 0; i < warmRepetitions; i += 1) {
    for (const { q } of queries) {
      const start = performance.now();
      rank(q);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  buildTimes.sort((a, b) => a - b);
  return {
    report,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.at(-1) ?? 0,
    build: percentile(buildTimes, 50),
  };
}

function main(): void {
  const bundle = loadContentBundle();
  if (!bundle.ok) {
    console.error(bundle.error.message);
    process.exit(1);
  }
  const queries = (
    JSON.parse(readFileSync(resolve(root, 'tests/relevance/faq-queries.json'), 'utf8')) as {
      queries: RelevanceQuery[];
    }
  ).queries;
  const entries = bundle.value.faq;
  const rows = [rukn, miniSearch].map((engine) => ({
    engine,
    row: measure(engine, entries, queries),
  }));

  const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
  const ms = (value: number): string => value.toFixed(3);
  const header = ['engine', 'top-1', 'top-3', 'MRR', 'p50 ms', 'p95 ms', 'max ms', 'build ms'];
  const lines = rows.map(({ engine, row }) => [
    engine.name,
    percent(row.report.top1),
    percent(row.report.top3),
    row.report.mrr.toFixed(3),
    ms(row.p50),
    ms(row.p95),
    ms(row.max),
    ms(row.build),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  const format = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  console.log(
    `${entries.length} entries, ${queries.length} queries, ${warmRepetitions} warm repetitions\n`,
  );
  console.log(format(header));
  console.log(format(widths.map((width) => '-'.repeat(width))));
  for (const line of lines) console.log(format(line));
  if (process.argv.includes('--misses')) {
    for (const { engine, row } of rows) {
      console.log(`\n${engine.name} misses (${row.report.misses.length}):`);
      console.log(formatMisses(row.report.misses));
    }
  }
}

main();
