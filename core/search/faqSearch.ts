/**
 * FAQ search: a small BM25F index over both languages of every entry, built once when content
 * loads, and a query function cheap enough to run on every keystroke.
 *
 * Policy: words as typed count fully; anything the engine guesses counts less, in this order:
 * synonyms (0.6), the last word as a prefix while the visitor is still typing (0.55), one typo
 * (0.45), two typos in long words (0.3). Each query word scores a document once (its best
 * reading), so a word with many guesses cannot outweigh a word matched exactly.
 */
import type { FaqEntry, Language } from '../content/schema';
import { detectLanguage, normalizeText } from './normalize';
import { isStopWord, procliticVariants, stemWord } from './stem';
import { synonymRules, type SynonymRule } from './synonyms';

/** One document's precomputed BM25F contribution for a term, per language of the fields. */
type Posting = { readonly doc: number; readonly ar: number; readonly en: number };

/**
 * Everything a query needs, precomputed from the entries. Treat as opaque: build it with
 * `buildFaqIndex` and pass it to `searchFaq`.
 */
export type FaqIndex = {
  /** Entry ids in bundle order; postings refer to them by position. */
  readonly ids: readonly string[];
  /** Index term → documents containing it, with their ready-made scores. */
  readonly postings: ReadonlyMap<string, readonly Posting[]>;
  /** Index terms grouped by length, so typo matching compares only plausible candidates. */
  readonly termsByLength: ReadonlyMap<number, readonly string[]>;
  /** Sorted word forms (article removed, no suffix stemming) for search-as-you-type prefixes. */
  readonly prefixKeys: readonly string[];
  /** Word form in `prefixKeys` → its index term. */
  readonly prefixTerms: ReadonlyMap<string, string>;
  /** Light stem → corpus frequency; decides whether a one-letter proclitic belongs to a word. */
  readonly stemFrequency: ReadonlyMap<string, number>;
  /** Stem sequence (space-joined; one stem for a single word) → index terms it also searches. */
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
  /** Longest synonym phrase in stems. */
  readonly maxPhraseLength: number;
};

/** One search result. */
export type FaqHit = {
  /** Entry id. */
  readonly id: string;
  /** Relevance; only meaningful relative to other hits of the same query. */
  readonly score: number;
  /** Index terms that matched in this entry, for `highlightMatches`. */
  readonly matchedTerms: readonly string[];
};

/** Options for `searchFaq`. */
export type SearchOptions = {
  /** The query's language; detected from its script when absent. */
  readonly lang?: Language;
  /** Maximum hits returned (default 10). */
  readonly limit?: number;
};

/** How much each field counts, and how strongly its length is normalised (BM25F `b`). */
const fields = {
  question: { weight: 3, b: 0.5 },
  alternatives: { weight: 2.2, b: 0.35 },
  answer: { weight: 1, b: 0.75 },
} as const;
type FieldName = keyof typeof fields;
const fieldNames = Object.keys(fields) as FieldName[];

/** BM25 term-frequency saturation. */
const k1 = 1.2;

const weights = {
  exact: 1,
  synonym: 0.6,
  prefix: 0.55,
  typo1: 0.45,
  typo2: 0.3,
  /** A hit only in the other language's fields (e.g. an English word in an Arabic query). */
  otherLanguage: 0.8,
} as const;

/** Typo tolerance: words this long allow one edit, and from `twoEdits` on, two. */
const typoLength = { oneEdit: 4, twoEdits: 7 } as const;
/** Shortest typed prefix (letters, article removed) that is expanded while typing. */
const minPrefixLength = 3;
/** Caps on guessed expansions per word, which keep a query fast on a large vocabulary. */
const maxPrefixExpansions = 40;

// ------------------------------------------------------------------------------------------------
// Analysis shared by index and query

/**
 * Chooses the reading of an Arabic stem with one-letter proclitics removed when the corpus knows
 * the shorter word at least as well ("وحساب" → "حساب", but "وثيقه" stays because "ثيقه" is unknown).
 */
function resolveProclitics(stem: string, frequency: ReadonlyMap<string, number>): string {
  let best = stem;
  for (const variant of procliticVariants(stem)) {
    const known = frequency.get(variant) ?? 0;
    if (known > 0 && known >= (frequency.get(best) ?? 0)) best = variant;
  }
  return best;
}

