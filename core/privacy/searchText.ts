/**
 * What the kiosk keeps of a search: built from what the kiosk knows, never from what it managed
 * to recognise as personal. Visitors type their names, ID and phone numbers, IBANs and e-mail
 * addresses into the search box, in any script and with any separator; a list of what to remove
 * would always miss one. So the stored text keeps only words of the kiosk's own vocabulary (the
 * content's questions, answers and alternatives in both languages, the search synonyms and a
 * list of common words) and replaces everything else:
 *
 * - `…` for any other word (a name, a typo, a word in another script);
 * - `#` for any run containing a digit of any script (ASCII, Arabic-Indic, fullwidth,
 *   superscript, circled, mathematical…), and for numbers spelled out in words;
 * - `@` for an e-mail or web address.
 *
 * A run of placeholders with no kept word between them becomes each placeholder once, so the
 * stored text never says how many words or numbers were typed. Control, format and direction
 * characters are removed; the stored text is at most `storedSearchTextLimit` characters.
 *
 * Names that are also words («سعيد», «أمل», "Hope") are taken out of the vocabulary (see
 * personalNames.ts), family names built like adjectives («الحربي», «الكثيري») count only when
 * the vocabulary has that exact word, and the word after «اسمي» / "my name is", or beside «بن»
 * / "bin", is never kept.
 */
import type { ContentBundle } from '../content/schema';
import { normalizeText } from '../search/normalize';
import { arabicStopWords, englishStopWords, procliticVariants, stemWord } from '../search/stem';
import { synonymRules } from '../search/synonyms';
import { commonArabicWords, commonEnglishWords, numberWords } from './commonWords';
import { nameWords } from './personalNames';

/** Longest stored search text, in UTF-16 code units. */
export const storedSearchTextLimit = 100;
/** Longest text the search field accepts (typed, pasted or from the on-screen keyboard). */
export const searchFieldLimit = 80;
/** Only this much of a query is read: nothing past it could reach the stored text anyway. */
const inputLimit = 400;

export const unknownWordPlaceholder = '…';
export const numberPlaceholder = '#';
export const addressPlaceholder = '@';

/** The words a stored search may keep: normalised forms and their light stems. */
export type SearchVocabulary = {
  readonly forms: ReadonlySet<string>;
  readonly stems: ReadonlySet<string>;
};

