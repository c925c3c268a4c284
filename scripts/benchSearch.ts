/**
 * Benchmarks FAQ search against MiniSearch with its default settings on the shipped bundle and the
 * relevance set: top-1, top-3, MRR, query-time percentiles and index build time, side by side.
 *
 *   npm run bench:search            both parts of the relevance set: the tuning part and the
 *                                   held-out part, written before tuning and never tuned on
 *   --tuning-only                   the tuning part alone (use this while tuning)
 *   --misses                        also list this engine's misses
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
import { queryIntents } from '../core/search/intent';

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

type QuerySet = { readonly name: string; readonly queries: readonly RelevanceQuery[] };

function readQueries(file: string): RelevanceQuery[] {
  return (
    JSON.parse(readFileSync(resolve(root, 'tests/relevance', file), 'utf8')) as {
      queries: RelevanceQuery[];
    }
  ).queries;
}

/** The query's kind of question, as search reads it: the groups misses are counted by. */
function intentOf(query: string): string {
  const intents = [...queryIntents(query)].sort();
  return intents.length === 0 ? 'other' : intents.join('+');
}

/** Per intent group: queries, misses at rank 1, and the share found first. */
function missesByIntent(queries: readonly RelevanceQuery[], report: RelevanceReport): string[] {
  const groups = new Map<string, { total: number; missed: number }>();
  for (const { q } of queries) {
    const group = groups.get(intentOf(q)) ?? { total: 0, missed: 0 };
    group.total += 1;
    groups.set(intentOf(q), group);
  }
  for (const miss of report.misses) {
    const group = groups.get(intentOf(miss.q));
    if (group) group.missed += 1;
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([intent, { total, missed }]) =>
        `  ${intent.padEnd(12)} ${String(total).padStart(4)} queries  ${String(missed).padStart(3)} not first  (${((1 - missed / total) * 100).toFixed(1)}% top-1)`,
    );
}

function main(): void {
  const bundle = loadContentBundle();
  if (!bundle.ok) {
    console.error(bundle.error.message);
    process.exit(1);
  }
  // While tuning, read only the tuning part: the held-out part measures, it is never tuned on.
  const isTuningOnly = process.argv.includes('--tuning-only');
  const sets: QuerySet[] = [{ name: 'tuning', queries: readQueries('faq-queries.json') }];
  if (!isTuningOnly) {
    sets.push({ name: 'held-out', queries: readQueries('faq-queries-heldout.json') });
  }
  const entries = bundle.value.faq;
  const rows = sets.flatMap((set) =>
    [rukn, miniSearch].map((engine) => ({
      engine,
      set,
      row: measure(engine, entries, set.queries),
    })),
  );

  const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
  const ms = (value: number): string => value.toFixed(3);
  const header = [
    'engine',
    'set',
    'queries',
    'top-1',
    'top-3',
    'MRR',
    'p50 ms',
    'p95 ms',
    'build ms',
  ];
  const lines = rows.map(({ engine, set, row }) => [
    engine.name,
    set.name,
    String(set.queries.length),
    percent(row.report.top1),
    percent(row.report.top3),
    row.report.mrr.toFixed(3),
    ms(row.p50),
    ms(row.p95),
    ms(row.build),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  const format = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  console.log(`${entries.length} entries, ${warmRepetitions} warm repetitions\n`);
  console.log(format(header));
  console.log(format(widths.map((width) => '-'.repeat(width))));
  for (const line of lines) console.log(format(line));
  for (const { engine, set, row } of rows) {
    if (engine !== rukn) continue;
    console.log(`\n${engine.name}, ${set.name}: misses by the kind of question asked`);
    console.log(missesByIntent(set.queries, row.report).join('\n'));
    if (process.argv.includes('--misses')) console.log(formatMisses(row.report.misses));
  }
}

main();
