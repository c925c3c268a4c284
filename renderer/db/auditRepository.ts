/**
 * The audit log: who did what, when. Policy: entries are only ever appended, never edited and
 * never purged (not with visits, not by retention); they name staff accounts by id and never hold
 * a citizen's personal data or a PIN; a detail is cut to 200 characters.
 */
import type { AuditAction, AuditEntry } from '../../core/staff/types';
import type { RuknDatabase } from './database';

/** The longest `detail` kept: a setting's key, a file name, an account id or a count. */
export const maxAuditDetailLength = 200;

/** How many entries `list()` returns when not told. */
export const defaultAuditListLimit = 100;

/** Who and what, beyond the action itself. */
export type AuditDetails = {
  /** The staff account that acted (or, for a failed PIN, whose PIN was tried). */
  readonly staffId?: string;
  /** A short, non-personal detail. */
  readonly detail?: string;
};

export type AuditLog = {
  /**
   * Appends one entry. Inside a Dexie transaction over `auditLog` it joins that transaction, so a
   * change and its entry are written together or not at all.
   */
  readonly record: (action: AuditAction, details?: AuditDetails) => Promise<void>;
  /** The newest entries first, at most `limit` (default 100). */
  readonly list: (limit?: number) => Promise<AuditEntry[]>;
};

export type AuditLogDeps = {
  readonly db: RuknDatabase;
  /** Epoch milliseconds; the tests' clock. */
  readonly now?: () => number;
};

/** The audit log on the kiosk database. */
export function createAuditLog({ db, now = Date.now }: AuditLogDeps): AuditLog {
  return {
    async record(action, details = {}) {
      const entry: AuditEntry = {
        at: now(),
        action,
        ...(details.staffId === undefined ? {} : { staffId: details.staffId }),
        ...(details.detail === undefined
          ? {}
          : { detail: details.detail.slice(0, maxAuditDetailLength) }),
      };
      await db.auditLog.add(entry);
    },
    async list(limit = defaultAuditListLimit) {
      const count = Number.isSafeInteger(limit) && limit > 0 ? limit : defaultAuditListLimit;
      return db.auditLog.reverse().limit(count).toArray();
    },
  };
}
