import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aggregateReport } from '../../core/report/aggregate';
import { reportSummaryCsv, visitsCsv } from '../../core/report/csv';
import { contentTitles } from '../../core/report/labels';
import { reportOptionsFor } from '../../core/report/options';
import { catalogFor, syntheticDay } from '../../core/report/synthetic';
import { toWireVisit } from '../../core/visit/types';
import { openHubDatabase, type HubDatabase } from '../../hub/db/database';
import { shippedContent } from '../../hub/reports/content';
import { hubReport } from '../../hub/reports/index';
import { addKiosk, addOffice, plainVisit, storeVisits } from './reportsSeed';

const day = '2026-11-22';
const now = Date.UTC(2026, 10, 22, 20);
const content = shippedContent();
const catalog = catalogFor(content);

let db: HubDatabase;

beforeEach(async () => {
  db = await openHubDatabase({});
  await addOffice(db, 'office-a', 'Office A');
  await addOffice(db, 'office-b', 'Office B');
  await addKiosk(db, { id: 'kiosk-a1', officeId: 'office-a', name: 'Hall' });
  await addKiosk(db, { id: 'kiosk-a2', officeId: 'office-a', name: 'Entrance' });
  await addKiosk(db, { id: 'kiosk-b1', officeId: 'office-b', name: 'Market' });
}, 60_000);

afterEach(async () => {
  await db.close();
});

async function seedDay(kioskId: string, officeId: string, visits: number, seed: string) {
  const data = syntheticDay(catalog, { day, visits, seed, kioskId });
  await storeVisits(db, { id: kioskId, officeId }, data.visits, data.events);
  return data;
}

describe('hubReport', () => {
  it('gives the same figures and files as aggregateReport over the same visits', async () => {
    const a1 = await seedDay('kiosk-a1', 'office-a', 40, 'a1');
    const a2 = await seedDay('kiosk-a2', 'office-a', 25, 'a2');
    const input = {
      visits: [...a1.visits, ...a2.visits].map(toWireVisit),
      events: [...a1.events, ...a2.events],
      tickets: [],
    };
    const options = reportOptionsFor(content, day, day, now);
    const expected = aggregateReport(input, options);

    const result = await hubReport(
      db,
      { kind: 'office', officeId: 'office-a' },
      { from: day, to: day },
      now,
      'ar',
    );

    expect(result.report).toEqual(expected);
    expect(result.report.totals.visits).toBe(65);
    expect(result.summaryCsv).toBe(reportSummaryCsv(expected, 'ar', contentTitles(content, 'ar')));
    expect(result.summaryCsv.startsWith('\uFEFF')).toBe(true);
    // The visits file lists the same visits, oldest first, whatever kiosk they came from.
    const sorted = {
      ...input,
      visits: [...input.visits].sort((x, y) => x.startedAt - y.startedAt),
    };
    expect(result.visitsCsv).toBe(visitsCsv(sorted, options, 'ar'));
    expect(result.byKiosk).toEqual([
      { kioskId: 'kiosk-a2', name: 'Entrance', officeId: 'office-a', visits: 25 },
      { kioskId: 'kiosk-a1', name: 'Hall', officeId: 'office-a', visits: 40 },
    ]);
  });

  it('scopes by office, by kiosk and across the hub', async () => {
    await seedDay('kiosk-a1', 'office-a', 10, 'a1');
    await seedDay('kiosk-a2', 'office-a', 7, 'a2');
    await seedDay('kiosk-b1', 'office-b', 5, 'b1');
    const period = { from: day, to: day };
    const visits = async (scope: Parameters<typeof hubReport>[1]) =>
      (await hubReport(db, scope, period, now, 'en')).report.totals.visits;

    expect(await visits({ kind: 'office', officeId: 'office-a' })).toBe(17);
    expect(await visits({ kind: 'office', officeId: 'office-b' })).toBe(5);
    expect(await visits({ kind: 'kiosk', kioskId: 'kiosk-a2' })).toBe(7);
    expect(await visits({ kind: 'hub' })).toBe(22);
    const hub = await hubReport(db, { kind: 'hub' }, period, now, 'en');
    expect(hub.byKiosk.map((kiosk) => [kiosk.kioskId, kiosk.visits])).toEqual([
      ['kiosk-a2', 7],
      ['kiosk-a1', 10],
      ['kiosk-b1', 5],
    ]);
    const office = await hubReport(db, { kind: 'kiosk', kioskId: 'kiosk-b1' }, period, now, 'en');
    expect(office.byKiosk.map((kiosk) => kiosk.kioskId)).toEqual(['kiosk-b1']);
  });

  it('cuts periods at Saudi midnight (21:00 UTC the day before)', async () => {
    const kiosk = { id: 'kiosk-a1', officeId: 'office-a' };
    const saudiMidnight = Date.UTC(2026, 10, 21, 21); // 2026-11-22 00:00 in Riyadh
    await storeVisits(
      db,
      kiosk,
      [
        plainVisit('before', saudiMidnight - 1),
        plainVisit('first', saudiMidnight),
        plainVisit('last', saudiMidnight + 86_400_000 - 1),
        plainVisit('after', saudiMidnight + 86_400_000),
      ],
      [],
    );
    const report = (await hubReport(db, { kind: 'hub' }, { from: day, to: day }, now, 'en')).report;
    expect(report.totals.visits).toBe(2);
    expect(report.byHour[0]).toBe(1);
    expect(report.byHour[23]).toBe(1);

    const week = (
      await hubReport(db, { kind: 'hub' }, { from: '2026-11-16', to: '2026-11-22' }, now, 'en')
    ).report;
    expect(week.totals.visits).toBe(3);
    expect(week.byDay.map((entry) => entry.visits)).toEqual([0, 0, 0, 0, 0, 1, 2]);
  });

  it('says there were no tickets: help tickets stay on the kiosks', async () => {
    await seedDay('kiosk-a1', 'office-a', 30, 'tickets');
    const { report } = await hubReport(db, { kind: 'hub' }, { from: day, to: day }, now, 'en');
    expect(report.tickets.count).toBe(0);
  });
});
