/** Backup export and import between two kiosks' databases (fake-indexeddb). */
import { afterEach, describe, expect, it } from 'vitest';
// First: installs the in-memory IndexedDB before Dexie loads.
import { setupTestDatabase } from './support/testDatabase';
import type { BackupFile } from '../../../core/backup/format';
import type { HelpTicket } from '../../../core/help/types';
import type { AuditEntry } from '../../../core/staff/types';
import { encodeBatch, batchKey } from '../../../core/visit/eventCodec';
import type { VisitEvent } from '../../../core/visit/types';
import { exportBackup, importBackup, importedDetail } from '../../../renderer/db/backupRepository';
import { openDatabase, type RuknDatabase } from '../../../renderer/db/database';
import { createSessionRepository } from '../../../renderer/db/sessionRepository';
import { events, tickets, visits } from '../../fixtures/report/day';

const kiosk = setupTestDatabase();
const others: RuknDatabase[] = [];

afterEach(async () => {
  for (const db of others.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** A second kiosk's empty database. */
function otherKiosk(): RuknDatabase {
  const db = openDatabase(`test-other-${crypto.randomUUID()}`);
  others.push(db);
  return db;
}

const uuidVisit = '0f8e2a4c-1b3d-4e5f-8a9b-0c1d2e3f4a5b';
const sealed = { alg: 'AES-GCM', iv: 'aXZpdml2aXZpdml2', data: 'c2VjcmV0' } as const;

/** Fills a kiosk: the fixture day's visits and events, a UUID visit, tickets, audit, settings. */
async function fill(db: RuknDatabase): Promise<void> {
  const sessions = createSessionRepository({ db });
  await db.sessions.bulkAdd([
    ...visits,
    {
      id: uuidVisit,
      kioskId: 'kiosk-test',
      lang: 'ar',
      mode: 'self',
      startedAt: 5_000,
      endedAt: 9_000,
      endReason: 'idle',
      guideProgress: [],
      syncState: 'synced',
    },
  ]);
  const byVisit = new Map<string, VisitEvent[]>();
  for (const event of events) {
    if (!visits.some((visit) => visit.id === event.sessionId)) continue;
    byVisit.set(event.sessionId, [...(byVisit.get(event.sessionId) ?? []), event]);
  }
  for (const [sessionId, list] of byVisit) {
    // Two batches per visit, as the recorder writes them a second apart.
    const half = Math.ceil(list.length / 2);
    await sessions.writeEvents({ sessionId, firstSeq: 0, events: list.slice(0, half) });
    await sessions.writeEvents({ sessionId, firstSeq: half, events: list.slice(half) });
  }
  await sessions.writeEvents({
    sessionId: uuidVisit,
    firstSeq: 0,
    events: [{ at: 6_000, type: 'screen', payload: { screen: 'home' } }],
  });
  const stored: HelpTicket[] = tickets.map((ticket) =>
    ticket.hasCallback ? { ...ticket, callback: sealed, purgeAfter: 99_000 } : ticket,
  );
  await db.helpTickets.bulkAdd(stored);
  const audit: AuditEntry[] = [
    { at: 1_000, action: 'admin-created', staffId: 'staff-1' },
    { at: 2_000, action: 'report-exported', staffId: 'staff-1', detail: 'rukn-2026-03-10.csv' },
  ];
  await db.auditLog.bulkAdd(audit);
  await db.settings.bulkPut([
    { key: 'kioskId', value: 'kiosk-test' },
    { key: 'kioskName', value: 'ركن السوق' },
  ]);
}

/** A backup's data without the moment it was taken. */
const content = ({ exportedAt: _at, ...rest }: BackupFile) => rest;

describe('backup export', () => {
  it('holds every visit, every event readable, tickets without callbacks, audit and settings', async () => {
    await fill(kiosk.db());
    const file = await exportBackup(kiosk.db(), 123_456);
    expect(file).toMatchObject({
      format: 'rukn-backup',
      schemaVersion: 3,
      exportedAt: 123_456,
      kioskId: 'kiosk-test',
    });
    expect(file.visits).toHaveLength(visits.length + 1);
    const fixtureEvents = events.filter((event) => event.sessionId !== 'unknown');
    expect(file.events).toHaveLength(fixtureEvents.length + 1);
    expect(file.events).toContainEqual(fixtureEvents[3]);
    expect(file.events).toContainEqual({
      id: `${uuidVisit}:0`,
      sessionId: uuidVisit,
      at: 6_000,
      type: 'screen',
      payload: { screen: 'home' },
    });
    expect(file.tickets).toHaveLength(tickets.length);
    const text = JSON.stringify(file);
    expect(text).not.toContain('"callback"');
    expect(text).not.toContain(sealed.data);
    expect(text).not.toContain('purgeAfter');
    expect(file.auditLog.map((entry) => entry.action)).toEqual([
      'admin-created',
      'report-exported',
    ]);
    expect(file.settings).toContainEqual({ key: 'kioskName', value: 'ركن السوق' });
  });
});

describe('backup import', () => {
  it('moves a kiosk: everything arrives, settings and staff stay behind', async () => {
    await fill(kiosk.db());
    const file = JSON.parse(JSON.stringify(await exportBackup(kiosk.db(), 1))) as BackupFile;
    const target = otherKiosk();
    await target.settings.put({ key: 'kioskId', value: 'kiosk-new' });

    const result = await importBackup(target, file);
    expect(result).toEqual({
      ok: true,
      value: {
        visits: visits.length + 1,
        skipped: 0,
        events: file.events.length,
        tickets: tickets.length,
        ticketsSkipped: 0,
        auditEntries: 2,
        ignored: { settings: 2 },
      },
    });
    const copy = await exportBackup(target, 1);
    expect(copy.visits).toEqual(file.visits);
    expect(copy.events).toEqual(file.events);
    expect(copy.tickets).toEqual(file.tickets);
    // The kiosk keeps its own identity and settings.
    expect(copy.kioskId).toBe('kiosk-new');
    expect(copy.settings).toEqual([{ key: 'kioskId', value: 'kiosk-new' }]);
    expect(await target.staff.count()).toBe(0);
    // Audit entries arrive marked with where they came from.
    expect(copy.auditLog.map(({ seq: _seq, ...entry }) => entry)).toEqual([
      {
        at: 1_000,
        action: 'admin-created',
        staffId: 'staff-1',
        detail: importedDetail('kiosk-test', undefined),
      },
      {
        at: 2_000,
        action: 'report-exported',
        staffId: 'staff-1',
        detail: 'imported from kiosk-test: rukn-2026-03-10.csv',
      },
    ]);
    // The events are stored as the kiosk's own batches: its repository reads them back.
    const sessions = createSessionRepository({ db: target });
    expect(await sessions.listEvents('V2')).toEqual(events.filter((e) => e.sessionId === 'V2'));
  });

  it('changes nothing when the same file is imported again', async () => {
    await fill(kiosk.db());
    const file = await exportBackup(kiosk.db(), 1);
    const target = otherKiosk();
    await importBackup(target, file);
    const before = await exportBackup(target, 2);

    const again = await importBackup(target, file);
    expect(again).toEqual({
      ok: true,
      value: {
        visits: 0,
        skipped: visits.length + 1,
        events: 0,
        tickets: 0,
        ticketsSkipped: tickets.length,
        auditEntries: 0,
        ignored: { settings: 2 },
      },
    });
    expect(content(await exportBackup(target, 3))).toEqual(content(before));
    // Into the kiosk it came from: nothing new either, not even its own audit entries.
    const home = await importBackup(kiosk.db(), file);
    expect(home.ok && home.value.visits + home.value.auditEntries).toBe(0);
  });

  it('never overwrites a visit already here, nor adds to its events', async () => {
    await fill(kiosk.db());
    const file = await exportBackup(kiosk.db(), 1);
    const target = otherKiosk();
    const own = { ...visits[0]!, endReason: 'start-over' as const, guideProgress: ['log-in'] };
    await target.sessions.add(own);
    await target.visitEvents.put(
      encodeBatch([{ at: 7, type: 'screen', payload: { screen: 'home' } }]),
      batchKey(own.id, 0),
    );

    const result = await importBackup(target, file);
    expect(result.ok && result.value.skipped).toBe(1);
    expect(await target.sessions.get(own.id)).toEqual(own);
    const sessions = createSessionRepository({ db: target });
    expect(await sessions.listEvents(own.id)).toEqual([
      { id: `${own.id}:0`, sessionId: own.id, at: 7, type: 'screen', payload: { screen: 'home' } },
    ]);
  });

  it('skips a ticket whose day and number this kiosk has already given', async () => {
    await fill(kiosk.db());
    const file = await exportBackup(kiosk.db(), 1);
    const target = otherKiosk();
    const first = tickets[0]!;
    await target.helpTickets.add({ ...first, id: 'local-ticket' });
    const result = await importBackup(target, file);
    expect(result.ok && result.value.tickets).toBe(tickets.length - 1);
    expect(result.ok && result.value.ticketsSkipped).toBe(1);
    expect((await target.helpTickets.get('local-ticket'))?.number).toBe(first.number);
    expect(await target.helpTickets.get(first.id)).toBeUndefined();
  });

  it('refuses a file from a newer schema and changes nothing', async () => {
    await fill(kiosk.db());
    const file = await exportBackup(kiosk.db(), 1);
    const target = otherKiosk();
    const result = await importBackup(target, { ...file, schemaVersion: 4 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('newer-schema');
    expect(await target.sessions.count()).toBe(0);
  });

  it('refuses a malformed file and changes nothing', async () => {
    await fill(kiosk.db());
    const file = await exportBackup(kiosk.db(), 1);
    const target = otherKiosk();
    const broken = [
      'not a backup',
      { ...file, visits: [...file.visits, { ...file.visits[0], id: 'new', mode: 'robot' }] },
      { ...file, tickets: [{ ...file.tickets[0], callback: sealed }] },
      { ...file, events: [...file.events, { ...file.events[0], sessionId: 'nobody' }] },
    ];
    for (const value of broken) {
      const result = await importBackup(target, value);
      expect(!result.ok && result.error.code).toBe('invalid');
    }
    expect(await target.sessions.count()).toBe(0);
    expect(await target.visitEvents.count()).toBe(0);
    expect(await target.helpTickets.count()).toBe(0);
    expect(await target.auditLog.count()).toBe(0);
  });
});
