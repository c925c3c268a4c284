/**
 * Highlighting for search results: finds, in the original text as written (with its hamza,
 * tashkeel and punctuation), the words that a search matched, so the UI can wrap them in <mark>.
 */
import { normalizeText } from './normalize';
import { isStopWord, procliticVariants, stemWord } from './stem';

/** A piece of the original text; concatenating all segments gives the text back unchanged. */
export type HighlightSegment = { readonly text: string; readonly isMatch: boolean };

/**
 * A word as written: letters and digits of any script plus the marks that live inside words
 * (tashkeel, tatweel, zero-width and bidi marks), so "الضَّمَان" is one word.
 */
const wordPattern =
  /[\p{L}\p{N}\p{M}\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u2060\u00AD]+/gu;

function isMatchingWord(word: string, terms: ReadonlySet<string>): boolean {
  const normalized = normalizeText(word);
  if (normalized === '') return false;
  return normalized.split(' ').some((part) => {
    if (isStopWord(part)) return false;
    const stem = stemWord(part);
    // The index may have read a one-letter proclitic off the word ("وحساب" → "حساب").
    return terms.has(stem) || procliticVariants(stem).some((variant) => terms.has(variant));
  });
}

/**
 * Splits `text` into segments, marking each word whose normalised, stemmed form is one of
 * `matchedTerms` (a hit's `matchedTerms`). Spaces and punctuation are never marked, and adjacent
 * unmarked pieces are merged so the UI renders as few nodes as possible.
 */
export function highlightMatches(
  text: string,
  matchedTerms: readonly string[],
): Array<{ text: string; isMatch: boolean }> {
  const terms = new Set(matchedTerms);
  const segments: Array<{ text: string; isMatch: boolean }> = [];
  const push = (piece: string, isMatch: boolean): void => {
    if (piece === '') return;
    const last = segments.at(-1);
    if (last !== undefined && last.isMatch === isMatch && !isMatch) last.text += piece;
    else segments.push({ text: piece, isMatch });
  };
  let cursor = 0;
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    push(text.slice(cursor, start), false);
    push(match[0], terms.size > 0 && isMatchingWord(match[0], terms));
    cursor = start + match[0].length;
  }
  push(text.slice(cursor), false);
  return segments;
}
