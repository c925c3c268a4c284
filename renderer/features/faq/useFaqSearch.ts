/**
 * Search as you type over the FAQ, and what the office learns from it. Policy: a search is
 * recorded once it settles (typing paused for 2 s, the screen left or the visit ended), and only
 * as the words the kiosk knows, with placeholders for everything else (core/privacy), since people
 * type their names, ID and phone numbers into search boxes. Nothing here keeps the raw query.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { ContentBundle } from '../../../core/content/schema';
import {
  forgetLastMatch,
  searchVocabularyFor,
  toStoredSearchText,
} from '../../../core/privacy/searchText';
import { detectLanguage, searchFaq, type FaqHit, type FaqIndex } from '../../../core/search';
import { faqIndexFor } from '../../content/searchIndex';
import type { VisitRecorder } from '../../visit/recorder';

const settleMilliseconds = 2000;
const resultLimit = 8;
/**
 * Results scoring under this share of the best one are left out: a long list of loosely related
 * questions makes the right one harder to find for a visitor reading slowly.
 */
const relativeScoreFloor = 0.3;

// Built at idle once the content is loaded (renderer/content/searchIndex.ts): a keystroke only
// looks it up.
function indexFor(content: ContentBundle): FaqIndex {
  return faqIndexFor(content);
}

export function useFaqSearch(
  content: ContentBundle,
  query: string,
  recorder: VisitRecorder,
): readonly FaqHit[] {
  const trimmed = query.trim();
  const hits = useMemo(() => {
    if (trimmed === '') return [];
    const found = searchFaq(indexFor(content), trimmed, { limit: resultLimit });
    const best = found[0]?.score ?? 0;
    return found.filter((hit) => hit.score >= best * relativeScoreFloor);
  }, [content, trimmed]);
  // What was last recorded, as stored (never the raw query), so a settle repeated by leaving the
  // screen does not record the same search twice.
  const recorded = useRef('');

  const settle = useRef(() => {});
  useEffect(() => {
    settle.current = () => {
      if (trimmed === '') return;
      const text = toStoredSearchText(trimmed, searchVocabularyFor(content));
      const topIds = hits.slice(0, 3).map((hit) => hit.id);
      const signature = [text, ...topIds].join('\n');
      if (recorded.current === signature) return;
      recorded.current = signature;
      const lang = detectLanguage(trimmed);
      recorder.record('search', { text, lang, resultCount: hits.length, topIds });
      if (hits.length === 0) recorder.record('search-no-results', { text, lang });
      forgetLastMatch();
    };
  });

  // Leaving the screen (an answer, a topic, Back) or the visit ending settles the search too.
  useEffect(() => () => settle.current(), []);
  useEffect(() => recorder.beforeEnd(() => settle.current()), [recorder]);

  useEffect(() => {
    if (trimmed === '') return;
    const timer = window.setTimeout(() => settle.current(), settleMilliseconds);
    return () => window.clearTimeout(timer);
  }, [trimmed]);

  return hits;
}
