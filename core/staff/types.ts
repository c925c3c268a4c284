/**
 * Staff accounts and the audit log. Policy: a PIN is never stored, only a salted PBKDF2-SHA-256
 * hash (core/staff/pin.ts); the audit log is never purged with visits.
 */

/** `admin` manages settings and accounts; `staff` assists citizens and serves tickets. */
export const staffRoles = ['admin', 'staff'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** A stored PIN hash: PBKDF2-SHA-256 with its own salt and iteration count. */
export type PinHash = {
  readonly alg: 'PBKDF2-SHA-256';
  readonly iterations: number;
  /** Base64 of a 16-byte random salt. */
  readonly salt: string;
  /** Base64 of the 32-byte derived key. */
  readonly hash: string;
};

/** One staff account (table `staff`). */
export type StaffAccount = {
  /** Client-generated UUID; visits and tickets name staff by it. */
  readonly id: string;
  /** What the account is called on screen and in the audit log, e.g. «أحمد». */
  readonly displayName: string;
  readonly role: StaffRole;
  readonly pin: PinHash;
  /** Disabled accounts cannot sign in; kept so the audit log still names them. */
  readonly isDisabled: boolean;
  /** Wrong PINs since the last right one: the lockout's input. */
  readonly failedAttempts: number;
  /** Epoch milliseconds until which sign-in is refused; absent when not locked. */
  readonly lockedUntil?: number;
  /** How many lockouts in a row, so each one lasts twice as long as the last. */
  readonly lockouts: number;
  readonly createdAt: number;
};

/** Things the audit log records. */
export const auditActions = [
  'admin-created',
  'sign-in',
  'sign-in-failed',
  'account-locked',
  'sign-out',
  'staff-added',
  'staff-disabled',
  'staff-enabled',
  'pin-reset',
  'settings-changed',
  'report-exported',
  'backup-exported',
  'backup-imported',
  'callbacks-purged',
  'callback-viewed',
  'visits-pruned',
  'assisted-visit-started',
  /** The kiosk was connected to an office hub (detail: the hub's origin). */
  'hub-connected',
  'hub-disconnected',
  /** A visit the hub refused was put back in the outbox (detail: the visit id). */
  'visit-resent',
  /** Sent visits past their retention were removed (detail: the count). */
  'sent-visits-purged',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** One audit entry (table `auditLog`): who did what, when. Never personal data of citizens. */
export type AuditEntry = {
  /** Auto-incremented by the database: the log's order. */
  readonly seq?: number;
  /** Epoch milliseconds. */
  readonly at: number;
  /** The staff account, when one was signed in or named; absent for the kiosk itself. */
  readonly staffId?: string;
  readonly action: AuditAction;
  /** A short, non-personal detail: a setting's key, a file name, a count. */
  readonly detail?: string;
};