/** Index term for one normalised word, or undefined for a stop word. */
function termOf(word: string, frequency: ReadonlyMap<string, number>): string | undefined {
  if (isStopWord(word)) return undefined;
  return resolveProclitics(stemWord(word), frequency);
}

/** Removes only the article family, for search-as-you-type keys ("التسج" → "تسج"). */
function prefixKeyOf(word: string): string {
  const match = /^(?:وبال|وال|بال|فال|كال|لل|ال)(?=..)/.exec(word);
  return match === null ? word : word.slice(match[0].length);
}

// ------------------------------------------------------------------------------------------------
// Building

type FieldTexts = Record<FieldName, readonly string[]>;

function fieldTexts(entry: FaqEntry, lang: Language): FieldTexts {
  return {
    question: [entry.question[lang]],
    alternatives: entry.alternatives[lang],
    answer: [...entry.answer[lang], ...(entry.steps?.[lang] ?? [])],
  };
}

function wordsOf(texts: readonly string[]): string[] {
  return texts.flatMap((text) => {
    const normalized = normalizeText(text);
    return normalized === '' ? [] : normalized.split(' ');
  });
}

function compileSynonyms(
  rules: readonly SynonymRule[],
  frequency: ReadonlyMap<string, number>,
  vocabulary: ReadonlySet<string>,
): { map: Map<string, string[]>; maxPhraseLength: number } {
  const map = new Map<string, Set<string>>();
  let maxPhraseLength = 1;
  // Keys keep stop words ("sign up" ≠ "sign in"); expansions drop them and keep only terms the
  // index has, since any other expansion can never match.
  const keyOf = (phrase: string): string =>
    normalizeText(phrase)
      .split(' ')
      .filter((word) => word !== '')
      .map((word) => (isStopWord(word) ? word : resolveProclitics(stemWord(word), frequency)))
      .join(' ');
  const termsOf = (phrase: string): string[] =>
    normalizeText(phrase)
      .split(' ')
      .map((word) => termOf(word, frequency))
      .filter((term): term is string => term !== undefined && vocabulary.has(term));
  const add = (from: string, to: readonly string[]): void => {
    const key = keyOf(from);
    if (key === '') return;
    maxPhraseLength = Math.max(maxPhraseLength, key.split(' ').length);
    const targets = map.get(key) ?? new Set<string>();
    for (const phrase of to) for (const term of termsOf(phrase)) targets.add(term);
    map.set(key, targets);
  };
  for (const rule of rules) {
    if (rule.kind === 'dialect') {
      for (const from of rule.from) add(from, rule.to);
    } else {
      for (const from of rule.words) add(from, rule.words);
    }
  }
  const compiled = new Map<string, string[]>();
  for (const [key, targets] of map) {
    // A word never expands to itself: it already searches at full weight.
    const expansions = [...targets].filter((term) => term !== key);
    if (expansions.length > 0) compiled.set(key, expansions);
  }
  return { map: compiled, maxPhraseLength };
}

/**
 * Builds the search index for a set of entries: analyses every field of both languages, computes
 * BM25F scores per term and document, and prepares the typo, prefix and synonym tables so that a
 * query does no text analysis of the content.
 */
