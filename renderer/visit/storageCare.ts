/**
 * Looks after the kiosk's storage in the background: asks once for persistent storage (so the
 * browser never evicts visits under pressure), and watches `navigator.storage.estimate()` at
 * start-up and after each ended visit (at most once a minute), pruning what storagePolicy.ts
 * allows when usage passes the limit. Nothing here is ever awaited by a screen.
 */
import type { SessionRepository } from '../db/sessionRepository';
import {
  isOverLimit,
  prunableStates,
  storagePolicy,
  visitsToPrune,
  type StoragePolicy,
} from './storagePolicy';

export type StorageCareDeps = {
  /** `navigator.storage`; absent in browsers (or tests) without the Storage API. */
  readonly storage?: Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;
  readonly repository: Pick<SessionRepository, 'listVisitSummaries' | 'deleteVisits'>;
  readonly now?: () => number;
  /** Shortest time between two checks. */
  readonly minIntervalMilliseconds?: number;
  /** What a visit costs on disk, to size a prune (the storage benchmark measures it). */
  readonly bytesPerVisit?: number;
  readonly policy?: StoragePolicy;
  /**
   * Whether the kiosk sends its visits to an office hub, so that visits waiting to be sent are
   * kept whatever the disk (the sync client answers true once a hub is configured).
   */
  readonly sendsToOffice?: () => boolean;
};

export type StorageCheck = {
  readonly usage: number;
  readonly quota: number;
  readonly pruned: number;
};

export function createStorageCare({
  storage,
  repository,
  now = Date.now,
  minIntervalMilliseconds = 60_000,
  bytesPerVisit = 5_000,
  policy = storagePolicy,
  sendsToOffice = () => false,
}: StorageCareDeps) {
  let lastCheck = -Infinity;
  let running: Promise<StorageCheck | undefined> | undefined;

  const check = async (): Promise<StorageCheck | undefined> => {
    if (!storage) return undefined;
    const { usage = 0, quota = 0 } = await storage.estimate();
    const figures = { usage, quota };
    if (!isOverLimit(figures, policy)) return { usage, quota, pruned: 0 };
    const isSending = sendsToOffice();
    const candidates = (
      await Promise.all(
        prunableStates(isSending).map((state) => repository.listVisitSummaries(state)),
      )
    ).flat();
    const ids = visitsToPrune(candidates, figures, now(), bytesPerVisit, isSending, policy);
    if (ids.length > 0) await repository.deleteVisits(ids);
    console.warn(
      `storage at ${usage} of ${quota} bytes: pruned ${ids.length} ended visit(s)` +
        (ids.length === 0 ? ' (none may be deleted yet)' : ''),
    );
    return { usage, quota, pruned: ids.length };
  };

  return {
    /** Asks the browser to keep the kiosk's storage; logs and returns the answer. */
    async requestPersistence(): Promise<boolean | undefined> {
      if (!storage) return undefined;
      try {
        const isPersisted = (await storage.persisted()) || (await storage.persist());
        console.info(`persistent storage: ${isPersisted ? 'granted' : 'not granted'}`);
        return isPersisted;
      } catch (error) {
        console.warn('persistent storage could not be requested', error);
        return undefined;
      }
    },

    /**
     * Checks usage and prunes when over the limit; at most once per interval (a call inside it
     * returns undefined). Never rejects: a failure is logged.
     */
    check(): Promise<StorageCheck | undefined> {
      if (running || now() - lastCheck < minIntervalMilliseconds) return Promise.resolve(undefined);
      lastCheck = now();
      running = check()
        .catch((error: unknown) => {
          console.warn('storage check failed', error);
          return undefined;
        })
        .finally(() => {
          running = undefined;
        });
      return running;
    },
  };
}
