/**
 * The content bundles from the office hub, as stored on the kiosk. Policy: a newly accepted bundle
 * becomes `current` and the bundle it replaces becomes `previous` in one transaction, so the disk
 * never holds a half-made swap; the bundles are kept exactly as signed and are trusted again only
 * after their signature is checked again (renderer/content/contentStore.ts). The last refused
 * update is kept in one setting row for the staff's health panel.
 */
import { bundleRefusals, type BundleRefusal } from '../../core/content/signedBundle';
import type { RuknDatabase } from './database';
import type { StoredContentBundle } from './syncTypes';

/** Why an update was not used (core/content/signedBundle.ts). */
export type ContentRefusalReason = BundleRefusal;

/** The last update the kiosk refused, as the health panel shows it (setting `contentLastRefusal`). */
export type ContentRefusal = {
  /** Stable code, translated on the staff screen (`staff.health.refusal-<reason>`). */
  readonly reason: ContentRefusalReason;
  /** The refused bundle's version, where its payload could be read. */
  readonly version?: string;
  /** Where it came from: the hub's answer, or the bundle stored on this kiosk at start-up. */
  readonly from: 'hub' | 'disk';
  /** Epoch milliseconds of the refusal. */
  readonly at: number;
  /** The developer-facing detail (which key, which field); never personal data. */
  readonly message: string;
};

/** The setting row that holds the last refusal. */
export const lastRefusalKey = 'contentLastRefusal';

/** What install() writes as the new `current`. */
export type NewContentBundle = Omit<StoredContentBundle, 'slot'>;

export type ContentRepository = {
  /** The stored bundles, by slot (either may be missing). */
  readonly load: () => Promise<{
    readonly current?: StoredContentBundle;
    readonly previous?: StoredContentBundle;
  }>;
  /**
   * Writes `bundle` as `current` and moves the old `current` to `previous`, in one transaction:
   * both rows change or neither does.
   */
  readonly install: (bundle: NewContentBundle) => Promise<StoredContentBundle>;
  readonly lastRefusal: () => Promise<ContentRefusal | undefined>;
  readonly recordRefusal: (refusal: ContentRefusal) => Promise<void>;
};

const refusalReasons: readonly string[] = bundleRefusals;

function asRefusal(value: unknown): ContentRefusal | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const row = value as Record<string, unknown>;
  if (typeof row.reason !== 'string' || !refusalReasons.includes(row.reason)) return undefined;
  if (typeof row.at !== 'number' || (row.from !== 'hub' && row.from !== 'disk')) return undefined;
  return {
    reason: row.reason as ContentRefusalReason,
    ...(typeof row.version === 'string' ? { version: row.version } : {}),
    from: row.from,
    at: row.at,
    message: typeof row.message === 'string' ? row.message : '',
  };
}

/** The hub's content bundles on the kiosk database. */
export function createContentRepository(db: RuknDatabase): ContentRepository {
  return {
    async load() {
      const [current, previous] = await db.contentBundles.bulkGet(['current', 'previous']);
      return {
        ...(current ? { current } : {}),
        ...(previous ? { previous } : {}),
      };
    },
    install(bundle) {
      return db.transaction('rw', db.contentBundles, async () => {
        const old = await db.contentBundles.get('current');
        const current: StoredContentBundle = { ...bundle, slot: 'current' };
        if (old) await db.contentBundles.put({ ...old, slot: 'previous' });
        await db.contentBundles.put(current);
        return current;
      });
    },
    async lastRefusal() {
      return asRefusal((await db.settings.get(lastRefusalKey))?.value);
    },
    async recordRefusal(refusal) {
      await db.settings.put({ key: lastRefusalKey, value: refusal });
    },
  };
}
