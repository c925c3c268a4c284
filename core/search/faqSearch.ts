/**
 * FAQ search: a small index over both languages of every entry, built once when content loads,
 * and a query function cheap enough to run on every keystroke.
 *
 * Policy: words as typed count fully; anything the engine guesses counts less, in this order:
 * synonyms, the last word as a prefix while the visitor is still typing, one typo, two typos in
 * long words (see `weights`). Each query word scores an entry once (its best reading), so a word
 * with many guesses cannot outweigh a word matched exactly.
 *
 * An entry's score has two parts: BM25F over its fields (question > alternatives > answer and
 * steps), and how closely the whole query resembles one of its phrasings (question or one
 * alternative), because alternatives are written to be exactly the ways visitors ask.
 */
import type { FaqEntry, Language, QuestionIntent } from '../content/schema';
import { queryIntents } from './intent';
import { detectLanguage, normalizeText } from './normalize';
import { isStopWord, procliticVariants, stemWord } from './stem';
import { synonymRules, type SynonymRule } from './synonyms';

/** One entry's precomputed BM25F contribution for a term, per language of the fields. */
type Posting = { readonly doc: number; readonly ar: number; readonly en: number };

/** One way of asking an entry (its question or one alternative), as a bag of index terms. */
type Phrase = {
  readonly doc: number;
  readonly lang: Language;
  /** Sum of the idf of its distinct terms: what an exact match of the phrase is worth. */
  readonly idfSum: number;
};

/**
 * Everything a query needs, precomputed from the entries. Treat as opaque: build it with
 * `buildFaqIndex` and pass it to `searchFaq`.
 */
export type FaqIndex = {
  /** Entry ids in bundle order; postings and phrases refer to entries by position. */
  readonly ids: readonly string[];
  /** Index term → entries containing it, with ready-made BM25F scores. */
  readonly postings: ReadonlyMap<string, readonly Posting[]>;
  /** Index term → inverse document frequency. */
  readonly idf: ReadonlyMap<string, number>;
  /** Questions and alternatives of every entry in both languages. */
  readonly phrases: readonly Phrase[];
  /** Index term → positions in `phrases` of the phrasings that contain it. */
  readonly phrasesByTerm: ReadonlyMap<string, readonly number[]>;
  /**
   * Typo table: every index term and every word form as written (article removed, unstemmed),
   * and every string made by deleting one letter from it (two for those of five letters or more)
   * → the terms and forms it came from. Two words within k edits share a string made by at most
   * k deletions from each, so typo candidates are a few lookups. Forms are needed because a typo
   * can hide the suffix the stemmer would remove ("paymnet" is near "payment", not near "pay").
   */
  readonly deletions: ReadonlyMap<string, readonly string[]>;
  /** A typo-table source (term or word form) → its index term. */
  readonly typoTerms: ReadonlyMap<string, string>;
  /** Sorted word forms (article removed, no suffix stemming) for search-as-you-type prefixes. */
  readonly prefixKeys: readonly string[];
  /** Word form in `prefixKeys` → its index term. */
  readonly prefixTerms: ReadonlyMap<string, string>;
  /** Light stem → corpus frequency; decides whether a one-letter proclitic belongs to a word. */
  readonly stemFrequency: ReadonlyMap<string, number>;
  /** Stem sequence (space-joined; one stem for a single word) → index terms it also searches. */
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
  /** Longest synonym phrase, in words. */
  readonly maxPhraseLength: number;
  /** Per entry, the kinds of question it answers (amount, date, how). */
  readonly intents: readonly (readonly QuestionIntent[])[];
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
  alternatives: { weight: 2, b: 0.35 },
  answer: { weight: 1, b: 0.75 },
} as const;
type FieldName = keyof typeof fields;
const fieldNames = Object.keys(fields) as FieldName[];
const languageList: readonly Language[] = ['ar', 'en'];

/** BM25 term-frequency saturation. */
const k1 = 1.2;

/** Relative weight of each way a query word can match (see the module header). */
const weights = {
  exact: 1,
  synonym: 0.6,
  prefix: 0.55,
  typo1: 0.45,
  typo2: 0.3,
  /**
   * The meaning of an idiom such as "sign up" or "no job"; its words' literal readings drop to
   * `synonym`, since "sign" alone would point at "sign in".
   */
  idiom: 0.8,
  /** A hit only in the other language's fields (e.g. an English word in an Arabic query). */
  otherLanguage: 0.8,
  /** Phrase resemblance relative to BM25F; at 1 a perfect phrasing match equals a strong BM25F. */
  phrase: 1.5,
  /**
   * Factor for an entry that answers the kind of question asked ("how much" → an amount answer).
   * A reordering among topic matches, not a match of its own (see intent.ts).
   */
  intent: 1.3,
} as const;

