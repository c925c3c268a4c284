/**
 * The rows the sync side keeps on the kiosk: visits the office hub refused (the dead-letter list)
 * and the signed content bundles from the hub. Local only: neither is ever sent.
 */
import type { RejectReason } from '../../core/sync/wire';

/**
 * A visit the hub refused. The visit itself stays in `sessions` with `syncState: 'rejected'`; this
 * row says why, so the staff screen can show it and an administrator can send it again once the
 * cause is fixed. Never purged with sent visits.
 */
export type DeadLetter = {
  /** The refused visit's id (`sessions.id`). */
  readonly visitId: string;
  /** The hub's stable reason code. */
  readonly reason: RejectReason;
  /** The first field the hub found wrong, where it said. */
  readonly field?: string;
  /** Epoch milliseconds of the refusal. */
  readonly at: number;
};

/** Which bundle a row holds: the one in use, or the one it replaced (kept to go back to). */
export type ContentSlot = 'current' | 'previous';

/**
 * A content bundle that came from the hub, kept exactly as signed so it is verified again at every
 * start (a bundle edited on disk is refused like one edited on the wire).
 */
export type StoredContentBundle = {
  readonly slot: ContentSlot;
  /** The bundle's content version, e.g. `2026.12.09-1`. */
  readonly version: string;
  /** The signed envelope's JSON text (core/content/signedBundle.ts). */
  readonly envelope: string;
  /** The hub's `ETag` for it, sent back as `If-None-Match`. */
  readonly etag?: string;
  /** Epoch milliseconds it was put in use. */
  readonly installedAt: number;
};
