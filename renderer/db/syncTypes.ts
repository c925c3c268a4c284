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

/**
 * Why a sync round failed: the hub's answers (renderer/sync/transport.ts) and `storage` (the
 * kiosk's own database). Stable codes, translated on the staff screen (`staff.sync.errors.*`).
 */
export const syncErrorCodes = [
  /** No connection (offline, refused, reset, DNS). */
  'network',
  /** No answer in time. */
  'timeout',
  /** 401/403: the token is wrong, revoked or for another kiosk. */
  'unauthorized',
  /** 429: the hub asks the kiosk to slow down. */
  'rate-limited',
  /** 5xx: the hub failed. */
  'server-error',
  /** Another 4xx: a request the hub will never take as it is. */
  'bad-request',
  /** A 2xx whose body is not a valid answer. */
  'invalid-response',
  /** The kiosk's database could not be read or written. */
  'storage',
] as const;
export type SyncErrorCode = (typeof syncErrorCodes)[number];

/** A sync failure as kept: its code and when (epoch milliseconds). */
export type SyncError = { readonly code: SyncErrorCode; readonly at: number };

/** The sync client's record kept across restarts (settings row `syncRecord`). */
export type SyncRecordRow = {
  /** Epoch milliseconds of the last round that reached the hub and applied its answer. */
  readonly lastSyncAt?: number;
  /** The last failure since then; cleared by a success. */
  readonly lastError?: SyncError;
};
