import { describe, expect, it, vi } from 'vitest';
import { checkVisitRecord } from '../../../../core/sync/wire';
import { createOutboxRepository, jsonBytes } from '../../../../renderer/db/outboxRepository';
import { setupTestDatabase } from '../support/testDatabase';
import { seedEndedVisits, visitId } from './seedVisits';

const kiosk = setupTestDatabase();
const outbox = () => createOutboxRepository({ db: kiosk.db(), now: () => 5_000_000 });

describe('outbox: batches', () => {
  it('lists pending visits oldest first with their events, in wire form under the hub kiosk id', async () => {
    const sessions = kiosk.repository();
    // Written newest first: the outbox still sends the oldest first.
    await seedEndedVisits(sessions, 1, { from: 3_000_000, first: 3 });
    await seedEndedVisits(sessions, 2, { from: 1_000_000, first: 1 });
    await sessions.startSession({
      id: visitId(9),
      kioskId: 'kiosk-local',
      lang: 'en',
      mode: 'self',
    });

    const batch = await outbox().nextBatch({ kioskId: 'hub-kiosk-7' });

    expect(batch.ids).toEqual([visitId(1), visitId(2), visitId(3)]);
    const [first] = batch.records;
    expect(first?.visit).not.toHaveProperty('syncState');
    expect(first?.visit.kioskId).toBe('hub-kiosk-7');
    expect(first?.events.map((event) => event.id)).toEqual([`${visitId(1)}:0`, `${visitId(1)}:1`]);
    // What the hub will check, record by record.
    for (const record of batch.records)
      expect(checkVisitRecord(record, 'hub-kiosk-7').ok).toBe(true);
    // The stored visit keeps the id it was recorded under.
    expect((await sessions.getSession(visitId(1)))?.kioskId).toBe('kiosk-local');
  });

  it('keeps a batch within the visit count and the byte limit, but always sends one visit', async () => {
    await seedEndedVisits(kiosk.repository(), 5, { events: 20 });
    expect((await outbox().nextBatch({ kioskId: 'k', maxVisits: 2 })).ids).toHaveLength(2);

    const whole = await outbox().nextBatch({ kioskId: 'k' });
    const oneVisit = jsonBytes(whole.records[0]);
    const limited = await outbox().nextBatch({ kioskId: 'k', maxBytes: 1024 + oneVisit * 2.5 });
    expect(limited.ids).toHaveLength(2);
    expect(limited.bytes).toBeLessThanOrEqual(oneVisit * 2.5);

    const tiny = await outbox().nextBatch({ kioskId: 'k', maxBytes: 10 });
    expect(tiny.ids).toEqual([visitId(1)]);
  });

  it('answers an empty batch when nothing is pending', async () => {
    expect(await outbox().nextBatch({ kioskId: 'k' })).toEqual({ records: [], ids: [], bytes: 0 });
  });
});

describe('outbox: acknowledgements', () => {
  it('marks accepted visits synced and refused ones rejected with a dead letter, in one transaction', async () => {
    const ids = await seedEndedVisits(kiosk.repository(), 3);
    const box = outbox();
    const changed = await box.acknowledge(
      [ids[0] as string],
      [{ id: ids[1] as string, reason: 'invalid-events', field: 'events[0].type' }],
    );
    expect(changed).toEqual({ synced: 1, rejected: 1 });
    const states = await Promise.all(ids.map((id) => kiosk.db().sessions.get(id)));
    expect(states.map((visit) => visit?.syncState)).toEqual(['synced', 'rejected', 'pending']);
    expect(await box.listDeadLetters()).toEqual([
      {
        visitId: ids[1],
        reason: 'invalid-events',
        field: 'events[0].type',
        at: 5_000_000,
        startedAt: 1_060_000,
      },
    ]);
    expect(await box.counts()).toEqual({ pending: 1, rejected: 1 });
  });

  it('changes only visits still pending: an open or already synced visit is left as it is', async () => {
    const sessions = kiosk.repository();
    const [sent] = await seedEndedVisits(sessions, 1);
    await sessions.startSession({ id: 'open-1', kioskId: 'k', lang: 'ar', mode: 'self' });
    const box = outbox();
    await box.markSent([sent as string]);
    const changed = await box.acknowledge(
      ['open-1', 'unknown'],
      [{ id: sent as string, reason: 'conflict' }],
    );
    expect(changed).toEqual({ synced: 0, rejected: 0 });
    expect((await sessions.getSession('open-1'))?.syncState).toBe('open');
    expect((await sessions.getSession(sent as string))?.syncState).toBe('synced');
    expect(await box.listDeadLetters()).toEqual([]);
  });

  it('leaves nothing half-marked when the transaction fails mid-way', async () => {
    const ids = await seedEndedVisits(kiosk.repository(), 3);
    const db = kiosk.db();
    // The dead-letter write fails after both visits were marked synced inside the transaction.
    const put = vi.spyOn(db.deadLetters, 'put').mockRejectedValueOnce(new Error('disk full'));
    await expect(
      outbox().acknowledge(
        [ids[0] as string, ids[1] as string],
        [{ id: ids[2] as string, reason: 'conflict' }],
      ),
    ).rejects.toThrow('disk full');
    put.mockRestore();
    const states = await Promise.all(ids.map((id) => db.sessions.get(id)));
    expect(states.map((visit) => visit?.syncState)).toEqual(['pending', 'pending', 'pending']);
    expect(await db.deadLetters.count()).toBe(0);
  });

  it('sends a refused visit again only on an administrator action: back to pending, letter removed', async () => {
    const [id] = await seedEndedVisits(kiosk.repository(), 1);
    const box = outbox();
    await box.markRejected([{ id: id as string, reason: 'wrong-kiosk' }]);
    // A refused visit is not sent again by itself.
    expect((await box.nextBatch({ kioskId: 'k' })).ids).toEqual([]);

    expect(await box.resendDeadLetter(id as string)).toBe(true);
    expect(await box.listDeadLetters()).toEqual([]);
    expect((await box.nextBatch({ kioskId: 'k' })).ids).toEqual([id]);
    expect(await box.resendDeadLetter(id as string)).toBe(false);
  });
});

describe('outbox: purge of sent visits', () => {
  it('deletes only synced visits that started before the cut, with their events', async () => {
    const sessions = kiosk.repository();
    const ids = await seedEndedVisits(sessions, 4, { from: 1_000_000 });
    const box = outbox();
    await box.markSent([ids[0] as string, ids[3] as string]);
    await box.markRejected([{ id: ids[1] as string, reason: 'conflict' }]);
    await sessions.startSession({
      id: 'open-1',
      kioskId: 'k',
      lang: 'ar',
      mode: 'self',
      startedAt: 10,
    });

    // Cut after the third visit's start: visit 1 (synced) goes; 2 (rejected), 3 (pending),
    // 4 (synced but younger) and the open one stay.
    expect(await box.purgeSentBefore(1_000_000 + 2 * 60_000 + 1)).toBe(1);
    expect(await sessions.getSession(ids[0] as string)).toBeUndefined();
    expect(await sessions.listEvents(ids[0] as string)).toEqual([]);
    for (const id of [ids[1], ids[2], ids[3], 'open-1']) {
      expect(await sessions.getSession(id as string)).toBeDefined();
    }
    expect(await sessions.listEvents(ids[3] as string)).toHaveLength(2);
  });
});