/** Typo tolerance: words this long allow one edit, and from `twoEdits` on, two. */
const typoLength = { oneEdit: 4, twoEdits: 7 } as const;
/** Shortest typed prefix (letters, article removed) that is expanded while typing. */
const minPrefixLength = 3;
/** Cap on completions of a short prefix, which keeps search-as-you-type fast. */
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

function wordsOf(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/** Every string made by deleting up to `depth` letters from `word`, the word included. */
function deletionsOf(word: string, depth: number): Set<string> {
  const result = new Set([word]);
  let frontier = [word];
  for (let level = 0; level < depth; level += 1) {
    const next: string[] = [];
    for (const current of frontier) {
      for (let i = 0; i < current.length; i += 1) {
        const shorter = current.slice(0, i) + current.slice(i + 1);
        if (!result.has(shorter)) {
          result.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return result;
}

// ------------------------------------------------------------------------------------------------
// Building

type AnalysedEntry = {
  /** Per language, per field (in `fieldNames` order), the index terms in text order. */
  readonly fieldTerms: readonly (readonly string[][])[];
  /** Per language, the terms of the question and of each alternative. */
  readonly phrasings: readonly (readonly string[][])[];
};

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
    wordsOf(phrase)
      .map((word) => (isStopWord(word) ? word : resolveProclitics(stemWord(word), frequency)))
      .join(' ');
  const termsOf = (phrase: string): string[] =>
    wordsOf(phrase)
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
    const from = rule.kind === 'dialect' ? rule.from : rule.words;
    const to = rule.kind === 'dialect' ? rule.to : rule.words;
    for (const phrase of from) add(phrase, to);
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
 * BM25F scores per term and entry, and prepares the phrase, typo, prefix and synonym tables so a
 * query never analyses the content again.
 */
export function buildFaqIndex(entries: readonly FaqEntry[]): FaqIndex {
  const texts = entries.map((entry) =>
    languageList.map((lang) => ({
      question: [entry.question[lang]],
      alternatives: entry.alternatives[lang],
      answer: [...entry.answer[lang], ...(entry.steps?.[lang] ?? [])],
    })),
  );

  // Pass 1: light stems and their frequency, which the proclitic step consults.
  const stemFrequency = new Map<string, number>();
  for (const entry of texts) {
    for (const langTexts of entry) {
      for (const field of fieldNames) {
        for (const text of langTexts[field]) {
          for (const word of wordsOf(text)) {
            if (isStopWord(word)) continue;
            const stem = stemWord(word);
            stemFrequency.set(stem, (stemFrequency.get(stem) ?? 0) + 1);
          }
        }
      }
    }
  }

  // Pass 2: index terms per field and per phrasing, and prefix keys.
  const prefixTerms = new Map<string, string>();
  const termsOfText = (text: string): string[] => {
    const terms: string[] = [];
    for (const word of wordsOf(text)) {
      const term = termOf(word, stemFrequency);
      if (term === undefined) continue;
      terms.push(term);
      const key = prefixKeyOf(word);
      if (!prefixTerms.has(key)) prefixTerms.set(key, term);
    }
    return terms;
  };
  const analysed: AnalysedEntry[] = texts.map((entry) => {
    const perLanguage = entry.map((langTexts) =>
      fieldNames.map((field) => langTexts[field].map(termsOfText)),
    );
    return {
      fieldTerms: perLanguage.map((langFields) => langFields.map((list) => list.flat())),
      phrasings: perLanguage.map((langFields) => [
        ...(langFields[0] ?? []),
        ...(langFields[1] ?? []),
      ]),
    };
  });

  const averageLength = languageList.map((_, langIndex) =>
    fieldNames.map((_field, fieldIndex) => {
      const total = analysed.reduce(
        (sum, entry) => sum + (entry.fieldTerms[langIndex]?.[fieldIndex]?.length ?? 0),
        0,
      );
      return Math.max(1, total / Math.max(1, analysed.length));
    }),
  );

  // Weighted, length-normalised term frequency per entry and language (BM25F).
  const weighted = new Map<string, Map<number, [number, number]>>();
  analysed.forEach((entry, doc) => {
    entry.fieldTerms.forEach((langFields, langIndex) => {
      langFields.forEach((terms, fieldIndex) => {
        const field = fields[fieldNames[fieldIndex] ?? 'answer'];
        const average = averageLength[langIndex]?.[fieldIndex] ?? 1;
        const norm = field.weight / (1 - field.b + (field.b * terms.length) / average);
        for (const term of terms) {
          const perDoc = weighted.get(term) ?? new Map<number, [number, number]>();
          const pair = perDoc.get(doc) ?? [0, 0];
          pair[langIndex === 0 ? 0 : 1] += norm;
          perDoc.set(doc, pair);
          weighted.set(term, perDoc);
        }
      });
    });
  });

  const count = entries.length;
  const saturate = (tf: number): number => (tf === 0 ? 0 : (tf * (k1 + 1)) / (tf + k1));
  const postings = new Map<string, Posting[]>();
  const idf = new Map<string, number>();
  for (const [term, perDoc] of weighted) {
    const termIdf = Math.log(1 + (count - perDoc.size + 0.5) / (perDoc.size + 0.5));
    idf.set(term, termIdf);
    const list: Posting[] = [];
    for (const [doc, [ar, en]] of perDoc) {
      list.push({ doc, ar: termIdf * saturate(ar), en: termIdf * saturate(en) });
    }
    postings.set(term, list);
  }

  const phrases: Phrase[] = [];
  const phrasesByTerm = new Map<string, number[]>();
  analysed.forEach((entry, doc) => {
    entry.phrasings.forEach((list, langIndex) => {
      for (const terms of list) {
        const distinct = new Set(terms);
        if (distinct.size === 0) continue;
        const position = phrases.length;
        let idfSum = 0;
        for (const term of distinct) {
          idfSum += idf.get(term) ?? 0;
          const positions = phrasesByTerm.get(term) ?? [];
          positions.push(position);
          phrasesByTerm.set(term, positions);
        }
        phrases.push({ doc, lang: languageList[langIndex] ?? 'ar', idfSum });
      }
    });
  });

  const typoTerms = new Map<string, string>(prefixTerms);
  for (const term of postings.keys()) typoTerms.set(term, term);
  const deletions = new Map<string, string[]>();
  for (const source of typoTerms.keys()) {
    if (source.length < typoLength.oneEdit - 1 || /^\d+$/.test(source)) continue;
    const depth = source.length >= typoLength.twoEdits - 2 ? 2 : 1;
    for (const variant of deletionsOf(source, depth)) {
      const sources = deletions.get(variant) ?? [];
      sources.push(source);
      deletions.set(variant, sources);
    }
  }

  const synonyms = compileSynonyms(synonymRules, stemFrequency, new Set(postings.keys()));
  return {
    ids: entries.map((entry) => entry.id),
    postings,
    idf,
    phrases,
    phrasesByTerm,
    deletions,
    typoTerms,
    prefixKeys: [...prefixTerms.keys()].sort(),
    prefixTerms,
    stemFrequency,
    synonyms: synonyms.map,
    maxPhraseLength: synonyms.maxPhraseLength,
    intents: entries.map((entry) => entry.intents ?? []),
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

/** Index term → weight for one query word (its best reading wins per entry). */
type Expansions = Map<string, number>;

function addExpansion(expansions: Expansions, term: string, weight: number): void {
  if ((expansions.get(term) ?? 0) < weight) expansions.set(term, weight);
}

/** Adds index terms within one or two edits of the word's stem or of the word as typed. */
function addTypos(index: FaqIndex, word: QueryWord, expansions: Expansions): void {
  const forms = new Set([word.stem, prefixKeyOf(word.word)]);
  for (const form of forms) {
    if (form.length < typoLength.oneEdit || /^\d+$/.test(form)) continue;
    const max = form.length >= typoLength.twoEdits ? 2 : 1;
    const candidates = new Set<string>();
    for (const variant of deletionsOf(form, max)) {
      for (const candidate of index.deletions.get(variant) ?? []) candidates.add(candidate);
    }
    for (const candidate of candidates) {
      const term = index.typoTerms.get(candidate);
      if (term === undefined || term === word.stem) continue;
      const distance = editDistance(form, candidate, max);
      if (distance === 1) addExpansion(expansions, term, weights.typo1);
      else if (distance === 2) addExpansion(expansions, term, weights.typo2);
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

/** A word the index or the synonym table knows as written (so not a typo). */
function isKnownWord(index: FaqIndex, word: QueryWord): boolean {
  return (
    index.postings.has(word.stem) ||
    index.synonyms.has(word.stem) ||
    index.synonyms.has(word.word) ||
    index.prefixTerms.has(prefixKeyOf(word.word))
  );
}

/** English negations, and the prefixes the content uses for the negated word instead. */
const negations: ReadonlySet<string> = new Set(['not', 'no', 'non']);
const negativePrefixes = ['in', 'un', 'non'] as const;

/**
 * Turns a query into one expansion table per meaningful word: the word itself, its synonyms
 * (including phrases such as "sign up"), typo neighbours, and prefix completions for the last word
 * unless the visitor has finished it with a space. Words the index cannot match at all are left
 * out, so an unknown word changes no entry's score.
 */
function expandQuery(index: FaqIndex, query: string): Expansions[] {
  const words: QueryWord[] = wordsOf(query).map((word) => {
    const isStop = isStopWord(word);
    return {
      word,
      isStop,
      stem: isStop ? word : resolveProclitics(stemWord(word), index.stemFrequency),
    };
  });
  const isStillTyping = !/[\s\p{P}]$/u.test(query);
  const tableAt = new Map<number, Expansions>();
  const extra: Expansions[] = [];
  words.forEach((entry, position) => {
    if (entry.isStop) return;
    const expansions: Expansions = new Map();
    if (index.postings.has(entry.stem)) addExpansion(expansions, entry.stem, weights.exact);
    for (const key of new Set([entry.stem, stemWord(entry.word), entry.word])) {
      for (const term of index.synonyms.get(key) ?? []) {
        addExpansion(expansions, term, weights.synonym);
      }
    }
    // A word the kiosk knows is taken as typed: guessing a typo in a real word ("لحالي" for
    // "حالة") only brings in unrelated answers.
    if (!isKnownWord(index, entry)) addTypos(index, entry, expansions);
    if (isStillTyping && position === words.length - 1) addPrefixes(index, entry.word, expansions);
    tableAt.set(position, expansions);
  });
  // English negation also reads as a negative prefix: "not eligible" → "ineligible".
  words.forEach((entry, position) => {
    const next = words[position + 1];
    const table = tableAt.get(position + 1);
    if (!negations.has(entry.word) || next === undefined || table === undefined) return;
    for (const prefix of negativePrefixes) {
      const term = `${prefix}${next.stem}`;
      if (index.postings.has(term)) addExpansion(table, term, weights.synonym);
    }
  });
  // Phrase synonyms attach to the phrase's first meaningful word ("sign up" → "sign"). A phrase
  // that contains a stop word is an idiom, whose literal words mislead ("sign up" ≠ "sign in").
  for (let length = 2; length <= index.maxPhraseLength; length += 1) {
    for (let start = 0; start + length <= words.length; start += 1) {
      const slice = words.slice(start, start + length);
      const targets = index.synonyms.get(slice.map((entry) => entry.stem).join(' '));
      if (targets === undefined) continue;
      const isIdiom = slice.some((entry) => entry.isStop);
      const anchor = slice.findIndex((entry) => !entry.isStop);
      let table = anchor < 0 ? undefined : tableAt.get(start + anchor);
      if (table === undefined) {
        table = new Map();
        extra.push(table);
      }
      if (isIdiom) {
        slice.forEach((entry, offset) => {
          const literal = tableAt.get(start + offset);
          if (literal?.get(entry.stem) === weights.exact) literal.set(entry.stem, weights.synonym);
        });
      }
      for (const term of targets) {
        addExpansion(table, term, isIdiom ? weights.idiom : weights.synonym);
      }
    }
  }
  return [...tableAt.values(), ...extra].filter((table) => table.size > 0);
}

/**
 * Searches the index. Each query word adds its best-scoring reading per entry (BM25F), scaled by
 * the share of query words the entry matches, plus the entry's closest phrasing (question or
 * alternative) by idf-weighted overlap with the query. Hits in the query's language count fully,
 * hits only in the other language's fields count less. Best first; ties keep bundle order.
 */
export function searchFaq(index: FaqIndex, query: string, options: SearchOptions = {}): FaqHit[] {
  const lang = options.lang ?? detectLanguage(query);
  const limit = options.limit ?? 10;
  const tables = expandQuery(index, query);
  if (tables.length === 0 || limit <= 0) return [];

  const documentCount = index.ids.length;
  const phraseCount = index.phrases.length;
  const bm25 = new Float64Array(documentCount);
  const covered = new Float64Array(documentCount);
  const best = new Float64Array(documentCount);
  const matched: string[][] = Array.from({ length: documentCount }, () => []);
  // Phrase overlap: per token the best weight and idf found in each phrase, then accumulated.
  const phraseBest = new Float64Array(phraseCount);
  const phraseBestIdf = new Float64Array(phraseCount);
  const phraseNumerator = new Float64Array(phraseCount);
  const phraseMatchedIdf = new Float64Array(phraseCount);
  let queryIdf = 0;

  for (const table of tables) {
    best.fill(0);
    const touched: number[] = [];
    let tokenIdf = 0;
    for (const [term, weight] of table) {
      const termIdf = index.idf.get(term) ?? 0;
      tokenIdf = Math.max(tokenIdf, termIdf);
      for (const posting of index.postings.get(term) ?? []) {
        const own = lang === 'ar' ? posting.ar : posting.en;
        const other = lang === 'ar' ? posting.en : posting.ar;
        const value = weight * Math.max(own, other * weights.otherLanguage);
        if (value > (best[posting.doc] ?? 0)) best[posting.doc] = value;
        matched[posting.doc]?.push(term);
      }
      for (const phrase of index.phrasesByTerm.get(term) ?? []) {
        if ((phraseBest[phrase] ?? 0) === 0) touched.push(phrase);
        if (weight > (phraseBest[phrase] ?? 0)) {
          phraseBest[phrase] = weight;
          phraseBestIdf[phrase] = termIdf;
        }
      }
    }
    // A word is worth the idf of the word itself when the index has it, else of its best guess.
    const exactTerm = [...table].find(([, weight]) => weight === weights.exact)?.[0];
    if (exactTerm !== undefined) tokenIdf = index.idf.get(exactTerm) ?? tokenIdf;
    queryIdf += tokenIdf;
    for (const phrase of touched) {
      phraseNumerator[phrase] =
        (phraseNumerator[phrase] ?? 0) + (phraseBest[phrase] ?? 0) * tokenIdf;
      phraseMatchedIdf[phrase] = (phraseMatchedIdf[phrase] ?? 0) + (phraseBestIdf[phrase] ?? 0);
      phraseBest[phrase] = 0;
    }
    for (let doc = 0; doc < documentCount; doc += 1) {
      const value = best[doc] ?? 0;
      if (value > 0) {
        bm25[doc] = (bm25[doc] ?? 0) + value;
        covered[doc] = (covered[doc] ?? 0) + 1;
      }
    }
  }

  // Closest phrasing per entry: idf-weighted overlap (weighted Jaccard of query and phrasing).
  const resemblance = new Float64Array(documentCount);
  for (let position = 0; position < phraseCount; position += 1) {
    const numerator = phraseNumerator[position] ?? 0;
    const phrase = index.phrases[position];
    if (numerator === 0 || phrase === undefined) continue;
    const unmatched = Math.max(0, phrase.idfSum - (phraseMatchedIdf[position] ?? 0));
    const similarity =
      (numerator / (queryIdf + unmatched)) * (phrase.lang === lang ? 1 : weights.otherLanguage);
    if (similarity > (resemblance[phrase.doc] ?? 0)) resemblance[phrase.doc] = similarity;
  }

  const asked = queryIntents(query);
  const hits: FaqHit[] = [];
  for (let doc = 0; doc < documentCount; doc += 1) {
    const total = bm25[doc] ?? 0;
    if (total <= 0) continue;
    const coverage = (covered[doc] ?? 0) / tables.length;
    const answersAsked = index.intents[doc]?.some((intent) => asked.has(intent)) ?? false;
    const relevance =
      total * (0.5 + 0.5 * coverage) + weights.phrase * (resemblance[doc] ?? 0) * queryIdf;
    hits.push({
      id: index.ids[doc] ?? '',
      score: answersAsked ? relevance * weights.intent : relevance,
      matchedTerms: [...new Set(matched[doc])],
    });
  }
  // Stable sort keeps bundle order for equal scores.
  hits.sort((a, b) => b.score - a.score);
  return hits.slice(0, limit);
}
