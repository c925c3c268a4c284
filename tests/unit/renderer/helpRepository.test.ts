import { describe, expect, it } from 'vitest';
// First: it installs the fake IndexedDB that Dexie looks for when it loads.
import { setupTestDatabase } from './support/testDatabase';
import type { AuditAction } from '../../../core/staff/types';
import { createHelpRepository, type HelpRepositoryDeps } from '../../../renderer/db/helpRepository';

const kiosk = setupTestDatabase();

const dayMs = 24 * 60 * 60 * 1000;
/** 09:00 in Riyadh on 1 March 2026. */
const morning = Date.UTC(2026, 2, 1, 6, 0);

type AuditCall = { action: AuditAction; staffId?: string; detail?: string };

function newKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** A help repository on the test database with a clock, a key and an audit log the test reads. */
function helpDesk(overrides: Partial<HelpRepositoryDeps> = {}) {
  let clock = morning;
  const audit: AuditCall[] = [];
  const keyPromise = newKey();
  const repository = createHelpRepository({
    db: kiosk.db(),
    now: () => clock,
    key: () => keyPromise,
    audit: {
      record: async (action, options) => {
        audit.push({ action, ...options });
      },
    },
    ...overrides,
  });
  return {
    repository,
    audit,
    setClock: (ms: number) => {
      clock = ms;
    },
  };
}

const callback = { name: '  نورة   الحربي ', mobile: '٠٥٥ ١٢٣ ٤٥٦٧' };

describe('help repository: numbers', () => {
  it('numbers the day from 1 and restarts on a new Saudi day (23:59 vs 00:01 in Riyadh)', async () => {
    const { repository, setClock } = helpDesk();
    setClock(Date.UTC(2026, 2, 1, 20, 58)); // 23:58 in Riyadh, 1 March
    const first = await repository.takeTicket({ lang: 'ar', retentionDays: 30 });
    setClock(Date.UTC(2026, 2, 1, 20, 59)); // 23:59
    const second = await repository.takeTicket({ lang: 'en', retentionDays: 30 });
    setClock(Date.UTC(2026, 2, 1, 21, 1)); // 00:01 in Riyadh, 2 March (still 1 March in UTC)
    const nextDay = await repository.takeTicket({ lang: 'ar', retentionDays: 30 });
    setClock(Date.UTC(2026, 2, 1, 21, 2));
    const nextDaySecond = await repository.takeTicket({ lang: 'ar', retentionDays: 30 });

    expect([first.day, first.number]).toEqual(['2026-03-01', 1]);
    expect([second.day, second.number]).toEqual(['2026-03-01', 2]);
    expect([nextDay.day, nextDay.number]).toEqual(['2026-03-02', 1]);
    expect([nextDaySecond.day, nextDaySecond.number]).toEqual(['2026-03-02', 2]);
  });

  it('follows the offset it is given', async () => {
    const { repository, setClock } = helpDesk({ utcOffsetMinutes: 0 });
    setClock(Date.UTC(2026, 2, 1, 21, 1));
    expect((await repository.takeTicket({ lang: 'ar', retentionDays: 30 })).day).toBe('2026-03-01');
  });

  it('never gives two concurrent tickets the same number', async () => {
    const { repository } = helpDesk();
    const tickets = await Promise.all(
      Array.from({ length: 24 }, (_, index) =>
        repository.takeTicket({
          lang: index % 2 === 0 ? 'ar' : 'en',
          retentionDays: 30,
          ...(index % 3 === 0 ? { callback } : {}),
        }),
      ),
    );
    const numbers = tickets.map((ticket) => ticket.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 24 }, (_, index) => index + 1));
    const stored = await kiosk.db().helpTickets.toArray();
    expect(new Set(stored.map((ticket) => ticket.number)).size).toBe(24);
  });

  it('keeps counting after earlier tickets were closed', async () => {
    const { repository } = helpDesk();
    const first = await repository.takeTicket({ lang: 'ar', retentionDays: 30 });
    await repository.close(first.id, 'served', 'staff-1');
    expect((await repository.takeTicket({ lang: 'ar', retentionDays: 30 })).number).toBe(2);
  });

  it('stores a ticket without a callback with no callback fields and no purge date', async () => {
    const { repository } = helpDesk();
    const ticket = await repository.takeTicket({
      lang: 'en',
      sessionId: 'visit-7',
      retentionDays: 30,
    });
    expect(await kiosk.db().helpTickets.get(ticket.id)).toEqual({
      id: ticket.id,
      day: '2026-03-01',
      number: 1,
      createdAt: morning,
      status: 'waiting',
      lang: 'en',
      sessionId: 'visit-7',
      hasCallback: false,
    });
  });
});

