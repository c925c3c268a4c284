/**
 * What the staff screens work with, built once at start-up (renderer/main.tsx) and handed to the
 * shell. The screens never open tables themselves: each service is a repository from
 * `renderer/db` or a bridge to main.
 */
import type { VisitReport } from '../../../core/report/types';
import type { Result } from '../../../core/result';
import type { CallbackDetails, HelpTicket } from '../../../core/help/types';
import type { AuditAction, AuditEntry, StaffAccount, StaffRole } from '../../../core/staff/types';
import type { KioskBridge } from '../../../main/contract';
import type { ContentStatusSource } from '../../content/useContent';
import type { RuknDatabase } from '../../db/database';
import type { KioskSettings, SettingsRepository } from '../../db/settingsRepository';
import type { KioskSync } from '../../sync';

/** Why a sign-in was refused; `locked` says until when. */
export type SignInError =
  | { readonly code: 'wrong-pin'; readonly attemptsLeft: number }
  | { readonly code: 'locked'; readonly lockedUntil: number }
  | { readonly code: 'disabled' | 'unknown' };

/** Why an account change was refused. */
export type AccountChangeError =
  | 'not-allowed'
  | 'invalid-pin'
  | 'weak-pin'
  | 'invalid-name'
  | 'name-taken'
  | 'last-admin'
  | 'exists'
  | 'unknown';

/** Staff accounts, as the sign-in and admin screens use them. */
export type StaffDirectory = {
  readonly hasAdmin: () => Promise<boolean>;
  readonly createAdmin: (
    displayName: string,
    pin: string,
  ) => Promise<Result<StaffAccount, AccountChangeError>>;
  readonly list: () => Promise<StaffAccount[]>;
  readonly signIn: (
    accountId: string,
    pin: string,
  ) => Promise<{ ok: true; value: StaffAccount } | { ok: false; error: SignInError }>;
  readonly signOut: (accountId: string, why: 'button' | 'idle' | 'attract') => Promise<void>;
  readonly addStaff: (
    byId: string,
    displayName: string,
    pin: string,
    role: StaffRole,
  ) => Promise<Result<StaffAccount, AccountChangeError>>;
  readonly setDisabled: (
    byId: string,
    accountId: string,
    isDisabled: boolean,
  ) => Promise<Result<StaffAccount, AccountChangeError>>;
  readonly resetPin: (
    byId: string,
    accountId: string,
    pin: string,
  ) => Promise<Result<StaffAccount, AccountChangeError>>;
};

/** The audit log: who did what, when. */
export type AuditLog = {
  readonly record: (
    action: AuditAction,
    options?: { readonly staffId?: string; readonly detail?: string },
  ) => Promise<void>;
  readonly list: (limit?: number) => Promise<AuditEntry[]>;
};

/** The help queue, as the staff see it. */
export type HelpDesk = {
  readonly listWaiting: () => Promise<HelpTicket[]>;
  readonly listBetween: (fromMs: number, toMs: number) => Promise<HelpTicket[]>;
  readonly close: (
    ticketId: string,
    status: 'served' | 'no-show' | 'called-back',
    staffId: string,
  ) => Promise<Result<HelpTicket, 'unknown-ticket' | 'closed'>>;
  /** Opens a ticket's callback details; the reading is written to the audit log as `staffId`'s. */
  readonly readCallback: (
    ticketId: string,
    staffId?: string,
  ) => Promise<CallbackDetails | undefined>;
  readonly purgeExpiredCallbacks: () => Promise<number>;
};

/** What an import added and what it left alone, by kind (`visits`, `skippedVisits`, …). */
export type ImportSummary = Readonly<Record<string, number>>;

/** All kiosk data as one JSON file, for support and for moving a kiosk. */
export type BackupService = {
  /** The backup file's text (JSON), and the name to save it under. */
  readonly exportJson: () => Promise<{ readonly fileName: string; readonly text: string }>;
  /** Imports a backup; refuses a newer schema and never overwrites a visit. */
  readonly importJson: (
    text: string,
  ) => Promise<Result<ImportSummary, 'invalid' | 'newer-schema' | 'failed'>>;
};

/** Counts of the visits this kiosk holds, for the health panel. */
export type VisitCounts = { readonly stored: number; readonly pending: number };

export type StaffServices = {
  readonly db: RuknDatabase;
  readonly bridge: KioskBridge;
  readonly directory: StaffDirectory;
  readonly audit: AuditLog;
  readonly help: HelpDesk;
  readonly settings: SettingsRepository;
  /** Re-reads the settings and applies them to the running kiosk (after an admin saves). */
  readonly applySettings: (settings: KioskSettings) => void;
  /** Today's report so far (kiosk-local day), for the dashboard's figures. */
  readonly today: () => Promise<VisitReport>;
  readonly visitCounts: () => Promise<VisitCounts>;
  readonly backup: BackupService;
  /** The content in use, a newer one waiting, the last refused update (live). */
  readonly content: ContentStatusSource;
  /** Sending visits to the office hub: status, "Send now", the refused visits, the connection. */
  readonly sync: KioskSync;
};
