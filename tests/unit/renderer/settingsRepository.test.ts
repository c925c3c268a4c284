import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type RuknDatabase } from '../../../renderer/db/database';
import {
  createSettingsRepository,
  createSyncRecordStore,
  minimumIdleWarningSeconds,
  settingDefaults,
} from '../../../renderer/db/settingsRepository';

let db: RuknDatabase;

beforeEach(() => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('settings repository', () => {
  it('creates the kiosk id once and applies the defaults', async () => {
    let ids = 0;
    const settings = createSettingsRepository(db, () => `kiosk-${++ids}`);
    expect(await settings.load()).toEqual({ kioskId: 'kiosk-1', ...settingDefaults });
    expect((await settings.load()).kioskId).toBe('kiosk-1');
  });

  it('always leaves a citizen at least 20 seconds to answer, whatever is stored', async () => {
    const settings = createSettingsRepository(db, () => 'kiosk');
    await settings.save({ idleWarningSeconds: 3, idleTimeoutSeconds: 5 });
    expect(await settings.load()).toMatchObject({
      idleWarningSeconds: minimumIdleWarningSeconds,
      idleTimeoutSeconds: 20,
    });
    await settings.save({ idleWarningSeconds: Number.NaN, idleTimeoutSeconds: 10_000 });
    expect(await settings.load()).toMatchObject({
      idleWarningSeconds: settingDefaults.idleWarningSeconds,
      idleTimeoutSeconds: 600,
    });
  });

  it('keeps the print limits within reason, whatever is stored', async () => {
    const settings = createSettingsRepository(db, () => 'kiosk');
    expect(await settings.load()).toMatchObject({ maxPrintsPerVisit: 2, printIntervalSeconds: 10 });
    await settings.save({ maxPrintsPerVisit: 0, printIntervalSeconds: -5 });
    expect(await settings.load()).toMatchObject({ maxPrintsPerVisit: 1, printIntervalSeconds: 0 });
    await settings.save({ maxPrintsPerVisit: Number.NaN, printIntervalSeconds: 99_999 });
    expect(await settings.load()).toMatchObject({
      maxPrintsPerVisit: 2,
      printIntervalSeconds: 300,
    });
  });

  it('holds no export folder or printer: those are the machine’s, not the page’s', async () => {
    const settings = createSettingsRepository(db, () => 'kiosk');
    expect(Object.keys(await settings.load()).sort()).toEqual([
      'callbackRetentionDays',
      'closingTime',
      'idleTimeoutSeconds',
      'idleWarningSeconds',
      'kioskId',
      'kioskName',
      'maxPrintsPerVisit',
      'office',
      'printIntervalSeconds',
      'sentVisitRetentionDays',
      'speechOutput',
    ]);
  });

  it('speaks aloud unless the office has confirmed headphones, whatever is stored', async () => {
    const settings = createSettingsRepository(db, () => 'kiosk');
    expect((await settings.load()).speechOutput).toBe('aloud');
    await settings.save({ speechOutput: 'headphones' });
    expect((await settings.load()).speechOutput).toBe('headphones');
    for (const stored of ['speakers', '', null, 1, { output: 'headphones' }]) {
      await db.settings.put({ key: 'speechOutput', value: stored });
      expect((await settings.load()).speechOutput).toBe('aloud');
    }
  });

  it('keeps sent visits 7 to 365 days (90 unless set), whatever is stored', async () => {
    const settings = createSettingsRepository(db, () => 'kiosk');
    expect((await settings.load()).sentVisitRetentionDays).toBe(90);
    for (const [stored, read] of [
      [7, 7],
      [365, 365],
      [6, 7],
      [366, 365],
      [Number.NaN, 90],
      ['30', 90],
    ] as const) {
      await db.settings.put({ key: 'sentVisitRetentionDays', value: stored });
      expect((await settings.load()).sentVisitRetentionDays, String(stored)).toBe(read);
    }
  });

  it('takes the office hub’s kiosk id for new visits when the kiosk is provisioned', async () => {
    const settings = createSettingsRepository(db, () => 'kiosk-local');
    expect((await settings.load()).kioskId).toBe('kiosk-local');
    await settings.adoptKioskId('hub-kiosk-7');
    expect((await settings.load()).kioskId).toBe('hub-kiosk-7');
  });

  it('keeps the sync record across restarts, and only its well-formed fields', async () => {
    const store = createSyncRecordStore(db);
    expect(await store.load()).toEqual({});
    await store.save({ lastSyncAt: 5, lastError: { code: 'timeout', at: 6 } });
    expect(await createSyncRecordStore(db).load()).toEqual({
      lastSyncAt: 5,
      lastError: { code: 'timeout', at: 6 },
    });
    await db.settings.put({
      key: 'syncRecord',
      value: { lastSyncAt: 'yesterday', lastError: { code: 'boom', at: 1 } },
    });
    expect(await store.load()).toEqual({});
  });

  it('shows no office details until the office sets them, then its own', async () => {
    const settings = createSettingsRepository(db, () => 'kiosk');
    expect((await settings.load()).office).toEqual({});
    await settings.save({
      officeName: { ar: 'مكتب الضمان الاجتماعي بالقطيف', en: 'Qatif Social Security Office' },
      officeHours: { ar: ' الأحد إلى الخميس ', en: 'Sunday to Thursday' },
      officePhone: '013 000 0000',
    });
    expect((await settings.load()).office).toEqual({
      name: { ar: 'مكتب الضمان الاجتماعي بالقطيف', en: 'Qatif Social Security Office' },
      hours: { ar: 'الأحد إلى الخميس', en: 'Sunday to Thursday' },
      phone: '013 000 0000',
    });
  });

  it('ignores office details that are malformed, half translated or too long', async () => {
    const settings = createSettingsRepository(db, () => 'kiosk');
    await settings.save({
      officeName: { ar: 'مكتب', en: '' },
      officeAddress: { ar: 'x'.repeat(201), en: 'y' },
      officePhone: 'call us<script>',
    });
    await db.settings.put({ key: 'officeHours', value: 'every day' });
    expect((await settings.load()).office).toEqual({});
  });
});
