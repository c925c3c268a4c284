/**
 * Builds what the staff screens work with from the kiosk's repositories and bridge: the one place
 * where the staff feature meets `renderer/db`. Policy: sign-outs are audited here, with why
 * (button, idle, back to the attract screen), so every way out leaves the same trace.
 */
import { dayRange, kioskDay, reportOptionsFor } from '../../core/report/options';
import { aggregateReport } from '../../core/report/aggregate';
import { err, ok } from '../../core/result';
import { maxFailedAttempts } from '../../core/staff/lockout';
import type { KioskBridge } from '../../main/contract';
import type { ContentStore } from '../content/contentStore';
import type { AuditLog } from '../db/auditRepository';
import { exportBackup, importBackup } from '../db/backupRepository';
import type { RuknDatabase } from '../db/database';
import type { HelpRepository } from '../db/helpRepository';
import { loadReportInput } from '../db/reportQueries';
import type { KioskSettings, SettingsRepository } from '../db/settingsRepository';
import type { StaffRepository } from '../db/staffRepository';
import type { KioskSync } from '../sync';
import type { StaffDirectory, StaffServices } from '../features/staff';

export type StaffServicesDeps = {
  readonly db: RuknDatabase;
  readonly bridge: KioskBridge;
  /** The content in use (report labels) and its status (health panel). */
  readonly content: ContentStore;
  readonly staff: StaffRepository;
  readonly audit: AuditLog;
  readonly help: HelpRepository;
  readonly settings: SettingsRepository;
  readonly applySettings: (settings: KioskSettings) => void;
  readonly sync: KioskSync;
  readonly now?: () => number;
};

function directoryOf(staff: StaffRepository, audit: AuditLog): StaffDirectory {
  return {
    hasAdmin: staff.hasAdmin,
    createAdmin: staff.createAdmin,
    list: staff.list,
    async signIn(accountId, pin) {
      const result = await staff.signIn(accountId, pin);
      if (result.ok) return result;
      const { error } = result;
      if (error.code === 'locked') {
        return { ok: false, error: { code: 'locked', lockedUntil: error.lockedUntil } };
      }
      if (error.code === 'wrong-pin') {
        const account = await staff.get(accountId);
        const attemptsLeft = Math.max(0, maxFailedAttempts - (account?.failedAttempts ?? 0));
        return { ok: false, error: { code: 'wrong-pin', attemptsLeft } };
      }
      return { ok: false, error: { code: error.code } };
    },
    async signOut(accountId, why) {
      await audit.record('sign-out', { staffId: accountId, detail: why });
    },
    addStaff: staff.addStaff,
    setDisabled: staff.setDisabled,
    resetPin: staff.resetPin,
  };
}

export function createStaffServices(deps: StaffServicesDeps): StaffServices {
  const { db, content, now = Date.now } = deps;
  return {
    db,
    bridge: deps.bridge,
    directory: directoryOf(deps.staff, deps.audit),
    audit: deps.audit,
    help: deps.help,
    settings: deps.settings,
    applySettings: deps.applySettings,
    content,
    sync: deps.sync,
    async today() {
      const at = now();
      const day = kioskDay(at);
      const { fromMs, toMs } = dayRange(day, day);
      const input = await loadReportInput(db, fromMs, toMs);
      return aggregateReport(input, reportOptionsFor(content.current(), day, day, at));
    },
    async visitCounts() {
      const [stored, pending] = await Promise.all([
        db.sessions.count(),
        db.sessions
          .where('[syncState+startedAt]')
          .between(['pending', -Infinity], ['pending', Infinity])
          .count(),
      ]);
      return { stored, pending };
    },
    backup: {
      async exportJson() {
        const file = await exportBackup(db, now());
        return {
          fileName: `rukn-backup-${kioskDay(now())}.json`,
          text: JSON.stringify(file),
        };
      },
      async importJson(text) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          return err('invalid', 'the file is not JSON');
        }
        try {
          const result = await importBackup(db, parsed);
          if (!result.ok) return result;
          const summary = result.value;
          return ok({
            visits: summary.visits,
            skippedVisits: summary.skipped,
            events: summary.events,
            tickets: summary.tickets,
            skippedTickets: summary.ticketsSkipped,
            auditEntries: summary.auditEntries,
            ignoredSettings: summary.ignored.settings,
          });
        } catch (error) {
          return err('failed', error instanceof Error ? error.message : String(error));
        }
      },
    },
  };
}
