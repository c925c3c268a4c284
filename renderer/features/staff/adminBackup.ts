/**
 * Backups as the administrator makes and reads them, as pure functions: where an export is saved
 * and how an import's summary is listed. Policy: a locked-down kiosk writes only into the folder
 * the office set on the machine (a save dialog would be a way out of the kiosk); elsewhere the
 * bridge asks or downloads.
 */
import type { TFunction } from 'i18next';
import type { AppInfo, BridgeResult } from '../../../main/contract';
import type { ImportSummary } from './services';

/** Where `saveFile` puts the backup: the office's folder in kiosk builds, otherwise a dialog. */
export function backupTarget(appInfo: BridgeResult<AppInfo>): 'folder' | 'dialog' {
  // Not knowing is treated as a kiosk: the folder never opens a file browser.
  return appInfo.ok && !appInfo.value.isKiosk ? 'dialog' : 'folder';
}

/** Summary keys the screen names, in the order it lists them. */
export const knownSummaryKeys = [
  'visits',
  'skippedVisits',
  'tickets',
  'skippedTickets',
  'auditEntries',
  'ignoredSettings',
  'ignoredStaff',
] as const;
export type KnownSummaryKey = (typeof knownSummaryKeys)[number];

/** One line of an import's summary: a named count, or one the screen shows under its key. */
export type SummaryRow =
  | { readonly kind: 'known'; readonly key: KnownSummaryKey; readonly count: number }
  | { readonly kind: 'other'; readonly key: string; readonly count: number };

/** The summary's lines: the known ones in a fixed order, then any others by key. */
export function summaryRows(summary: ImportSummary): SummaryRow[] {
  const known: ReadonlySet<string> = new Set(knownSummaryKeys);
  const rows: SummaryRow[] = knownSummaryKeys
    .filter((key) => typeof summary[key] === 'number')
    .map((key) => ({ kind: 'known', key, count: summary[key] ?? 0 }));
  const others = Object.keys(summary)
    .filter((key) => !known.has(key) && typeof summary[key] === 'number')
    .sort()
    .map((key): SummaryRow => ({ kind: 'other', key, count: summary[key] ?? 0 }));
  return [...rows, ...others];
}

/** A summary line's words: the known kinds named, any other shown under its key. */
export function summaryLabel(t: TFunction, row: SummaryRow): string {
  return row.kind === 'known'
    ? t(`staff.backup.summary.${row.key}`)
    : t('staff.backup.summary.other', { kind: row.key });
}

/** The audit detail of an import: its counts, `visits=12,skippedVisits=3`, never contents. */
export function importAuditDetail(summary: ImportSummary): string {
  return summaryRows(summary)
    .map((row) => `${row.key}=${row.count}`)
    .join(',');
}

/** Reads `importAuditDetail` back; `undefined` when the text is not in that form. */
export function parseImportAuditDetail(detail: string): ImportSummary | undefined {
  const counts: Record<string, number> = {};
  for (const part of detail.split(',')) {
    const match = /^([A-Za-z]+)=([0-9]{1,9})$/.exec(part.trim());
    if (!match?.[1] || !match[2]) return undefined;
    counts[match[1]] = Number(match[2]);
  }
  return counts;
}
