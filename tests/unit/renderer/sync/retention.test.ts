import { describe, expect, it, vi } from 'vitest';
import { createOutboxRepository } from '../../../../renderer/db/outboxRepository';
import { purgeSentVisits } from '../../../../renderer/sync/retention';
import { setupTestDatabase } from '../support/testDatabase';
import { seedEndedVisits } from './seedVisits';

const kiosk = setupTestDatabase();
const day = 24 * 60 * 60 * 1000;

describe('retention of sent visits', () => {
  it('removes only sent visits older than the setting, and logs how many', async () => {
    const now = 100 * day;
    const sessions = kiosk.repository();
    // Started 40, 40 and 40 days ago (one a minute apart), then one 10 days ago.
    const old = await seedEndedVisits(sessions, 3, { from: now - 40 * day });
    const [recent] = await seedEndedVisits(sessions, 1, { from: now - 10 * day, first: 10 });
    const outbox = createOutboxRepository({ db: kiosk.db() });
    await outbox.markSent([old[0] as string, recent as string]);
    await outbox.markRejected([{ id: old[1] as string, reason: 'conflict' }]);
    const audit = { record: vi.fn(async () => undefined) };

    const removed = await purgeSentVisits({
      outbox,
      retentionDays: () => 30,
      audit,
      now: () => now,
    });

    expect(removed).toBe(1);
    const left = (await kiosk.db().sessions.toArray()).map((visit) => visit.id).sort();
    // The refused and the unsent old visits stay, and so does the recent sent one.
    expect(left).toEqual([old[1], old[2], recent].sort());
    expect(audit.record).toHaveBeenCalledWith('sent-visits-purged', { detail: '1' });

    // A longer setting keeps everything; nothing removed is not logged.
    audit.record.mockClear();
    expect(await purgeSentVisits({ outbox, retentionDays: () => 5, audit, now: () => now })).toBe(
      1,
    );
    expect(await purgeSentVisits({ outbox, retentionDays: () => 5, audit, now: () => now })).toBe(
      0,
    );
    expect(audit.record).toHaveBeenCalledTimes(1);
  });
});
