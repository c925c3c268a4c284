/**
 * Start-up of content: the shipped bundle at once, the stored hub bundle (checked again) when the
 * disk answers in time. Policy: start-up waits for the stored bundle at most
 * `storedContentWaitMilliseconds`; later, it waits like any update for the next moment between
 * visits. What is in use is mirrored on `<html data-content-*>` for tests and support tools.
 */
import type { RuknDatabase } from '../db/database';
import { createContentRepository } from '../db/contentRepository';
import { createContentStore, type ContentStore } from './contentStore';
import { loadShippedContent, prepareAhead } from './loadContent';
import { trustedContentKeys } from './trustedKeys';

export { startContentUpdates, type FetchContent } from './contentUpdates';
export type { ContentStore } from './contentStore';

/** The longest start-up waits for the stored hub bundle before showing the shipped one. */
export const storedContentWaitMilliseconds = 1500;

function settledWithin(promise: Promise<unknown>, milliseconds: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, milliseconds);
    void promise.finally(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Opens the content store on the kiosk database; nothing is on screen yet. */
export async function startContent(db: RuknDatabase): Promise<ContentStore> {
  const store = createContentStore({
    shipped: loadShippedContent(() => {}),
    stored: createContentRepository(db),
    keys: trustedContentKeys,
    prepare: (bundle) => prepareAhead(bundle),
  });
  await settledWithin(store.ready, storedContentWaitMilliseconds);
  // No visit is open before the first render: a checked stored bundle goes in use at once.
  if (!store.swap()) prepareAhead(store.current());
  mirrorContent(store, document.documentElement);
  return store;
}

/** Mirrors the content status on `<html data-content-version|waiting|refusal>`. */
export function mirrorContent(store: ContentStore, root: HTMLElement): () => void {
  const show = () => {
    const status = store.status();
    root.dataset.contentVersion = status.version;
    if (status.waitingVersion) root.dataset.contentWaiting = status.waitingVersion;
    else delete root.dataset.contentWaiting;
    if (status.lastRefusal) root.dataset.contentRefusal = status.lastRefusal.reason;
    else delete root.dataset.contentRefusal;
  };
  show();
  return store.subscribe(show);
}