export function buildFaqIndex(entries: readonly FaqEntry[]): FaqIndex {
  const languagesList: readonly Language[] = ['ar', 'en'];
  // Words per document, language and field, normalised once.
  const documents = entries.map((entry) =>
    languagesList.map((lang) => {
      const texts = fieldTexts(entry, lang);
      return fieldNames.map((field) => wordsOf(texts[field]));
    }),
  );

  // Pass 1: light stems and their frequency, which the proclitic step consults.
  const stemFrequency = new Map<string, number>();
  for (const doc of documents) {
    for (const langFields of doc) {
      for (const words of langFields) {
        for (const word of words) {
          if (isStopWord(word)) continue;
          const stem = stemWord(word);
          stemFrequency.set(stem, (stemFrequency.get(stem) ?? 0) + 1);
        }
      }
    }
  }

  // Pass 2: index terms per field, field lengths, and prefix keys.
  const prefixTerms = new Map<string, string>();
  const termLists = documents.map((doc) =>
    doc.map((langFields) =>
      langFields.map((words) => {
        const terms: string[] = [];
        for (const word of words) {
          const term = termOf(word, stemFrequency);
          if (term === undefined) continue;
          terms.push(term);
          const key = prefixKeyOf(word);
          if (!prefixTerms.has(key)) prefixTerms.set(key, term);
        }
        return terms;
      }),
    ),
  );

  const averageLength = languagesList.map((_, langIndex) =>
    fieldNames.map((_field, fieldIndex) => {
      const total = termLists.reduce((sum, doc) => sum + (doc[langIndex]?.[fieldIndex]?.length ?? 0), 0);
      return Math.max(1, total / Math.max(1, termLists.length));
    }),
  );

  // Weighted, length-normalised term frequency per document and language (BM25F).
  const weighted = new Map<string, Map<number, [number, number]>>();
  termLists.forEach((doc, docIndex) => {
    doc.forEach((langFields, langIndex) => {
      langFields.forEach((terms, fieldIndex) => {
        const field = fields[fieldNames[fieldIndex] as FieldName];
        const avg = averageLength[langIndex]?.[fieldIndex] ?? 1;
        const norm = field.weight / (1 - field.b + (field.b * terms.length) / avg);
        for (const term of terms) {
          const perDoc = weighted.get(term) ?? new Map<number, [number, number]>();
          const pair = perDoc.get(docIndex) ?? [0, 0];
          pair[langIndex] = (pair[langIndex] ?? 0) + norm;
          perDoc.set(docIndex, pair);
          weighted.set(term, perDoc);
        }
      });
    });
  });

  const count = entries.length;
  const saturate = (tf: number): number => (tf === 0 ? 0 : (tf * (k1 + 1)) / (tf + k1));
  const postings = new Map<string, Posting[]>();
  for (const [term, perDoc] of weighted) {
    const df = perDoc.size;
    const idf = Math.log(1 + (count - df + 0.5) / (df + 0.5));
    const list: Posting[] = [];
    for (const [doc, [ar, en]] of perDoc) {
      list.push({ doc, ar: idf * saturate(ar), en: idf * saturate(en) });
    }
    postings.set(term, list);
  }

  const termsByLength = new Map<number, string[]>();
  for (const term of postings.keys()) {
    const bucket = termsByLength.get(term.length) ?? [];
    bucket.push(term);
    termsByLength.set(term.length, bucket);
  }

  const synonyms = compileSynonyms(synonymRules, stemFrequency, new Set(postings.keys()));
  return {
    ids: entries.map((entry) => entry.id),
    postings,
    termsByLength,
    prefixKeys: [...prefixTerms.keys()].sort(),
    prefixTerms,
    stemFrequency,
    synonyms: synonyms.map,
    maxPhraseLength: synonyms.maxPhraseLength,
  };
}

// ------------------------------------------------------------------------------------------------
// Querying

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition, the commonest typing
 * slip), giving up as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** Index term → weight for one query word (its best reading wins per document). */
type Expansions = Map<string, number>;

function addExpansion(expansions: Expansions, term: string, weight: number): void {
  if ((expansions.get(term) ?? 0) < weight) expansions.set(term, weight);
}

function addTypos(index: FaqIndex, term: string, expansions: Expansions): void {
  if (term.length < typoLength.oneEdit || /^\d+$/.test(term)) return;
  const max = term.length >= typoLength.twoEdits ? 2 : 1;
  for (let length = term.length - max; length <= term.length + max; length += 1) {
    for (const candidate of index.termsByLength.get(length) ?? []) {
      if (candidate === term) continue;
      const distance = editDistance(term, candidate, max);
      if (distance === 1) addExpansion(expansions, candidate, weights.typo1);
      else if (distance === 2) addExpansion(expansions, candidate, weights.typo2);
    }
  }
}

function addPrefixes(index: FaqIndex, word: string, expansions: Expansions): void {
  const key = prefixKeyOf(word);
  if (key.length < minPrefixLength) return;
  const keys = index.prefixKeys;
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((keys[middle] ?? '') < key) low = middle + 1;
    else high = middle;
  }
  let added = 0;
  for (let i = low; i < keys.length && added < maxPrefixExpansions; i += 1) {
    const candidate = keys[i] ?? '';
    if (!candidate.startsWith(key)) break;
    const term = index.prefixTerms.get(candidate);
    if (term !== undefined) {
      addExpansion(expansions, term, weights.prefix);
      added += 1;
    }
  }
}

type QueryWord = { readonly word: string; readonly stem: string; readonly isStop: boolean };

/**
 * Turns a query into one expansion table per meaningful word: the word itself, its synonyms
 * (including phrases such as "sign up"), typo neighbours, and prefix completions for the last word
 * unless the visitor has finished it with a space.
 */
