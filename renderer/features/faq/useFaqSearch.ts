/**
 * Search as you type over the FAQ, and what the office learns from it. Policy: a search is
 * recorded once it settles (typing paused for 2 s, the screen left or the visit ended), with
 * digit runs scrubbed first, since people type ID and phone numbers into search boxes.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { ContentBundle } from '../../../core/content/schema';
import {
  detectLanguage,
  scrubDigits,
  searchFaq,
  type FaqHit,
  type FaqIndex,
} from '../../../core/search';
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
  const recorded = useRef('');

  const settle = useRef(() => {});
  useEffect(() => {
    settle.current = () => {
      if (trimmed === '' || recorded.current === trimmed) return;
      recorded.current = trimmed;
      const text = scrubDigits(trimmed);
      const lang = detectLanguage(trimmed);
      recorder.record('search', {
        text,
        lang,
        resultCount: hits.length,
        topIds: hits.slice(0, 3).map((hit) => hit.id),
      });
      if (hits.length === 0) recorder.record('search-no-results', { text, lang });
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
