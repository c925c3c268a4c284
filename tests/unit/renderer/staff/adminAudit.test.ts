import { describe, expect, it } from 'vitest';
import { auditActions } from '../../../../core/staff/types';
import {
  auditActor,
  auditDetail,
  formatKioskDateTime,
  recordQuietly,
} from '../../../../renderer/features/staff/adminAudit';
import ar from '../../../../renderer/features/staff/locales/ar.json';
import en from '../../../../renderer/features/staff/locales/en.json';

const accounts = [
  { id: 'a-1', displayName: 'أحمد' },
  { id: 'a-2', displayName: 'Office manager' },
];

describe('the activity log screen', () => {
  it('has a label for every audit action in Arabic and in English', () => {
    const labels = (locale: typeof ar | typeof en) =>
      locale.audit.actions as Readonly<Record<string, string | undefined>>;
    for (const action of auditActions) {
      expect([action, labels(ar)[action]?.trim() ? 'ar' : 'missing']).toEqual([action, 'ar']);
      expect([action, labels(en)[action]?.trim() ? 'en' : 'missing']).toEqual([action, 'en']);
    }
    // No label for an action that no longer exists.
    expect(Object.keys(labels(ar)).sort()).toEqual([...auditActions].sort());
    expect(Object.keys(labels(en)).sort()).toEqual([...auditActions].sort());
  });

  it('names who acted: an account, the kiosk itself, or an account no longer here', () => {
    expect(auditActor({ staffId: 'a-1' }, accounts)).toEqual({ kind: 'account', name: 'أحمد' });
    expect(auditActor({}, accounts)).toEqual({ kind: 'kiosk' });
    expect(auditActor({ staffId: 'gone' }, accounts)).toEqual({ kind: 'removed' });
  });

  it('writes the time as a Gregorian date and 24-hour time with Western digits', () => {
    // 28 November 2026, 11:05 UTC: 14:05 in Riyadh.
    const at = Date.UTC(2026, 10, 28, 11, 5);
    const english = formatKioskDateTime(at, 'en', 'Asia/Riyadh');
    const arabic = formatKioskDateTime(at, 'ar', 'Asia/Riyadh');
    expect(english).toContain('28 November 2026');
    expect(english).toContain('14:05');
    expect(arabic).toContain('نوفمبر');
    expect(arabic).toContain('2026');
    expect(arabic).toContain('14:05');
    expect(arabic).not.toMatch(/[\u0660-\u0669]/u);
  });

  it('reads a settings change as setting keys, an import as counts, and anything else as text', () => {
    expect(auditDetail({ action: 'settings-changed', detail: 'kioskName,closingTime' })).toEqual({
      kind: 'settings',
      keys: ['kioskName', 'closingTime'],
    });
    expect(auditDetail({ action: 'settings-changed', detail: 'kioskName,hubToken' })).toEqual({
      kind: 'text',
      text: 'kioskName,hubToken',
    });
    expect(auditDetail({ action: 'backup-imported', detail: 'visits=12,skippedVisits=3' })).toEqual(
      { kind: 'counts', counts: { visits: 12, skippedVisits: 3 } },
    );
    expect(auditDetail({ action: 'backup-exported', detail: 'rukn-backup.json' })).toEqual({
      kind: 'text',
      text: 'rukn-backup.json',
    });
    expect(auditDetail({ action: 'sign-in' })).toEqual({ kind: 'none' });
  });

  it('names every setting key a settings change can list, in both languages', () => {
    const detail = auditDetail({
      action: 'settings-changed',
      detail:
        'kioskName,officeName,officeAddress,officeHours,officePhone,idleTimeoutSeconds,' +
        'idleWarningSeconds,closingTime,callbackRetentionDays,sentVisitRetentionDays,maxPrintsPerVisit,' +
        'printIntervalSeconds,speechOutput',
    });
    expect(detail.kind).toBe('settings');
    if (detail.kind !== 'settings') return;
    for (const key of detail.keys) {
      expect([key, ar.settings.keys[key], en.settings.keys[key]].every(Boolean)).toBe(true);
    }
  });

  it('does not let a failed log entry turn a done change into a failure', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await expect(
        recordQuietly(() => Promise.reject(new Error('disk full'))),
      ).resolves.toBeUndefined();
    } finally {
      console.warn = warn;
    }
    expect(warnings).toHaveLength(1);
  });
});