describe('help repository: callback details', () => {
  it('stores no plaintext name or number: the raw rows hold neither', async () => {
    const { repository } = helpDesk();
    const details = { name: 'Zubairqwx Alharbi', mobile: '+966 55 987 6543' };
    await repository.takeTicket({ lang: 'en', retentionDays: 30, callback: details });
    const other = await repository.takeTicket({ lang: 'ar', retentionDays: 30 });
    await repository.addCallback(other.id, { name: 'نورة القحطانية', mobile: '۰۵۰۱۱۱۲۲۳۳' }, 30);

    const raw = JSON.stringify(await kiosk.db().helpTickets.toArray());
    for (const secret of [
      'Zubairqwx',
      'Alharbi',
      '0559876543',
      '559876543',
      '9876543',
      '966 55 987',
      'نورة',
      'القحطانية',
      '0501112233',
      '501112233',
      '۰۵۰۱۱۱۲۲۳۳',
    ]) {
      expect(raw).not.toContain(secret);
    }
    expect(raw).toContain('"alg":"AES-GCM"');
  });

  it('opens what it sealed, normalised: trimmed name, 05XXXXXXXX', async () => {
    const { repository } = helpDesk();
    const ticket = await repository.takeTicket({ lang: 'ar', retentionDays: 30, callback });
    expect(ticket.hasCallback).toBe(true);
    expect(ticket.purgeAfter).toBe(morning + 30 * dayMs);
    expect(await repository.readCallback(ticket.id, 'staff-1')).toEqual({
      name: 'نورة الحربي',
      mobile: '0551234567',
    });
  });

  it('audits who read the details, naming the ticket by day and number only', async () => {
    const { repository, audit } = helpDesk();
    const ticket = await repository.takeTicket({ lang: 'ar', retentionDays: 30, callback });
    await repository.readCallback(ticket.id, 'staff-9');
    expect(audit).toEqual([
      { action: 'callback-viewed', staffId: 'staff-9', detail: '2026-03-01 #1' },
    ]);
  });

  it('answers undefined for a ticket without details, and for an unknown one', async () => {
    const { repository, audit } = helpDesk();
    const ticket = await repository.takeTicket({ lang: 'ar', retentionDays: 30 });
    expect(await repository.readCallback(ticket.id)).toBeUndefined();
    expect(await repository.readCallback('no-such-ticket')).toBeUndefined();
    expect(audit).toEqual([]);
  });

  it('refuses a sealed box copied onto another ticket', async () => {
    const { repository } = helpDesk();
    const sealed = await repository.takeTicket({ lang: 'ar', retentionDays: 30, callback });
    const plain = await repository.takeTicket({ lang: 'ar', retentionDays: 30 });
    await kiosk.db().helpTickets.update(plain.id, { callback: sealed.callback, hasCallback: true });
    await expect(repository.readCallback(plain.id)).rejects.toThrow();
  });

  it('cannot open details with another key', async () => {
    const { repository } = helpDesk();
    const ticket = await repository.takeTicket({ lang: 'ar', retentionDays: 30, callback });
    const otherKey = newKey();
    const elsewhere = createHelpRepository({ db: kiosk.db(), key: () => otherKey });
    await expect(elsewhere.readCallback(ticket.id)).rejects.toThrow();
  });

  it('refuses invalid details and stores nothing', async () => {
    const { repository } = helpDesk();
    await expect(
      repository.takeTicket({
        lang: 'ar',
        retentionDays: 30,
        callback: { name: 'نورة', mobile: '0138001234' },
      }),
    ).rejects.toThrow(RangeError);
    await expect(
      repository.takeTicket({
        lang: 'ar',
        retentionDays: 30,
        callback: { name: 'Sara 2', mobile: '0551234567' },
      }),
    ).rejects.toThrow(/not valid/);
    await expect(repository.takeTicket({ lang: 'ar', retentionDays: 0, callback })).rejects.toThrow(
      RangeError,
    );
    expect(await kiosk.db().helpTickets.count()).toBe(0);
  });

  it('adds a callback to a waiting ticket, kept from the ticket creation', async () => {
    const { repository, setClock } = helpDesk();
    const ticket = await repository.takeTicket({ lang: 'ar', retentionDays: 30 });
    setClock(morning + 5 * 60_000);
    const added = await repository.addCallback(ticket.id, callback, 7);
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.value).toMatchObject({ id: ticket.id, number: 1, hasCallback: true });
    expect(added.value.purgeAfter).toBe(morning + 7 * dayMs);
    expect(await repository.readCallback(ticket.id)).toEqual({
      name: 'نورة الحربي',
      mobile: '0551234567',
    });
  });

  it('does not add a callback to a closed or unknown ticket', async () => {
    const { repository } = helpDesk();
    const ticket = await repository.takeTicket({ lang: 'ar', retentionDays: 30 });
    await repository.close(ticket.id, 'served', 'staff-1');
    const closed = await repository.addCallback(ticket.id, callback, 30);
    expect(closed.ok ? undefined : closed.error.code).toBe('closed');
    const unknown = await repository.addCallback('nope', callback, 30);
    expect(unknown.ok ? undefined : unknown.error.code).toBe('unknown-ticket');
    expect((await kiosk.db().helpTickets.get(ticket.id))?.hasCallback).toBe(false);
  });
});

