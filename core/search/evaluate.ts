/**
 * Relevance measurement for FAQ search: runs labelled queries through any ranking function and
 * reports top-1, top-3 and mean reciprocal rank, with the misses, so the engine and alternatives to
 * it (see scripts/benchSearch.ts) are judged by the same numbers.
 */

/** One labelled query: what a visitor typed and the entry id they expect first. */
export type RelevanceQuery = { readonly q: string; readonly id: string };

/** A query whose expected entry was not ranked first. */
export type RelevanceMiss = {
  readonly q: string;
  readonly expected: string;
  /** 1-based rank of the expected entry, or undefined when it was not returned at all. */
  readonly rank: number | undefined;
  /** The top three ids actually returned. */
  readonly got: readonly string[];
};

/** Aggregate relevance of one engine over one query set. */
export type RelevanceReport = {
  readonly count: number;
  /** Share of queries with the expected entry first. */
  readonly top1: number;
  /** Share with the expected entry in the first three. */
  readonly top3: number;
  /** Mean reciprocal rank (0 when not returned). */
  readonly mrr: number;
  readonly misses: readonly RelevanceMiss[];
};

/** Runs every query through `rank` (ids, best first) and scores the result. */
export function evaluateRelevance(
  queries: readonly RelevanceQuery[],
  rank: (query: string) => readonly string[],
): RelevanceReport {
  let top1 = 0;
  let top3 = 0;
  let reciprocal = 0;
  const misses: RelevanceMiss[] = [];
  for (const { q, id } of queries) {
    const ids = rank(q);
    const position = ids.indexOf(id);
    const rankNumber = position < 0 ? undefined : position + 1;
    if (rankNumber === 1) top1 += 1;
    if (rankNumber !== undefined && rankNumber <= 3) top3 += 1;
    if (rankNumber !== undefined) reciprocal += 1 / rankNumber;
    if (rankNumber !== 1) misses.push({ q, expected: id, rank: rankNumber, got: ids.slice(0, 3) });
  }
  const count = Math.max(1, queries.length);
  return {
    count: queries.length,
    top1: top1 / count,
    top3: top3 / count,
    mrr: reciprocal / count,
    misses,
  };
}

/** Misses as readable lines, for test failures and the benchmark. */
export function formatMisses(misses: readonly RelevanceMiss[]): string {
  return misses
    .map(
      (miss) =>
        `${miss.rank === undefined ? '  -' : `#${miss.rank}`.padStart(3)}  ${miss.q}  → expected ${miss.expected}, got ${miss.got.join(', ') || '(nothing)'}`,
    )
    .join('\n');
}
