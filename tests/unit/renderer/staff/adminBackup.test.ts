import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../../core/result';
import {
  backupTarget,
  importAuditDetail,
  knownSummaryKeys,
  parseImportAuditDetail,
  summaryRows,
} from '../../../../renderer/features/staff/adminBackup';
import ar from '../../../../renderer/features/staff/locales/ar.json';
import en from '../../../../renderer/features/staff/locales/en.json';

const appInfo = (isKiosk: boolean) =>
  ok({ version: '1.0.0', shell: 'electron' as const, isKiosk, platform: 'win32' });

describe('the backup screen', () => {
  it('saves into the office folder in a kiosk build, and asks elsewhere', () => {
    expect(backupTarget(appInfo(true))).toBe('folder');
    expect(backupTarget(appInfo(false))).toBe('dialog');
    // Not knowing is the kiosk's case: never open a file browser on a locked-down kiosk.
    expect(backupTarget(err('unsupported', 'no app info'))).toBe('folder');
  });

  it('lists the known counts in a fixed order, then any others by key', () => {
    expect(
      summaryRows({ zebras: 1, skippedVisits: 3, visits: 12, auditEntries: 0, apples: 2 }),
    ).toEqual([
      { kind: 'known', key: 'visits', count: 12 },
      { kind: 'known', key: 'skippedVisits', count: 3 },
      { kind: 'known', key: 'auditEntries', count: 0 },
      { kind: 'other', key: 'apples', count: 2 },
      { kind: 'other', key: 'zebras', count: 1 },
    ]);
  });

  it('names every known count and every refusal in both languages', () => {
    for (const key of knownSummaryKeys) {
      expect([key, Boolean(ar.backup.summary[key]), Boolean(en.backup.summary[key])]).toEqual([
        key,
        true,
        true,
      ]);
    }
    for (const code of ['newer-schema', 'invalid', 'failed', 'unreadable'] as const) {
      expect([code, Boolean(ar.backup.refused[code]), Boolean(en.backup.refused[code])]).toEqual([
        code,
        true,
        true,
      ]);
    }
  });

  it('logs an import as its counts only, and reads them back', () => {
    const detail = importAuditDetail({ skippedVisits: 3, visits: 12, tickets: 4 });
    expect(detail).toBe('visits=12,skippedVisits=3,tickets=4');
    expect(parseImportAuditDetail(detail)).toEqual({ visits: 12, skippedVisits: 3, tickets: 4 });
    expect(parseImportAuditDetail('visits=12,name=Ahmad')).toBeUndefined();
  });
});