describe('help repository: retention', () => {
  it('purges details once their retention has passed, and not a moment before', async () => {
    const { repository, audit, setClock } = helpDesk();
    const kept = await repository.takeTicket({ lang: 'ar', retentionDays: 30, callback });
    setClock(morning + dayMs);
    const later = await repository.takeTicket({ lang: 'en', retentionDays: 30, callback });
    const none = await repository.takeTicket({ lang: 'en', retentionDays: 30 });

    setClock(morning + 30 * dayMs - 1);
    expect(await repository.purgeExpiredCallbacks()).toBe(0);
    expect(await repository.readCallback(kept.id)).toBeDefined();
    expect(audit.filter((entry) => entry.action === 'callbacks-purged')).toEqual([]);

    setClock(morning + 30 * dayMs);
    expect(await repository.purgeExpiredCallbacks()).toBe(1);
    const purged = await kiosk.db().helpTickets.get(kept.id);
    expect(purged).toBeDefined();
    expect(purged && 'callback' in purged).toBe(false);
    expect(purged && 'purgeAfter' in purged).toBe(false);
    expect(purged?.hasCallback).toBe(true);
    expect(await repository.readCallback(kept.id)).toBeUndefined();
    expect(await repository.readCallback(later.id)).toBeDefined();
    expect(audit.filter((entry) => entry.action === 'callbacks-purged')).toEqual([
      { action: 'callbacks-purged', detail: '1' },
    ]);

    expect(await repository.purgeExpiredCallbacks()).toBe(0);
    setClock(morning + 45 * dayMs);
    expect(await repository.purgeExpiredCallbacks()).toBe(1);
    expect(await kiosk.db().helpTickets.get(none.id)).toMatchObject({ hasCallback: false });
    expect(await kiosk.db().helpTickets.where('purgeAfter').above(0).count()).toBe(0);
  });

  it('purges closed tickets too, and without an audit log', async () => {
    const { repository, setClock } = helpDesk({ audit: undefined });
    const ticket = await repository.takeTicket({ lang: 'ar', retentionDays: 1, callback });
    await repository.close(ticket.id, 'called-back', 'staff-2');
    setClock(morning + dayMs);
    expect(await repository.purgeExpiredCallbacks()).toBe(1);
    expect(await kiosk.db().helpTickets.get(ticket.id)).toMatchObject({
      status: 'called-back',
      hasCallback: true,
    });
  });
});

describe('help repository: the queue', () => {
  it('closes a waiting ticket as served, no-show or called back, once', async () => {
    const { repository, setClock } = helpDesk();
    const [a, b, c] = [
      await repository.takeTicket({ lang: 'ar', retentionDays: 30 }),
      await repository.takeTicket({ lang: 'ar', retentionDays: 30 }),
      await repository.takeTicket({ lang: 'ar', retentionDays: 30, callback }),
    ];
    if (!a || !b || !c) throw new Error('tickets missing');
    setClock(morning + 10 * 60_000);
    const served = await repository.close(a.id, 'served', 'staff-1');
    expect(served).toEqual({
      ok: true,
      value: { ...a, status: 'served', closedAt: morning + 10 * 60_000, closedBy: 'staff-1' },
    });
    await repository.close(b.id, 'no-show', 'staff-2');
    await repository.close(c.id, 'called-back', 'staff-1');
    const stored = await kiosk.db().helpTickets.bulkGet([a.id, b.id, c.id]);
    expect(stored.map((ticket) => ticket?.status)).toEqual(['served', 'no-show', 'called-back']);

    const again = await repository.close(a.id, 'no-show', 'staff-3');
    expect(again.ok ? undefined : again.error.code).toBe('closed');
    expect((await kiosk.db().helpTickets.get(a.id))?.closedBy).toBe('staff-1');
    const unknown = await repository.close('nope', 'served', 'staff-1');
    expect(unknown.ok ? undefined : unknown.error.code).toBe('unknown-ticket');
  });

  it('lists waiting tickets of every day, longest waiting first', async () => {
    const { repository, setClock } = helpDesk();
    setClock(morning - dayMs);
    const yesterday = await repository.takeTicket({ lang: 'ar', retentionDays: 30 });
    setClock(morning);
    const first = await repository.takeTicket({ lang: 'ar', retentionDays: 30 });
    setClock(morning + 60_000);
    const second = await repository.takeTicket({ lang: 'en', retentionDays: 30 });
    setClock(morning + 120_000);
    const third = await repository.takeTicket({ lang: 'ar', retentionDays: 30 });
    await repository.close(second.id, 'served', 'staff-1');
    expect((await repository.listWaiting()).map((ticket) => ticket.id)).toEqual([
      yesterday.id,
      first.id,
      third.id,
    ]);
  });

  it('lists tickets taken from one time up to, not including, another', async () => {
    const { repository, setClock } = helpDesk();
    const times = [morning, morning + 1000, morning + 2000, morning + 3000];
    const tickets = [];
    for (const at of times) {
      setClock(at);
      tickets.push(await repository.takeTicket({ lang: 'ar', retentionDays: 30 }));
    }
    const between = await repository.listBetween(morning + 1000, morning + 3000);
    expect(between.map((ticket) => ticket.number)).toEqual([2, 3]);
    expect(await repository.listBetween(morning + 3000, morning)).toEqual([]);
  });
});
