/**
 * When the kiosk frees space, and which visits it may delete. Pure: no storage, no DOM.
 *
 * Policy:
 * - Nothing is pruned while the kiosk uses less than its limit: 80% of the quota the browser
 *   grants, and never more than 2 GB whatever the quota.
 * - Above it, the oldest ended visits go first, until the estimate is back under 60% of the
 *   limit (a margin, so pruning does not run again at the next visit), at most 1,000 per check.
 * - Never an open visit, never one the office refused (`rejected`, kept for the staff's
 *   dead-letter list), and never one younger than the retention floor (31 days: the daily and
 *   monthly reports are built from the kiosk's own records).
 * - Once the kiosk sends its visits to an office hub, never one still waiting to be sent
 *   (`pending`): only visits the hub acknowledged (`synced`) may go. A kiosk that sends to no hub
 *   has no one waiting for its visits, so its ended visits past the floor may go too.
 */
import type { StoredVisit } from '../../core/visit/types';

export type StoragePolicy = {
  /** Share of the quota above which pruning starts. */
  readonly maxShareOfQuota: number;
  /** Absolute cap in bytes, whatever the quota. */
  readonly maxBytes: number;
  /** Pruning stops once usage is under this share of the limit. */
  readonly targetShareOfLimit: number;
  /** Visits that ended less than this many days ago are kept for the reports. */
  readonly keepDays: number;
  /** Most visits deleted by one check, so a check stays short. */
  readonly maxPerCheck: number;
};

export const storagePolicy: StoragePolicy = {
  maxShareOfQuota: 0.8,
  maxBytes: 2 * 1024 ** 3,
  targetShareOfLimit: 0.6,
  keepDays: 31,
  maxPerCheck: 1000,
};

export type StorageFigures = {
  /** Bytes used, as `navigator.storage.estimate()` reports. */
  readonly usage: number;
  /** Bytes the browser grants. */
  readonly quota: number;
};

/** The usage above which the kiosk prunes. */
export function storageLimit({ quota }: StorageFigures, policy: StoragePolicy): number {
  return Math.min(quota * policy.maxShareOfQuota, policy.maxBytes);
}

export function isOverLimit(figures: StorageFigures, policy: StoragePolicy = storagePolicy) {
  return figures.usage >= storageLimit(figures, policy);
}

/** The sync states a visit may be deleted in: what no one is still waiting for. */
export function prunableStates(sendsToOffice: boolean): readonly StoredVisit['syncState'][] {
  return sendsToOffice ? ['synced'] : ['synced', 'pending'];
}

/** Whether a visit may be deleted to free space now (see the policy above). */
export function isPrunable(
  visit: Pick<StoredVisit, 'endedAt' | 'syncState'>,
  now: number,
  sendsToOffice: boolean,
  policy: StoragePolicy = storagePolicy,
): boolean {
  const floor = now - policy.keepDays * 24 * 60 * 60 * 1000;
  return (
    prunableStates(sendsToOffice).includes(visit.syncState) &&
    visit.endedAt !== undefined &&
    visit.endedAt < floor
  );
}

/**
 * The ids of the visits to delete now, oldest first: none under the limit; otherwise enough
 * prunable visits (at `bytesPerVisit` each) to bring usage back under the target.
 */
export function visitsToPrune(
  visits: readonly Pick<StoredVisit, 'id' | 'startedAt' | 'endedAt' | 'syncState'>[],
  figures: StorageFigures,
  now: number,
  bytesPerVisit: number,
  sendsToOffice: boolean,
  policy: StoragePolicy = storagePolicy,
): string[] {
  if (!isOverLimit(figures, policy)) return [];
  const target = storageLimit(figures, policy) * policy.targetShareOfLimit;
  const wanted = Math.ceil((figures.usage - target) / Math.max(1, bytesPerVisit));
  return visits
    .filter((visit) => isPrunable(visit, now, sendsToOffice, policy))
    .sort((a, b) => a.startedAt - b.startedAt)
    .slice(0, Math.min(wanted, policy.maxPerCheck))
    .map((visit) => visit.id);
}
