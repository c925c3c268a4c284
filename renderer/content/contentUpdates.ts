/**
 * Asks the office hub for newer content. Policy: once at start-up (after the stored bundle is
 * checked), then every `checkIntervalMinutes`, and whenever the sync client finds the hub
 * reachable again; one question in flight at a time; the `ETag` of the last bundle received goes
 * back as `If-None-Match`, so an unchanged bundle costs a 304, not a download. A failed question
 * is logged and asked again at the next turn: content can always wait, the kiosk has its own.
 */
import type { Result } from '../../core/result';
import type { ContentStore } from './contentStore';

/** What the hub answered for `GET /api/v1/content/latest`. */
export type ContentFetchAnswer =
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'none' }
  | { readonly kind: 'bundle'; readonly etag?: string; readonly text: string };

/** The sync transport's question to the hub (hub address and kiosk token are its business). */
export type FetchContent = (etag?: string) => Promise<Result<ContentFetchAnswer>>;

/** How one check ended, for the log and the tests. */
export type ContentCheck = 'not-modified' | 'none' | 'accepted' | 'refused' | 'failed';

/** Minutes between two questions while nothing else prompts one. */
export const checkIntervalMinutes = 15;

export type ContentUpdatesDeps = {
  readonly store: Pick<ContentStore, 'ready' | 'etag' | 'offer'>;
  readonly fetchContent: FetchContent;
  /** Subscribes to "the hub is reachable again" from the sync client; answers unsubscribe. */
  readonly onHubReachable?: (listener: () => void) => () => void;
  /** Runs `task` after `milliseconds`; answers a cancel. The tests' clock. */
  readonly setTimer?: (task: () => void, milliseconds: number) => () => void;
  readonly log?: (message: string) => void;
};

export type ContentUpdates = {
  /** Asks now (or joins the question in flight). */
  readonly checkNow: () => Promise<ContentCheck>;
  readonly stop: () => void;
};

const browserTimer = (task: () => void, milliseconds: number) => {
  const id = setTimeout(task, milliseconds);
  return () => clearTimeout(id);
};

/** Starts asking the hub for content; `stop()` ends it. */
export function startContentUpdates(deps: ContentUpdatesDeps): ContentUpdates {
  const { store, fetchContent, setTimer = browserTimer } = deps;
  const log = deps.log ?? ((message: string) => console.info(message));
  let inFlight: Promise<ContentCheck> | undefined;
  let cancelTimer: (() => void) | undefined;
  let isStopped = false;

  async function ask(): Promise<ContentCheck> {
    await store.ready;
    const answer = await fetchContent(store.etag()).catch(
      (error: unknown): Awaited<ReturnType<FetchContent>> => ({
        ok: false,
        error: { code: 'failed', message: String(error) },
      }),
    );
    if (!answer.ok) {
      log(`content check failed (${answer.error.code}): ${answer.error.message}`);
      return 'failed';
    }
    if (answer.value.kind !== 'bundle') return answer.value.kind;
    const offered = await store.offer(answer.value.text, answer.value.etag);
    return offered.ok ? 'accepted' : 'refused';
  }

  function schedule(): void {
    cancelTimer?.();
    if (isStopped) return;
    cancelTimer = setTimer(() => void checkNow(), checkIntervalMinutes * 60_000);
  }

  function checkNow(): Promise<ContentCheck> {
    if (isStopped) return Promise.resolve('failed');
    inFlight ??= ask().finally(() => {
      inFlight = undefined;
      schedule();
    });
    return inFlight;
  }

  const unsubscribe = deps.onHubReachable?.(() => void checkNow());
  void checkNow();
  return {
    checkNow,
    stop() {
      isStopped = true;
      cancelTimer?.();
      unsubscribe?.();
    },
  };
}
