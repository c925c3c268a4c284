/**
 * The content bundle the kiosk uses, and how a newer one from the office hub replaces it. Policy:
 * a bundle is believed only after `openSignedBundle` accepts it (signature by a key built into the
 * app, content schema, newer version), whether it comes from the hub or from this kiosk's own disk
 * at start-up; a refused bundle changes nothing but the log and the staff's "last refusal". An
 * accepted bundle is stored first (current and previous in one transaction), then waits: the
 * screens switch to it in one step, only between visits (`swap`, called by `useContent`).
 */
import type { ContentBundle } from '../../core/content/schema';
import {
  compareContentVersions,
  openSignedBundle,
  type ContentPublicKey,
} from '../../core/content/signedBundle';
import { err, ok, type Result } from '../../core/result';
import type {
  ContentRefusal,
  ContentRefusalReason,
  ContentRepository,
} from '../db/contentRepository';

/** Where the bundle in use came from: the app itself, or the office hub (signed). */
export type ContentSource = 'shipped' | 'hub';

/** What the screens read: the bundle in use, and a newer one waiting for the visit to end. */
export type ContentSnapshot = {
  readonly inUse: ContentBundle;
  readonly waiting?: ContentBundle;
};

/** What the staff's health panel shows about content. */
export type ContentStatus = {
  /** The version the screens show. */
  readonly version: string;
  readonly source: ContentSource;
  /** When a hub bundle in use was stored on this kiosk (epoch ms); absent for the shipped one. */
  readonly installedAt?: number;
  /** The version in use before this one, where there was one. */
  readonly previousVersion?: string;
  /** A verified newer version waiting for the current visit to end. */
  readonly waitingVersion?: string;
  /** The last update this kiosk refused, and why. */
  readonly lastRefusal?: ContentRefusal;
};

export type ContentStore = {
  /** Settles once the stored hub bundle has been read and checked (or could not be). */
  readonly ready: Promise<void>;
  /** For `useSyncExternalStore`: called after every change of snapshot or status. */
  readonly subscribe: (listener: () => void) => () => void;
  /** Stable between changes. */
  readonly getSnapshot: () => ContentSnapshot;
  /** The bundle in use. */
  readonly current: () => ContentBundle;
  /** The version in use (reported to the hub with the kiosk's status). */
  readonly version: () => string;
  /** Stable between changes. */
  readonly status: () => ContentStatus;
  /** The `ETag` of the last bundle the hub sent (used or refused), for `If-None-Match`. */
  readonly etag: () => string | undefined;
  /**
   * Checks an envelope from the hub; when it is accepted, stores it and makes it wait for the
   * next swap. Answers the accepted bundle or why it was refused.
   */
  readonly offer: (
    envelopeText: string,
    etag?: string,
  ) => Promise<Result<ContentBundle, ContentRefusalReason>>;
  /** Puts the waiting bundle in use, at once; answers whether there was one. Between visits only. */
  readonly swap: () => boolean;
};

export type ContentStoreDeps = {
  /** The bundle built into the app (renderer/content/loadContent.ts). */
  readonly shipped: ContentBundle;
  /** Where hub bundles and the last refusal are kept. */
  readonly stored: ContentRepository;
  /** The keys this build trusts (renderer/content/trustedKeys.ts). */
  readonly keys: readonly ContentPublicKey[];
  /** Epoch milliseconds; the tests' clock. */
  readonly now?: () => number;
  /** Prepares a bundle ahead of its first use (search index, vocabulary), at idle. */
  readonly prepare?: (bundle: ContentBundle) => void;
  /** Where refusals and storage trouble are logged. */
  readonly log?: (message: string) => void;
};

type Held = {
  readonly bundle: ContentBundle;
  readonly source: ContentSource;
  readonly installedAt?: number;
  /** The version it replaced, where that is not simply the one in use when it is swapped in. */
  readonly replaces?: string;
};

/** The version a refused envelope claims, shown to staff only when it looks like a version. */
function claimedVersion(envelopeText: string): string | undefined {
  try {
    const payload: unknown = JSON.parse(
      (JSON.parse(envelopeText) as { payload?: unknown }).payload as string,
    );
    const version = (payload as { version?: unknown }).version;
    return typeof version === 'string' && /^[\w.-]{1,40}$/.test(version) ? version : undefined;
  } catch {
    return undefined;
  }
}

