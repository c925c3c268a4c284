/**
 * The day's report, exported by itself at closing time. Policy: at the kiosk's closing time
 * (`settings.closingTime`, kiosk-local UTC+3) the day's two CSV files, in Arabic, are written to
 * the office's export folder; a day whose closing time passed while the kiosk was off is exported
 * at the next start, at most the last 7 such days, oldest first; the last day exported is kept in
 * settings (`lastAutoExportDay`), so each day is exported once; a failed export (no folder, an
 * unplugged share) is tried again at the next check, at most an hour later. A kiosk that has never
 * exported starts with the last day whose closing time has passed. Only in Electron: a browser has
 * no export folder, and would download files by surprise. The PDF is exported by hand from the
 * report screen: printing needs the page on screen, and a staff member to look at it.
 */
import type { ContentBundle, Language } from '../../../core/content/schema';
import { addDays, dayRange, isDay, kioskDay } from '../../../core/report/options';
import type { RuknDatabase } from '../../db/database';
import type { KioskBridge } from '../../../main/contract';
import { kioskUtcOffsetMinutes, loadReport, reportCsvFiles } from './reportData';
import { saveReportFiles, type ReportAudit } from './reportExport';

/** The most past days exported at once after the kiosk was off. */
export const maxMissedDays = 7;

/** Longest wait between two checks: a kiosk asleep or a clock set anew is caught within it. */
export const maxCheckIntervalMs = 60 * 60 * 1000;

/** Settings key of the last day exported automatically (`YYYY-MM-DD`). */
export const lastAutoExportDayKey = 'lastAutoExportDay';

const minuteMs = 60_000;

function closingMinutes(closingTime: string): number {
  const [hours = 17, minutes = 0] = closingTime.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The instant of `day`'s closing time, kiosk-local. */
function closingInstant(day: string, closingTime: string, utcOffsetMinutes: number): number {
  return dayRange(day, day, utcOffsetMinutes).fromMs + closingMinutes(closingTime) * minuteMs;
}

/** The last day whose closing time has passed at `now`: today after closing, else yesterday. */
export function latestClosedDay(
  now: number,
  closingTime: string,
  utcOffsetMinutes: number,
): string {
  const today = kioskDay(now, utcOffsetMinutes);
  return now >= closingInstant(today, closingTime, utcOffsetMinutes) ? today : addDays(today, -1);
}

/**
 * The days to export now, oldest first (pure): each day after `lastExportedDay` whose closing time
 * has passed, at most the last `maxMissedDays`; with no day exported yet (or an unreadable one),
 * the latest closed day alone. Nothing when the last export is already that day or later (a clock
 * set back).
 */
export function daysToExport(
  lastExportedDay: string | undefined,
  now: number,
  closingTime: string,
  utcOffsetMinutes: number,
): string[] {
  const latest = latestClosedDay(now, closingTime, utcOffsetMinutes);
  const after = isDay(lastExportedDay) ? addDays(lastExportedDay, 1) : latest;
  const earliest = addDays(latest, 1 - maxMissedDays);
  const days: string[] = [];
  for (let day = after < earliest ? earliest : after; day <= latest; day = addDays(day, 1)) {
    days.push(day);
  }
  return days;
}

/** Milliseconds from `now` to the next closing time (today's if still ahead, else tomorrow's). */
export function msUntilNextClosing(
  now: number,
  closingTime: string,
  utcOffsetMinutes: number,
): number {
  const today = kioskDay(now, utcOffsetMinutes);
  const todays = closingInstant(today, closingTime, utcOffsetMinutes);
  return todays > now
    ? todays - now
    : closingInstant(addDays(today, 1), closingTime, utcOffsetMinutes) - now;
}

/** What one day's automatic export came to, for the dashboard's health line. */
export type AutoExportResult =
  | { readonly day: string; readonly ok: true; readonly savedTo: readonly string[] }
  | { readonly day: string; readonly ok: false; readonly code: string };

export type AutoExportOptions = {
  readonly db: RuknDatabase;
  readonly content: ContentBundle;
  /** Read once: restart the export (stop, then start) when the closing time changes. */
  readonly settings: { readonly closingTime: string };
  readonly bridge: Pick<KioskBridge, 'getAppInfo' | 'saveFile'>;
  readonly audit: ReportAudit;
  readonly now?: () => number;
  /** Runs `callback` after `ms`; answers a function that cancels it. */
  readonly setTimer?: (callback: () => void, ms: number) => () => void;
  /** The files' language: the office's, Arabic, unless it says otherwise. */
  readonly lang?: Language;
  /** Told of each day exported or failed. */
  readonly onResult?: (result: AutoExportResult) => void;
};

const browserTimer = (callback: () => void, ms: number) => {
  const id = setTimeout(callback, ms);
  return () => clearTimeout(id);
};

// The one setting this feature keeps; read and written here rather than through the settings
// repository because it is bookkeeping of the export, not something staff set.
async function readLastExportedDay(db: RuknDatabase): Promise<string | undefined> {
  const row = await db.settings.get(lastAutoExportDayKey);
  return isDay(row?.value) ? row.value : undefined;
}

async function exportDay(options: AutoExportOptions, day: string): Promise<AutoExportResult> {
  const { db, content, bridge, audit, now = Date.now, lang = 'ar' } = options;
  const loaded = await loadReport(db, content, { from: day, to: day }, now());
  const files = reportCsvFiles(loaded, content, lang);
  const saved = await saveReportFiles({ bridge, audit, files, target: 'folder' });
  if (!saved.ok) return { day, ok: false, code: saved.error.code };
  await db.settings.put({ key: lastAutoExportDayKey, value: day });
  return { day, ok: true, savedTo: saved.value };
}

/** Exports every day due, oldest first, stopping at the first failure (tried again later). */
async function exportDueDays(options: AutoExportOptions): Promise<void> {
  const { db, settings, now = Date.now, onResult } = options;
  const last = await readLastExportedDay(db);
  for (const day of daysToExport(last, now(), settings.closingTime, kioskUtcOffsetMinutes)) {
    const result = await exportDay(options, day).catch((error: unknown): AutoExportResult => ({
      day,
      ok: false,
      code: error instanceof Error ? error.message : String(error),
    }));
    onResult?.(result);
    if (!result.ok) {
      console.warn(`automatic report export of ${day} failed: ${result.code}`);
      return;
    }
  }
}

/**
 * Starts the automatic export: exports the days missed while the kiosk was off at once, then
 * waits for each closing time (checking at least hourly). Answers a function that stops it.
 */
export function startAutoExport(options: AutoExportOptions): () => void {
  const { settings, now = Date.now, setTimer = browserTimer } = options;
  let isStopped = false;
  let cancelTimer: (() => void) | undefined;

  const schedule = () => {
    if (isStopped) return;
    // A second past closing, so the check finds the day closed even if the timer fires early.
    const untilClosing =
      msUntilNextClosing(now(), settings.closingTime, kioskUtcOffsetMinutes) + 1000;
    cancelTimer = setTimer(check, Math.min(untilClosing, maxCheckIntervalMs));
  };

  const check = () => {
    cancelTimer = undefined;
    if (isStopped) return;
    exportDueDays(options)
      .catch((error: unknown) => console.warn('automatic report export failed', error))
      .finally(schedule);
  };

  void options.bridge.getAppInfo().then(
    (info) => {
      if (info.ok && info.value.shell === 'electron') check();
    },
    (error: unknown) => console.warn('automatic report export not started', error),
  );

  return () => {
    isStopped = true;
    cancelTimer?.();
  };
}
