import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskBridge, SaveFileRequest } from '../../../../main/contract';
import { err, ok } from '../../../../core/result';
import { loadShippedContent } from '../../../../renderer/content/loadContent';
import { openDatabase, type RuknDatabase } from '../../../../renderer/db/database';
import { createSessionRepository } from '../../../../renderer/db/sessionRepository';
import type { VisitEvent } from '../../../../core/visit/types';
import * as fixtureDay from '../../../fixtures/report/day';
import {
  daysToExport,
  lastAutoExportDayKey,
  latestClosedDay,
  maxCheckIntervalMs,
  msUntilNextClosing,
  startAutoExport,
  type AutoExportResult,
} from '../../../../renderer/features/report/autoExport';

const saudi = 180;
const hour = 3_600_000;
/** Epoch milliseconds of a kiosk-local (UTC+3) time. */
const local = (isoLocal: string) => Date.parse(`${isoLocal}+03:00`);

describe('which days are due for export', () => {
  it('exports today once its closing time has passed, not before', () => {
    expect(daysToExport('2026-11-24', local('2026-11-25T17:00'), '17:00', saudi)).toEqual([
      '2026-11-25',
    ]);
    expect(daysToExport('2026-11-24', local('2026-11-25T16:59'), '17:00', saudi)).toEqual([]);
    expect(daysToExport('2026-11-25', local('2026-11-25T18:00'), '17:00', saudi)).toEqual([]);
  });

  it('catches up the days the kiosk was off, oldest first, at most the last 7', () => {
    expect(daysToExport('2026-11-20', local('2026-11-25T09:00'), '17:00', saudi)).toEqual([
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
    ]);
    expect(daysToExport('2026-10-01', local('2026-11-25T18:00'), '17:00', saudi)).toEqual([
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
    ]);
  });

  it('starts a kiosk that never exported with the last closed day alone', () => {
    expect(daysToExport(undefined, local('2026-11-25T09:00'), '17:00', saudi)).toEqual([
      '2026-11-24',
    ]);
    expect(daysToExport('not a day', local('2026-11-25T18:00'), '17:00', saudi)).toEqual([
      '2026-11-25',
    ]);
  });

  it('exports nothing when the clock was set back behind the last export', () => {
    expect(daysToExport('2026-11-30', local('2026-11-25T18:00'), '17:00', saudi)).toEqual([]);
  });

  it('counts days and closing times in kiosk-local time, not UTC', () => {
    // 00:30 on the 26th in Riyadh is still the 25th in UTC; the 25th closed at 23:30.
    expect(latestClosedDay(Date.parse('2026-11-25T21:30:00Z'), '23:30', saudi)).toBe('2026-11-25');
    expect(latestClosedDay(local('2026-11-26T00:30'), '23:30', saudi)).toBe('2026-11-25');
    expect(latestClosedDay(local('2026-11-26T23:31'), '23:30', saudi)).toBe('2026-11-26');
  });

  it('waits until the next closing time: today’s, or tomorrow’s once it has passed', () => {
    expect(msUntilNextClosing(local('2026-11-25T16:00'), '17:00', saudi)).toBe(hour);
    expect(msUntilNextClosing(local('2026-11-25T17:00'), '17:00', saudi)).toBe(24 * hour);
    expect(msUntilNextClosing(local('2026-11-25T18:30'), '17:00', saudi)).toBe(22.5 * hour);
  });
});

