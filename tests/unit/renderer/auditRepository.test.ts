import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type RuknDatabase } from '../../../renderer/db/database';
import { createAuditLog, maxAuditDetailLength } from '../../../renderer/db/auditRepository';

let db: RuknDatabase;
let clock = 1_000;

beforeEach(() => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
  clock = 1_000;
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('audit log', () => {
  it('records who did what and when, and lists the newest first', async () => {
    const audit = createAuditLog({ db, now: () => clock });
    await audit.record('admin-created', { staffId: 'admin-1' });
    clock = 2_000;
    await audit.record('sign-in', { staffId: 'admin-1' });
    clock = 3_000;
    await audit.record('report-exported', { staffId: 'admin-1', detail: 'visits-2026-11-28.csv' });
    const entries = await audit.list();
    expect(entries.map(({ action, at }) => [action, at])).toEqual([
      ['report-exported', 3_000],
      ['sign-in', 2_000],
      ['admin-created', 1_000],
    ]);
    expect(entries[0]).toMatchObject({
      staffId: 'admin-1',
      detail: 'visits-2026-11-28.csv',
    });
  });

  it('keeps entries in the order they were written, even with the same time', async () => {
    const audit = createAuditLog({ db, now: () => clock });
    for (const action of ['sign-in', 'settings-changed', 'sign-out'] as const) {
      await audit.record(action, { staffId: 's' });
    }
    expect((await audit.list()).map((entry) => entry.action)).toEqual([
      'sign-out',
      'settings-changed',
      'sign-in',
    ]);
  });

  it('records the kiosk itself without a staff id, and keeps no empty fields', async () => {
    const audit = createAuditLog({ db, now: () => clock });
    await audit.record('callbacks-purged', { detail: '3' });
    await audit.record('visits-pruned');
    const [pruned, purged] = await audit.list();
    expect(pruned).toEqual({ seq: 2, at: 1_000, action: 'visits-pruned' });
    expect(purged).toEqual({ seq: 1, at: 1_000, action: 'callbacks-purged', detail: '3' });
  });

  it('lists at most the limit asked for, 100 by default', async () => {
    const audit = createAuditLog({ db, now: () => clock });
    await db.auditLog.bulkAdd(
      Array.from({ length: 120 }, (_, i) => ({ at: i, action: 'sign-in' as const })),
    );
    expect(await audit.list()).toHaveLength(100);
    const three = await audit.list(3);
    expect(three.map((entry) => entry.at)).toEqual([119, 118, 117]);
    expect(await audit.list(0)).toHaveLength(100);
  });

  it('cuts a long detail to 200 characters', async () => {
    const audit = createAuditLog({ db, now: () => clock });
    await audit.record('settings-changed', { detail: 'x'.repeat(1_000) });
    const [entry] = await audit.list(1);
    expect(entry?.detail).toHaveLength(maxAuditDetailLength);
  });

  it('joins a surrounding transaction: a change that fails leaves no entry', async () => {
    const audit = createAuditLog({ db, now: () => clock });
    await expect(
      db.transaction('rw', db.staff, db.auditLog, async () => {
        await audit.record('staff-added', { staffId: 'admin-1' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await audit.list()).toEqual([]);
  });
});
