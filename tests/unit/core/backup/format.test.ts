/** The backup file's strict check: what passes, what is refused, and why. */
import { describe, expect, it } from 'vitest';
import { validateBackup, type BackupFile } from '../../../../core/backup/format';
import { dayBackup, events, tickets, visits } from '../../../fixtures/report/day';

const good: BackupFile = {
  format: 'rukn-backup',
  schemaVersion: 3,
  exportedAt: 1_000,
  kioskId: 'kiosk-test',
  visits,
  events: events.filter((event) => event.sessionId !== 'unknown'),
  tickets,
  auditLog: [{ seq: 1, at: 5, action: 'sign-in', staffId: 'staff-1' }],
  settings: [
    { key: 'kioskId', value: 'kiosk-test' },
    { key: 'officeName', value: { ar: 'مكتب', en: 'Office' } },
  ],
};

/** The code and message of a refused value. */
function refusal(value: unknown): { code: string; message: string } | undefined {
  const result = validateBackup(value);
  return result.ok ? undefined : result.error;
}

describe('backup validation', () => {
  it('accepts a well-formed file, as parsed from JSON', () => {
    const parsed: unknown = JSON.parse(JSON.stringify(good));
    expect(validateBackup(parsed)).toEqual({ ok: true, value: good });
  });

  it("takes the report fixture's day as a backup", () => {
    expect(validateBackup(JSON.parse(JSON.stringify(dayBackup))).ok).toBe(true);
  });

  it('refuses a newer schema as such', () => {
    expect(refusal({ ...good, schemaVersion: 4 })?.code).toBe('newer-schema');
    expect(refusal({ ...good, schemaVersion: 2 })?.code).toBe('invalid');
    expect(refusal({ ...good, schemaVersion: '3' })?.code).toBe('invalid');
  });

  it('refuses what is not a backup', () => {
    for (const value of [null, 'text', [], { ...good, format: 'other' }]) {
      expect(refusal(value)?.code).toBe('invalid');
    }
  });

  it('refuses a file with a wrong field, and says where', () => {
    const first = good.visits[0];
    const cases: [unknown, string][] = [
      [{ ...good, extra: 1 }, 'unexpected top-level key'],
      [{ ...good, visits: [{ ...first, lang: 'fr' }] }, 'visits[0]: lang'],
      [{ ...good, visits: [{ ...first, startedAt: -1 }] }, 'visits[0]: startedAt'],
      [{ ...good, visits: [{ ...first, password: 'x' }] }, 'visits[0]: unexpected shape'],
      [{ ...good, visits: [{ ...first, syncState: 'open' }] }, 'visits[0]: end does not match'],
      [{ ...good, visits: [first, first] }, 'visits: duplicate id'],
      [{ ...good, events: [{ ...good.events[0], type: 'keylog' }] }, 'events[0]: type'],
      [{ ...good, events: [{ ...good.events[0], id: 'V1:x' }] }, 'events[0]: id'],
      [{ ...good, events: [{ ...good.events[0], id: 'V2:0' }] }, 'events[0]: id'],
      [{ ...good, events: [{ ...good.events[0], payload: 'x' }] }, 'events[0]: payload'],
      [{ ...good, events: [good.events[0], good.events[0]] }, 'events: duplicate id'],
      [{ ...good, tickets: [{ ...good.tickets[0], purgeAfter: 9 }] }, 'tickets[0]: unexpected'],
      [{ ...good, tickets: [{ ...good.tickets[0], number: 0 }] }, 'tickets[0]: number'],
      [{ ...good, tickets: [{ ...good.tickets[0], day: '2026-02-30' }] }, 'tickets[0]: day'],
      [
        { ...good, tickets: [good.tickets[0], { ...good.tickets[0], id: 'T1b' }] },
        'tickets: duplicate day and number',
      ],
      [{ ...good, auditLog: [{ at: 1, action: 'hacked' }] }, 'auditLog[0]: action'],
      [{ ...good, settings: [{ key: 'a', value: undefined }] }, 'settings[0]: value'],
      [{ ...good, settings: {} }, 'settings: expected a list'],
    ];
    for (const [value, where] of cases) {
      const problem = refusal(value);
      expect(problem?.code, where).toBe('invalid');
      expect(problem?.message, where).toContain(where);
    }
  });
});
