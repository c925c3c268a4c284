/**
 * Search as you type over the FAQ, and what the office learns from it. Policy: a search is
 * recorded as it is typed, each change replacing the last, so a reload loses at most the last
 * second of it; it is final once it settles (typing paused for 2 s, the screen left or the visit
 * ended), and then counted as unanswered if it found nothing. It is stored only as the words the
 * kiosk knows, with placeholders for everything else (core/privacy), since people
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
import type { VisitEventPayloads } from '../../../core/visit/types';
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
  // The search being typed is recorded as it goes, as its stored form only (never the raw
  // query), under one key until it settles; then the next typing starts a new search event.
  const searchCount = useRef(0);
  const draft = useRef<VisitEventPayloads['search'] | undefined>(undefined);

  useEffect(() => {
    if (trimmed === '') return;
    const payload: VisitEventPayloads['search'] = {
      text: toStoredSearchText(trimmed, searchVocabularyFor(content)),
      lang: detectLanguage(trimmed),
      resultCount: hits.length,
      topIds: hits.slice(0, 3).map((hit) => hit.id),
    };
    forgetLastMatch();
    if (draft.current !== undefined && sameSearch(draft.current, payload)) return;
    draft.current = payload;
    recorder.recordLatest(`search:${searchCount.current}`, 'search', payload);
  }, [content, hits, recorder, trimmed]);

  const settle = useRef(() => {});
  useEffect(() => {
    settle.current = () => {
      const settled = draft.current;
      if (settled === undefined) return;
      draft.current = undefined;
      recorder.closeLatest(`search:${searchCount.current}`);
      searchCount.current += 1;
      if (settled.resultCount === 0) {
        recorder.record('search-no-results', { text: settled.text, lang: settled.lang });
      }
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

/** Two searches the office would read as the same (their stored form and results agree). */
function sameSearch(a: VisitEventPayloads['search'], b: VisitEventPayloads['search']): boolean {
  return (
    a.text === b.text &&
    a.lang === b.lang &&
    a.resultCount === b.resultCount &&
    a.topIds.join() === b.topIds.join()
  );
}