/** The kiosk's content store: the shipped bundle at once, the stored hub bundle when `ready`. */
export function createContentStore(deps: ContentStoreDeps): ContentStore {
  const { shipped, stored, keys, now = Date.now, prepare = () => {} } = deps;
  const log = deps.log ?? ((message: string) => console.warn(message));
  const listeners = new Set<() => void>();
  let inUse: Held = { bundle: shipped, source: 'shipped' };
  let waiting: Held | undefined;
  let previousVersion: string | undefined;
  let lastRefusal: ContentRefusal | undefined;
  let knownEtag: string | undefined;
  let snapshot: ContentSnapshot = { inUse: shipped };
  let status: ContentStatus = { version: shipped.version, source: 'shipped' };

  function changed(): void {
    // The screens re-render only when the bundles change, not for a refusal (status only).
    if (snapshot.inUse !== inUse.bundle || snapshot.waiting !== waiting?.bundle) {
      snapshot = waiting
        ? { inUse: inUse.bundle, waiting: waiting.bundle }
        : { inUse: inUse.bundle };
    }
    status = {
      version: inUse.bundle.version,
      source: inUse.source,
      ...(inUse.installedAt === undefined ? {} : { installedAt: inUse.installedAt }),
      ...(previousVersion === undefined ? {} : { previousVersion }),
      ...(waiting ? { waitingVersion: waiting.bundle.version } : {}),
      ...(lastRefusal ? { lastRefusal } : {}),
    };
    for (const listener of listeners) listener();
  }

  async function refuse(refusal: ContentRefusal): Promise<void> {
    log(`content update refused (${refusal.reason}, from ${refusal.from}): ${refusal.message}`);
    lastRefusal = refusal;
    changed();
    await stored.recordRefusal(refusal).catch((error: unknown) => {
      log(`the content refusal could not be stored: ${String(error)}`);
    });
  }

  function wait(next: Held): void {
    waiting = next;
    prepare(next.bundle);
    changed();
  }

  /** The stored hub bundle, checked like one from the wire, waits to be swapped in if newer. */
  async function loadStored(): Promise<void> {
    const [{ current, previous }, refusal] = await Promise.all([
      stored.load().catch((error: unknown): Awaited<ReturnType<ContentRepository['load']>> => {
        log(`stored content unreadable; using the shipped bundle: ${String(error)}`);
        return {};
      }),
      stored.lastRefusal().catch(() => undefined),
    ]);
    lastRefusal = refusal;
    if (current) {
      const opened = await openSignedBundle(current.envelope, keys);
      if (!opened.ok) {
        await refuse({
          reason: opened.error.code,
          ...(current.version ? { version: current.version } : {}),
          from: 'disk',
          at: now(),
          message: opened.error.message,
        });
      } else if (compareContentVersions(opened.value.version, shipped.version) > 0) {
        knownEtag = current.etag;
        wait({
          bundle: opened.value,
          source: 'hub',
          installedAt: current.installedAt,
          replaces: previous?.version ?? shipped.version,
        });
        return;
      }
    }
    changed();
  }

  async function accept(
    envelopeText: string,
    etag: string | undefined,
  ): Promise<Result<ContentBundle, ContentRefusalReason>> {
    const newest = (waiting ?? inUse).bundle.version;
    const opened = await openSignedBundle(envelopeText, keys, newest);
    if (etag) knownEtag = etag;
    if (!opened.ok) {
      const version = claimedVersion(envelopeText);
      await refuse({
        reason: opened.error.code,
        ...(version === undefined ? {} : { version }),
        from: 'hub',
        at: now(),
        message: opened.error.message,
      });
      return opened;
    }
    const installedAt = now();
    // Stored before it is used: a kiosk that restarts now starts on it. Should the disk refuse,
    // the bundle is still used until the next start (storage never stops the kiosk serving).
    await stored
      .install({
        version: opened.value.version,
        envelope: envelopeText,
        ...(etag ? { etag } : {}),
        installedAt,
      })
      .catch((error: unknown) =>
        log(`content ${opened.value.version} not stored: ${String(error)}`),
      );
    wait({ bundle: opened.value, source: 'hub', installedAt });
    return ok(opened.value);
  }

  const ready = loadStored().catch((error: unknown) => {
    log(`stored content could not be checked: ${String(error)}`);
  });
  // One offer at a time, after start-up's own check, so two answers never race to be current.
  let queue: Promise<unknown> = ready;

  return {
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    current: () => inUse.bundle,
    version: () => inUse.bundle.version,
    status: () => status,
    etag: () => knownEtag,
    offer(envelopeText, etag) {
      const result = queue.then(() => accept(envelopeText, etag));
      queue = result.catch(() => undefined);
      // Every step answers a value; should one still throw, the offer is refused, never thrown.
      return result.catch((error: unknown) =>
        err('malformed' as const, `content offer failed: ${String(error)}`),
      );
    },
    swap() {
      if (!waiting) return false;
      previousVersion = waiting.replaces ?? inUse.bundle.version;
      inUse = waiting;
      waiting = undefined;
      changed();
      return true;
    },
  };
}