/** Cuts text to the search field's length without splitting a surrogate pair. */
export function capSearchField(text: string): string {
  if (text.length <= searchFieldLimit) return text;
  const cut = text.slice(0, searchFieldLimit);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Words of one-letter length are kept only when they are words on their own. */
const oneLetterWords = new Set(['a', 'i', 'و']);
const hasDigit = /\p{N}/u;

function addWords(target: Set<string>, text: string): void {
  for (const word of normalizeText(text).split(' ')) {
    if (word === '' || hasDigit.test(word)) continue;
    if (word.length === 1 && !oneLetterWords.has(word)) continue;
    target.add(word);
  }
}

/**
 * Builds the vocabulary from a content bundle: every word of its FAQ (questions, answers, steps,
 * alternatives) and topic titles in both languages, the synonym table, the search's stop words
 * and the common-word list. A few milliseconds; use `searchVocabularyFor`, which builds it once.
 */
export function buildSearchVocabulary(content: ContentBundle): SearchVocabulary {
  const forms = new Set<string>();
  for (const entry of content.faq) {
    for (const lang of ['ar', 'en'] as const) {
      addWords(forms, entry.question[lang]);
      for (const text of entry.answer[lang]) addWords(forms, text);
      for (const text of entry.steps?.[lang] ?? []) addWords(forms, text);
      for (const text of entry.alternatives[lang]) addWords(forms, text);
    }
  }
  for (const category of content.categories) {
    for (const lang of ['ar', 'en'] as const) {
      addWords(forms, category.title[lang]);
      addWords(forms, category.description[lang]);
    }
  }
  for (const rule of synonymRules) {
    const words = rule.kind === 'dialect' ? [...rule.from, ...rule.to] : rule.words;
    for (const text of words) addWords(forms, text);
  }
  for (const word of [...arabicStopWords, ...englishStopWords]) addWords(forms, word);
  for (const word of [...commonArabicWords, ...commonEnglishWords]) addWords(forms, word);
  const stems = new Set<string>();
  for (const form of forms) stems.add(stemWord(form));
  return { forms, stems };
}

const vocabularies = new WeakMap<ContentBundle, SearchVocabulary>();

/** The vocabulary of a content bundle, built on first use and kept as long as the bundle. */
export function searchVocabularyFor(content: ContentBundle): SearchVocabulary {
  let vocabulary = vocabularies.get(content);
  if (!vocabulary) {
    vocabulary = buildSearchVocabulary(content);
    vocabularies.set(content, vocabulary);
  }
  return vocabulary;
}

/**
 * Light folding for name checks: marks and tatweel removed, alef forms folded, Persian keyboard
 * letters (ی ک ے) to Arabic ones, Latin lowercased, but «ى» and «ي» kept apart, so the preposition
 * «على» is not the name «علي».
 */
function foldForNames(word: string): string {
  return word
    .replace(/[\p{M}\u0640]/gu, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/[\u06CC\u06D2]/g, '\u064A')
    .replace(/\u06A9/g, '\u0643')
    .toLowerCase();
}

function nameVariants(name: string): string[] {
  const folded = foldForNames(name.normalize('NFKC'));
  if (folded.endsWith('\u0629')) return [folded, `${folded.slice(0, -1)}\u0647`];
  if (folded.endsWith('\u0647')) return [folded, `${folded.slice(0, -1)}\u0629`];
  return [folded];
}

/** Names as written (lightly folded). */
const foldedNames: ReadonlySet<string> = new Set(nameWords.flatMap(nameVariants));
/** Names fully normalised, for forms with a one-letter proclitic («لمحمد», «وسعيد»). */
const normalizedNames: ReadonlySet<string> = new Set(nameWords.map(normalizeText));
/**
 * Names that are their own stem, so inflected and prefixed forms meet them («السعيد» → «سعيد»).
 * A name whose stem is another word («تركي» → «ترك») is matched as written only.
 */
const nameStems: ReadonlySet<string> = new Set(
  [...normalizedNames].filter((name) => stemWord(name) === name),
);
/**
 * Particles that join the parts of a name («محمد بن علي», «آل سعود», "Saeed Al Qahtani"): the
 * words on either side of one are never kept. «بنت» and «ابن» are not here: they are also
 * "daughter" and "son", and the words beside them are ordinary ones.
 */
const nameParticles: ReadonlySet<string> = new Set(
  ['بن', 'آل', 'ال', 'al', 'el', 'bin', 'ben', 'bint', 'ibn'].map(foldForNames),
);
/** Words after which the next word is a name («اسمي», "my name is"). */
const nameCues: ReadonlySet<string> = new Set(
  [
    'اسمي',
    'اسمه',
    'اسمها',
    'اسمك',
    'اسم',
    'الاسم',
    'باسم',
    'باسمي',
    'باسمه',
    'باسمها',
    'باسمك',
    'name',
    'named',
    'called',
  ].map(normalizeText),
);
/** Words between a naming cue and the name ("my name is X", «اسمي هو X»). */
const nameCueFillers: ReadonlySet<string> = new Set(['is', 'was', 'هو', 'هي', 'كان', 'كانت']);
const spelledNumbers: ReadonlySet<string> = new Set(numberWords.map(normalizeText));

/** An adjective-shaped family name: article, stem, nisba «ي» («الحربي», «والغامدي»). */
const nisbaShape = /^(?:وبال|وال|بال|فال|كال|لل|ال)..+ي$/u;
const oneLetterProclitic = /^[وبفكل]/u;

function isKnownWord(word: string, vocabulary: SearchVocabulary): boolean {
  if (foldedNames.has(foldForNames(word))) return false;
  const normalized = normalizeText(word);
  if (normalized === '' || normalized.includes(' ')) return false;
  if (vocabulary.forms.has(normalized)) return true;
  if (nisbaShape.test(normalized)) return false;
  let stripped = normalized;
  for (let round = 0; round < 2 && oneLetterProclitic.test(stripped); round += 1) {
    stripped = stripped.slice(1);
    if (normalizedNames.has(stripped)) return false;
  }
  const stem = stemWord(normalized);
  if (nameStems.has(stem)) return false;
  if (vocabulary.stems.has(stem)) return true;
  for (const variant of procliticVariants(stem)) {
    if (nameStems.has(variant) || normalizedNames.has(variant)) return false;
    if (vocabulary.stems.has(variant)) return true;
  }
  return false;
}

type Token =
  | { readonly kind: 'word'; readonly text: string; readonly normalized: string }
  | { readonly kind: 'unknown'; readonly isParticle: boolean }
  | { readonly kind: 'number' }
  | { readonly kind: 'address' };

/** Line breaks and other control characters separate words. */
const controls = /[\p{Cc}\p{Zl}\p{Zp}]/gu;
/**
 * Format characters (bidi embeddings, overrides and isolates, zero-width characters, soft hyphen,
 * the Arabic letter mark, tags), lone surrogates, private-use and unassigned code points are
 * removed: they are invisible, and they sit inside words to split or disguise them.
 */
const invisibles = /[\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu;
const spaces = /[\s\p{Z}]+/u;
const webAddress = /(?:[a-z][a-z\d+.-]*:\/\/|www\.|[\p{L}\p{N}-]\.[a-z]{2,}(?:[/:?#]|$))/iu;
/** An apostrophe inside a word ("don't" → "dont"), as the stop-word lists spell them. */
const innerApostrophe = /(?<=\p{L})['\u2019\u02BC`\u00B4](?=\p{L})/gu;
const wordSeparators = /[^\p{L}\p{M}\p{N}]+/u;

function tokenize(query: string, vocabulary: SearchVocabulary): Token[] {
  const text = query
    .slice(0, inputLimit)
    .replace(controls, ' ')
    .replace(invisibles, '')
    .normalize('NFKC');
  const tokens: Token[] = [];
  for (const chunk of text.split(spaces)) {
    if (chunk === '') continue;
    if (chunk.includes('@') || webAddress.test(chunk)) {
      tokens.push({ kind: 'address' });
      continue;
    }
    for (const word of chunk.replace(innerApostrophe, '').split(wordSeparators)) {
      if (word === '') continue;
      if (hasDigit.test(word)) {
        tokens.push({ kind: 'number' });
      } else if (isKnownWord(word, vocabulary)) {
        const surface = word.replace(/[\p{M}\u0640]/gu, '').toLowerCase();
        tokens.push({ kind: 'word', text: surface, normalized: normalizeText(surface) });
      } else {
        tokens.push({ kind: 'unknown', isParticle: nameParticles.has(foldForNames(word)) });
      }
    }
  }
  return tokens;
}

const unknown: Token = { kind: 'unknown', isParticle: false };
const number: Token = { kind: 'number' };

function isNumeric(token: Token): boolean {
  return token.kind === 'number' || (token.kind === 'word' && spelledNumbers.has(token.normalized));
}

/**
 * A run of digits and number words with a digit in it, or three number words or more, is a
 * number ("zero five five…", «صفر خمسة خمسة…»); one or two number words ("two children") stay.
 */
function markSpelledNumbers(tokens: Token[]): void {
  let start = 0;
  while (start < tokens.length) {
    const first = tokens[start];
    if (first === undefined || !isNumeric(first)) {
      start += 1;
      continue;
    }
    let end = start;
    let digits = 0;
    for (let token = tokens[end]; token !== undefined && isNumeric(token); token = tokens[end]) {
      if (token.kind === 'number') digits += 1;
      end += 1;
    }
    if (digits > 0 || end - start >= 3) tokens.fill(number, start, end);
    start = end;
  }
}

/** The word after a naming cue and the words on either side of a name particle are names. */
function markNames(tokens: Token[]): void {
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) continue;
    if (token.kind === 'unknown' && token.isParticle) {
      if (tokens[index - 1]?.kind === 'word') tokens[index - 1] = unknown;
      if (tokens[index + 1]?.kind === 'word') tokens[index + 1] = unknown;
    } else if (token.kind === 'word' && nameCues.has(token.normalized)) {
      let next = index + 1;
      for (let filler = tokens[next]; filler?.kind === 'word'; filler = tokens[next]) {
        if (!nameCueFillers.has(filler.normalized)) break;
        next += 1;
      }
      if (tokens[next]?.kind === 'word') tokens[next] = unknown;
    }
  }
}

function placeholderOf(token: Token): string | undefined {
  switch (token.kind) {
    case 'word':
      return undefined;
    case 'unknown':
      return unknownWordPlaceholder;
    case 'number':
      return numberPlaceholder;
    case 'address':
      return addressPlaceholder;
    default: {
      const unreachable: never = token;
      return unreachable;
    }
  }
}

/**
 * Makes the engine's record of the last regular-expression match (`RegExp.lastMatch`,
 * `RegExp.input`) point at an empty string. Every successful match leaves its whole subject
 * there, reachable by any script, until the next one: call it after matching a raw query.
 */
export function forgetLastMatch(): void {
  /(?:)/.exec('');
}

/**
 * The text a search is stored as: the query's words that the vocabulary knows, everything else
 * as placeholders (see the module header), at most `storedSearchTextLimit` characters, cut at a
 * word. Pure and fast: reads at most the first few hundred characters of any paste.
 */
export function toStoredSearchText(query: string, vocabulary: SearchVocabulary): string {
  const tokens = tokenize(query, vocabulary);
  markSpelledNumbers(tokens);
  markNames(tokens);
  const parts: string[] = [];
  let run = new Set<string>();
  for (const token of tokens) {
    const placeholder = placeholderOf(token);
    if (placeholder === undefined) {
      run = new Set();
      if (token.kind === 'word') parts.push(token.text);
    } else if (!run.has(placeholder)) {
      run.add(placeholder);
      parts.push(placeholder);
    }
  }
  let stored = '';
  for (const part of parts) {
    const next = stored === '' ? part : `${stored} ${part}`;
    if (next.length > storedSearchTextLimit) break;
    stored = next;
  }
  forgetLastMatch();
  return stored;
}
