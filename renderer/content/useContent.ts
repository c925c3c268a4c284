/**
 * The content the screens show. Policy: a newer bundle is swapped in only while no visit is open
 * (the attract screen, or the moment a visit ends), never in the middle of one, so a citizen's
 * answers, steps and check never change under their hands.
 */
import { useLayoutEffect, useSyncExternalStore } from 'react';
import type { ContentBundle } from '../../core/content/schema';
import type { ContentStatus, ContentStore } from './contentStore';

/** Puts a waiting bundle in use when no visit is open; answers whether it did. */
export function swapBetweenVisits(
  store: Pick<ContentStore, 'getSnapshot' | 'swap'>,
  isVisitOpen: boolean,
): boolean {
  return !isVisitOpen && store.getSnapshot().waiting !== undefined && store.swap();
}

/** The bundle in use; swaps in a waiting one as soon as `isVisitOpen` is false. */
export function useContent(store: ContentStore, isVisitOpen: boolean): ContentBundle {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  // A layout effect runs in the same task as the commit that closed the visit, before any tap can
  // open the next one, so the swap can never land inside a visit.
  useLayoutEffect(() => {
    swapBetweenVisits(store, isVisitOpen);
  }, [isVisitOpen, snapshot, store]);
  return snapshot.inUse;
}

/** What the staff see about content, live. */
export type ContentStatusSource = Pick<ContentStore, 'subscribe' | 'status'>;

/** The content status, re-rendered on every change. */
export function useContentStatus(source: ContentStatusSource): ContentStatus {
  return useSyncExternalStore(source.subscribe, source.status);
}
