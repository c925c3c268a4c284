/** The report's reads from the kiosk database give the same report as the data they stored. */
import { describe, expect, it } from 'vitest';
// First: installs the in-memory IndexedDB before Dexie loads.
import { setupTestDatabase } from './support/testDatabase';
import { aggregateReport } from '../../../core/report/aggregate';
import { dayRange } from '../../../core/report/options';
import type { VisitEvent } from '../../../core/visit/types';
import type { RuknDatabase } from '../../../renderer/db/database';
import { loadReportInput } from '../../../renderer/db/reportQueries';
import { createSessionRepository } from '../../../renderer/db/sessionRepository';
import { events, input, options, tickets, visits } from '../../fixtures/report/day';

const kiosk = setupTestDatabase();

/** Stores the fixture day as the kiosk would: visits, events in batches, tickets. */
async function store(db: RuknDatabase): Promise<void> {
  const sessions = createSessionRepository({ db });
  await db.sessions.bulkAdd(visits);
  const byVisit = new Map<string, VisitEvent[]>();
  for (const event of events) {
    byVisit.set(event.sessionId, [...(byVisit.get(event.sessionId) ?? []), event]);
  }
  for (const [sessionId, list] of byVisit) {
    // One event per batch for the first two, then the rest: batches of different sizes.
    await sessions.writeEvents({ sessionId, firstSeq: 0, events: list.slice(0, 1) });
    await sessions.writeEvents({ sessionId, firstSeq: 1, events: list.slice(1, 2) });
    await sessions.writeEvents({ sessionId, firstSeq: 2, events: list.slice(2) });
  }
  await db.helpTickets.bulkAdd(tickets);
}

describe('report queries', () => {
  it("read a day's ended visits, their events and tickets, and nothing else", async () => {
    await store(kiosk.db());
    const { fromMs, toMs } = dayRange(options.from, options.to, options.utcOffsetMinutes);
    const read = await loadReportInput(kiosk.db(), fromMs, toMs);

    // V1..V8 (X1 is open, X2 and X3 started on other days), oldest first.
    expect(read.visits.map((visit) => visit.id)).toEqual([
      'V8',
      'V1',
      'V2',
      'V3',
      'V4',
      'V5',
      'V6',
      'V7',
    ]);
    const counted = new Set(read.visits.map((visit) => visit.id));
    const theirEvents = events.filter((event) => counted.has(event.sessionId));
    expect([...read.events].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...theirEvents].sort((a, b) => a.id.localeCompare(b.id)),
    );
    // T1..T6; T7 was the evening before.
    expect(read.tickets.map((ticket) => ticket.id).sort()).toEqual([
      'T1',
      'T2',
      'T3',
      'T4',
      'T5',
      'T6',
    ]);
    expect(aggregateReport(read, options)).toEqual(aggregateReport(input, options));
  });

  it('read a visit whose id is a UUID through its byte key, and drop callback details', async () => {
    const db = kiosk.db();
    const id = '3c2b1a09-8f7e-4d6c-9b5a-493827160514';
    await db.sessions.add({ ...visits[0]!, id });
    await createSessionRepository({ db }).writeEvents({
      sessionId: id,
      firstSeq: 0,
      events: [{ at: visits[0]!.startedAt + 1, type: 'guide-step', payload: { stepId: 'log-in' } }],
    });
    await db.helpTickets.add({
      ...tickets[0]!,
      sessionId: id,
      callback: { alg: 'AES-GCM', iv: 'aXY=', data: 'c2VjcmV0' },
      purgeAfter: 1,
    });
    const { fromMs, toMs } = dayRange(options.from, options.to, options.utcOffsetMinutes);
    const read = await loadReportInput(db, fromMs, toMs);
    expect(read.events).toEqual([
      {
        id: `${id}:0`,
        sessionId: id,
        at: visits[0]!.startedAt + 1,
        type: 'guide-step',
        payload: { stepId: 'log-in' },
      },
    ]);
    expect(read.tickets[0]).not.toHaveProperty('callback');
    expect(read.tickets[0]).not.toHaveProperty('purgeAfter');
  });

  it('read nothing for a day without visits', async () => {
    await store(kiosk.db());
    const { fromMs, toMs } = dayRange('2026-03-20', '2026-03-20', 180);
    expect(await loadReportInput(kiosk.db(), fromMs, toMs)).toEqual({
      visits: [],
      events: [],
      tickets: [],
    });
  });
});

describe('report queries where the browser reads records with their keys', () => {
  it('give the same input through getAllRecords', async () => {
    await store(kiosk.db());
    const { fromMs, toMs } = dayRange(options.from, options.to, options.utcOffsetMinutes);
    const expected = await loadReportInput(kiosk.db(), fromMs, toMs);
    // Chromium's getAllRecords, built here from the two requests fake-indexeddb has.
    const prototype = Object.getPrototypeOf(
      kiosk.db().backendDB().transaction('visitEvents').objectStore('visitEvents'),
    ) as Record<string, unknown>;
    let calls = 0;
    prototype.getAllRecords = function (this: IDBObjectStore, { query }: { query: IDBKeyRange }) {
      calls += 1;
      const answer: { result?: unknown; onsuccess?: () => void } = {};
      const keys = this.getAllKeys(query);
      const values = this.getAll(query);
      values.onsuccess = () => {
        answer.result = values.result.map((value, index) => ({
          primaryKey: keys.result[index],
          value,
        }));
        answer.onsuccess?.();
      };
      return answer;
    };
    try {
      expect(await loadReportInput(kiosk.db(), fromMs, toMs)).toEqual(expected);
      // One request per counted visit.
      expect(calls).toBe(8);
    } finally {
      delete prototype.getAllRecords;
    }
  });
});