describe('the automatic export', () => {
  const content = loadShippedContent(() => undefined);
  let db: RuknDatabase;

  beforeEach(() => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
  });

  afterEach(async () => {
    db.close();
    await db.delete();
  });

  function kiosk(
    options: { shell?: 'electron' | 'web'; failFirst?: number; startAt?: number } = {},
  ) {
    let clock = options.startAt ?? local('2026-11-25T09:00');
    let failures = options.failFirst ?? 0;
    const saved: SaveFileRequest[] = [];
    const timers: { run: () => void; ms: number; isCancelled: boolean }[] = [];
    const results: AutoExportResult[] = [];
    const audited: (string | undefined)[] = [];
    const bridge: Pick<KioskBridge, 'getAppInfo' | 'saveFile'> = {
      getAppInfo: async () =>
        ok({ version: '1', shell: options.shell ?? 'electron', isKiosk: true, platform: 'linux' }),
      saveFile: async (request) => {
        if (failures > 0) {
          failures -= 1;
          return err('unsupported', 'no export folder is configured');
        }
        saved.push(request);
        return ok({ savedTo: `/exports/${request.fileName}` });
      },
    };
    const stop = startAutoExport({
      db,
      content,
      settings: { closingTime: '17:00' },
      bridge,
      audit: {
        record: async (action, entry) => {
          audited.push(`${action} ${entry?.detail ?? ''}`.trim());
        },
      },
      now: () => clock,
      setTimer: (run, ms) => {
        const timer = { run, ms, isCancelled: false };
        timers.push(timer);
        return () => {
          timer.isCancelled = true;
        };
      },
      onResult: (result) => results.push(result),
    });
    return {
      saved,
      timers,
      results,
      audited,
      stop,
      setClock: (ms: number) => {
        clock = ms;
      },
      lastExportedDay: async () => (await db.settings.get(lastAutoExportDayKey))?.value,
      /** Fires the latest timer, as the browser would after its delay. */
      fire: () => timers.at(-1)?.run(),
    };
  }

  it('at start exports the days missed while the kiosk was off, then waits for closing', async () => {
    await db.settings.put({ key: lastAutoExportDayKey, value: '2026-11-22' });
    const run = kiosk();
    await vi.waitFor(() => expect(run.timers).toHaveLength(1));
    expect(run.saved.map((request) => [request.fileName, request.target])).toEqual([
      ['rukn-report-2026-11-23.csv', 'folder'],
      ['rukn-visits-2026-11-23.csv', 'folder'],
      ['rukn-report-2026-11-24.csv', 'folder'],
      ['rukn-visits-2026-11-24.csv', 'folder'],
    ]);
    expect(run.saved[0]?.content.startsWith('\uFEFF')).toBe(true);
    expect(run.audited).toEqual([
      'report-exported rukn-report-2026-11-23.csv',
      'report-exported rukn-visits-2026-11-23.csv',
      'report-exported rukn-report-2026-11-24.csv',
      'report-exported rukn-visits-2026-11-24.csv',
    ]);
    expect(await run.lastExportedDay()).toBe('2026-11-24');
    // 09:00 to 17:00 is 8 hours: the kiosk checks again within the hour.
    expect(run.timers[0]?.ms).toBe(maxCheckIntervalMs);
    run.stop();
  });

  it('exports the day at closing time, once', async () => {
    await db.settings.put({ key: lastAutoExportDayKey, value: '2026-11-24' });
    const run = kiosk();
    run.setClock(local('2026-11-25T16:30'));
    await vi.waitFor(() => expect(run.timers).toHaveLength(1));
    expect(run.saved).toEqual([]);
    expect(run.timers[0]?.ms).toBe(30 * 60_000 + 1000);
    run.setClock(local('2026-11-25T17:00:01'));
    run.fire();
    await vi.waitFor(() => expect(run.timers).toHaveLength(2));
    expect(run.saved.map((request) => request.fileName)).toEqual([
      'rukn-report-2026-11-25.csv',
      'rukn-visits-2026-11-25.csv',
    ]);
    expect(await run.lastExportedDay()).toBe('2026-11-25');
    run.fire();
    await vi.waitFor(() => expect(run.timers).toHaveLength(3));
    expect(run.saved).toHaveLength(2);
    run.stop();
  });

  it('keeps a failed day due and tries it again at the next check', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await db.settings.put({ key: lastAutoExportDayKey, value: '2026-11-23' });
    const run = kiosk({ failFirst: 1 });
    await vi.waitFor(() => expect(run.timers).toHaveLength(1));
    expect(run.results).toEqual([{ day: '2026-11-24', ok: false, code: 'unsupported' }]);
    expect(await run.lastExportedDay()).toBe('2026-11-23');
    run.fire();
    await vi.waitFor(() => expect(run.timers).toHaveLength(2));
    expect(run.results.at(-1)).toMatchObject({ day: '2026-11-24', ok: true });
    expect(await run.lastExportedDay()).toBe('2026-11-24');
    run.stop();
  });

  it('stops: the waiting check is cancelled', async () => {
    const run = kiosk();
    await vi.waitFor(() => expect(run.timers).toHaveLength(1));
    run.stop();
    expect(run.timers[0]?.isCancelled).toBe(true);
  });

  it('writes the day’s own figures: the hand-checked fixture day, in Arabic', async () => {
    await db.sessions.bulkAdd(fixtureDay.visits);
    const byVisit = new Map<string, VisitEvent[]>();
    for (const event of fixtureDay.events) {
      byVisit.set(event.sessionId, [...(byVisit.get(event.sessionId) ?? []), event]);
    }
    const sessions = createSessionRepository({ db });
    for (const [sessionId, events] of byVisit) {
      await sessions.writeEvents({ sessionId, firstSeq: 0, events });
    }
    await db.helpTickets.bulkAdd(fixtureDay.tickets);
    await db.settings.put({ key: lastAutoExportDayKey, value: '2026-03-09' });
    const run = kiosk({ startAt: fixtureDay.local('18:00:00') });
    await vi.waitFor(() => expect(run.timers).toHaveLength(1));
    const [summary, visits] = run.saved;
    expect(summary?.fileName).toBe('rukn-report-2026-03-10.csv');
    // Rows are section,key,label,value: the figures of tests/unit/core/report/aggregate.test.ts.
    const rows = (summary?.content ?? '').split('\r\n').map((line) => line.split(','));
    const value = (section: string, key: string) =>
      rows.find((row) => row[0] === section && row[1] === key)?.[3];
    expect(value('totals', 'visits')).toBe('8');
    expect(value('totals', 'assisted')).toBe('2');
    expect(value('byLanguage', 'ar')).toBe('6');
    expect(rows[0]?.[2]).toBe('البند');
    // One row per counted visit under a header.
    expect(visits?.content.trimEnd().split('\r\n')).toHaveLength(9);
    run.stop();
  });

  it('does nothing in a browser, which has no export folder', async () => {
    const browser = kiosk({ shell: 'web' });
    // An Electron kiosk started at the same moment has long exported and set its timer by then.
    const electron = kiosk();
    await vi.waitFor(() => expect(electron.timers).toHaveLength(1));
    expect(electron.saved).toHaveLength(2);
    expect(browser.saved).toEqual([]);
    expect(browser.timers).toEqual([]);
    electron.stop();
    browser.stop();
  });
});