function expandQuery(index: FaqIndex, query: string): Expansions[] {
  const normalized = normalizeText(query);
  if (normalized === '') return [];
  const isStillTyping = !/[\s\p{P}]$/u.test(query);
  const words: QueryWord[] = normalized.split(' ').map((word) => {
    const isStop = isStopWord(word);
    return {
      word,
      isStop,
      stem: isStop ? word : resolveProclitics(stemWord(word), index.stemFrequency),
    };
  });
  const tables: Expansions[] = [];
  const tableAt = new Map<number, Expansions>();
  words.forEach((entry, position) => {
    if (entry.isStop) return;
    const expansions: Expansions = new Map();
    if (index.postings.has(entry.stem)) addExpansion(expansions, entry.stem, weights.exact);
    const unresolved = stemWord(entry.word);
    for (const key of new Set([entry.stem, unresolved, entry.word])) {
      for (const term of index.synonyms.get(key) ?? []) {
        addExpansion(expansions, term, weights.synonym);
      }
    }
    addTypos(index, entry.stem, expansions);
    if (isStillTyping && position === words.length - 1) addPrefixes(index, entry.word, expansions);
    tables.push(expansions);
    tableAt.set(position, expansions);
  });
  // Phrase synonyms attach to the phrase's first meaningful word ("sign up" → "sign").
  for (let length = 2; length <= index.maxPhraseLength; length += 1) {
    for (let start = 0; start + length <= words.length; start += 1) {
      const slice = words.slice(start, start + length);
      const targets = index.synonyms.get(slice.map((entry) => entry.stem).join(' '));
      if (targets === undefined) continue;
      const anchor = slice.findIndex((entry) => !entry.isStop);
      let table = anchor < 0 ? undefined : tableAt.get(start + anchor);
      if (table === undefined) {
        table = new Map();
        tables.push(table);
      }
      for (const term of targets) addExpansion(table, term, weights.synonym);
    }
  }
  return tables;
}

/**
 * Searches the index. Each query word adds its best-scoring reading per entry; entries matching
 * more of the query's words are preferred. Hits in the query's language count fully, hits only in
 * the other language's fields count `otherLanguage`. Best first; ties keep bundle order.
 */
export function searchFaq(index: FaqIndex, query: string, options: SearchOptions = {}): FaqHit[] {
  const lang = options.lang ?? detectLanguage(query);
  const limit = options.limit ?? 10;
  const tables = expandQuery(index, query);
  if (tables.length === 0 || limit <= 0) return [];

  const documentCount = index.ids.length;
  const totals = new Float64Array(documentCount);
  const coverage = new Float64Array(documentCount);
  const matched: Array<Set<string> | undefined> = new Array(documentCount);
  const best = new Float64Array(documentCount);
  for (const table of tables) {
    best.fill(0);
    let maxWeight = 0;
    for (const [term, weight] of table) {
      maxWeight = Math.max(maxWeight, weight);
      for (const posting of index.postings.get(term) ?? []) {
        const own = lang === 'ar' ? posting.ar : posting.en;
        const other = lang === 'ar' ? posting.en : posting.ar;
        const value = weight * Math.max(own, other * weights.otherLanguage);
        if (value <= 0) continue;
        if (value > (best[posting.doc] ?? 0)) best[posting.doc] = value;
        const set = matched[posting.doc] ?? new Set<string>();
        set.add(term);
        matched[posting.doc] = set;
      }
    }
    for (let doc = 0; doc < documentCount; doc += 1) {
      const value = best[doc] ?? 0;
      if (value > 0) {
        totals[doc] = (totals[doc] ?? 0) + value;
        // A guessed match covers the word only partly.
        coverage[doc] = (coverage[doc] ?? 0) + 1;
      }
    }
  }

  const hits: FaqHit[] = [];
  for (let doc = 0; doc < documentCount; doc += 1) {
    const total = totals[doc] ?? 0;
    if (total <= 0) continue;
    const covered = (coverage[doc] ?? 0) / tables.length;
    hits.push({
      id: index.ids[doc] ?? '',
      score: total * (0.5 + 0.5 * covered),
      matchedTerms: [...(matched[doc] ?? [])],
    });
  }
  // Stable sort keeps bundle order for equal scores.
  hits.sort((a, b) => b.score - a.score);
  return hits.slice(0, limit);
}
