import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as pin from '../../../core/staff/pin';
import type { StaffAccount } from '../../../core/staff/types';
import { createAuditLog } from '../../../renderer/db/auditRepository';
import { openDatabase, type RuknDatabase } from '../../../renderer/db/database';
import { createStaffRepository } from '../../../renderer/db/staffRepository';

// The real PIN check, watched: a locked account's attempts must never reach it.
vi.mock('../../../core/staff/pin', async (importOriginal) => {
  const original = await importOriginal<typeof pin>();
  return { ...original, verifyPin: vi.fn(original.verifyPin) };
});

let db: RuknDatabase;
let clock = 1_000_000;

beforeEach(() => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
  clock = 1_000_000;
});

afterEach(async () => {
  db.close();
  await db.delete();
});

/** A repository with few PBKDF2 iterations, so the tests run fast; one test checks the default. */
function kiosk(options: { readonly iterations?: number } = { iterations: 1_000 }) {
  const audit = createAuditLog({ db, now: () => clock });
  const staff = createStaffRepository({ db, audit, now: () => clock, ...options });
  return { staff, audit };
}

function valueOf<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.value;
}

function codeOf(result: { ok: boolean; error?: { code: string } }): string | null {
  return result.ok ? null : (result.error?.code ?? null);
}

/** The audit log oldest first, as [action, staffId, detail]. */
async function auditTrail(audit: ReturnType<typeof createAuditLog>) {
  return (await audit.list(1_000))
    .reverse()
    .map((entry) => [entry.action, entry.staffId, entry.detail]);
}

/** An office with an admin (PIN 4821) and a staff member (PIN 7395). */
async function office() {
  const { staff, audit } = kiosk();
  const admin = valueOf(await staff.createAdmin('مدير المكتب', '4821'));
  clock += 1_000;
  const sara = valueOf(await staff.addStaff(admin.id, 'Sara', '7395', 'staff'));
  clock += 1_000;
  return { staff, audit, admin, sara };
}

describe('staff repository: the first admin', () => {
  it('hashes with at least 600,000 iterations unless a test lowers the count', async () => {
    const { staff } = kiosk({});
    const admin = valueOf(await staff.createAdmin('Admin', '4821'));
    expect(pin.pinIterations).toBeGreaterThanOrEqual(600_000);
    expect(admin.pin.iterations).toBe(pin.pinIterations);
    expect((await db.staff.get(admin.id))?.pin.iterations).toBeGreaterThanOrEqual(600_000);
    expect(codeOf(await staff.signIn(admin.id, '4821'))).toBeNull();
  });

  it('creates the admin once, stores no PIN, and records it in the audit log', async () => {
    const { staff, audit } = kiosk();
    expect(await staff.hasAdmin()).toBe(false);
    const admin = valueOf(await staff.createAdmin('  مدير   المكتب ', '4821'));
    expect(admin).toMatchObject({
      displayName: 'مدير المكتب',
      role: 'admin',
      isDisabled: false,
      failedAttempts: 0,
      lockouts: 0,
      createdAt: clock,
    });
    expect(await staff.hasAdmin()).toBe(true);
    expect(JSON.stringify(await db.staff.toArray())).not.toContain('4821');
    expect(codeOf(await staff.createAdmin('Another', '5937'))).toBe('exists');
    expect(await staff.list()).toHaveLength(1);
    expect(await auditTrail(audit)).toEqual([['admin-created', admin.id, undefined]]);
  });

  it('refuses a weak or malformed PIN and an empty or overlong name', async () => {
    const { staff, audit } = kiosk();
    for (const pin of ['0000', '1234', '٩٨٧٦', '482', '4821x', '123456789']) {
      expect(codeOf(await staff.createAdmin('Admin', pin)), pin).toBe('invalid-pin');
    }
    for (const name of ['', '   ', 'ع'.repeat(41), 'Ali\u202E']) {
      expect(codeOf(await staff.createAdmin(name, '4821')), name).toBe('invalid-name');
    }
    expect(await staff.hasAdmin()).toBe(false);
    expect(await audit.list()).toEqual([]);
  });

  it('lets only one of two simultaneous first-run setups create an admin', async () => {
    const { staff } = kiosk();
    const results = await Promise.all([
      staff.createAdmin('First', '4821'),
      staff.createAdmin('Second', '5937'),
    ]);
    expect(results.map(codeOf).sort()).toEqual(['exists', null].sort());
    expect(await db.staff.count()).toBe(1);
  });
});

describe('staff repository: signing in', () => {
  it('signs in with the right PIN, in any digit set, and records each sign-in', async () => {
    const { staff, audit, sara } = await office();
    expect(valueOf(await staff.signIn(sara.id, '7395')).id).toBe(sara.id);
    expect(codeOf(await staff.signIn(sara.id, '٧٣٩٥'))).toBeNull();
    expect((await auditTrail(audit)).slice(-2)).toEqual([
      ['sign-in', sara.id, undefined],
      ['sign-in', sara.id, undefined],
    ]);
  });

  it('refuses a wrong PIN, naming the account in the audit log but never the PIN', async () => {
    const { staff, audit, sara } = await office();
    expect(codeOf(await staff.signIn(sara.id, '9513'))).toBe('wrong-pin');
    expect((await db.staff.get(sara.id))?.failedAttempts).toBe(1);
    expect((await auditTrail(audit)).at(-1)).toEqual(['sign-in-failed', sara.id, undefined]);
    expect(JSON.stringify(await audit.list(1_000))).not.toContain('9513');
    expect(JSON.stringify(await db.staff.toArray())).not.toContain('9513');
  });

  it('refuses unknown and disabled accounts without checking the PIN', async () => {
    const { staff, admin, sara } = await office();
    expect(codeOf(await staff.signIn('no-such-id', '7395'))).toBe('unknown');
    valueOf(await staff.setDisabled(admin.id, sara.id, true));
    vi.mocked(pin.verifyPin).mockClear();
    expect(codeOf(await staff.signIn(sara.id, '7395'))).toBe('disabled');
    expect(pin.verifyPin).not.toHaveBeenCalled();
    expect((await db.staff.get(sara.id))?.failedAttempts).toBe(0);
  });

  it('locks for 30 seconds on the fifth wrong PIN, telling until when', async () => {
    const { staff, audit, sara } = await office();
    for (let i = 0; i < 4; i++) {
      expect(codeOf(await staff.signIn(sara.id, '1111'))).toBe('wrong-pin');
    }
    const fifth = await staff.signIn(sara.id, '1111');
    expect(fifth).toMatchObject({
      ok: false,
      error: { code: 'locked', lockedUntil: clock + 30_000 },
    });
    expect((await auditTrail(audit)).slice(-2)).toEqual([
      ['sign-in-failed', sara.id, undefined],
      ['account-locked', sara.id, '30s'],
    ]);
  });

  it('refuses even the right PIN during a lock, and counts nothing until it ends', async () => {
    const { staff, audit, sara } = await office();
    for (let i = 0; i < 5; i++) await staff.signIn(sara.id, '1111');
    const locked = await db.staff.get(sara.id);
    const entries = (await audit.list(1_000)).length;
    clock += 29_999;
    vi.mocked(pin.verifyPin).mockClear();
    for (const typed of ['7395', '1111', '2222']) {
      const result = await staff.signIn(sara.id, typed);
      expect(result).toMatchObject({ error: { code: 'locked', lockedUntil: clock + 1 } });
    }
    expect(pin.verifyPin).not.toHaveBeenCalled();
    expect(await db.staff.get(sara.id)).toEqual(locked);
    expect(await audit.list(1_000)).toHaveLength(entries);
    clock += 1;
    expect(valueOf(await staff.signIn(sara.id, '7395'))).toMatchObject({
      failedAttempts: 0,
      lockouts: 0,
    });
    expect((await db.staff.get(sara.id))?.lockedUntil).toBeUndefined();
  });

  it('doubles the next lock after five more wrong PINs, and a right PIN starts over', async () => {
    const { staff, sara } = await office();
    const fiveWrong = async () => {
      let last = await staff.signIn(sara.id, '1111');
      for (let i = 0; i < 4; i++) last = await staff.signIn(sara.id, '1111');
      return last;
    };
    expect(await fiveWrong()).toMatchObject({ error: { lockedUntil: clock + 30_000 } });
    clock += 30_000;
    expect(await fiveWrong()).toMatchObject({ error: { lockedUntil: clock + 60_000 } });
    clock += 60_000;
    expect(await fiveWrong()).toMatchObject({ error: { lockedUntil: clock + 120_000 } });
    clock += 120_000;
    valueOf(await staff.signIn(sara.id, '7395'));
    expect(await fiveWrong()).toMatchObject({ error: { lockedUntil: clock + 30_000 } });
  });

  it('counts every one of five simultaneous wrong PINs', async () => {
    const { staff, sara } = await office();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => staff.signIn(sara.id, '1111')),
    );
    expect(results.map(codeOf).sort()).toEqual([
      'locked',
      'wrong-pin',
      'wrong-pin',
      'wrong-pin',
      'wrong-pin',
    ]);
    expect(await db.staff.get(sara.id)).toMatchObject({ lockouts: 1, lockedUntil: clock + 30_000 });
  });
});

describe('staff repository: an admin manages accounts', () => {
  it('adds staff with unique names, recording who added whom', async () => {
    const { staff, audit, admin, sara } = await office();
    expect(sara).toMatchObject({ displayName: 'Sara', role: 'staff', isDisabled: false });
    for (const name of ['sara', ' SARA ', 'مدير  المكتب']) {
      expect(codeOf(await staff.addStaff(admin.id, name, '5937', 'staff')), name).toBe(
        'name-taken',
      );
    }
    expect(codeOf(await staff.addStaff(admin.id, 'Noura', '1111', 'staff'))).toBe('invalid-pin');
    expect(codeOf(await staff.addStaff(admin.id, '', '5937', 'staff'))).toBe('invalid-name');
    const second = valueOf(await staff.addStaff(admin.id, 'Noura', '5937', 'admin'));
    expect(second.role).toBe('admin');
    expect((await staff.list()).map((account) => account.displayName)).toEqual([
      'مدير المكتب',
      'Sara',
      'Noura',
    ]);
    expect(await auditTrail(audit)).toEqual([
      ['admin-created', admin.id, undefined],
      ['staff-added', admin.id, sara.id],
      ['staff-added', admin.id, second.id],
    ]);
  });

  it('lets only an enabled admin add, disable, enable or reset, whatever the screen allowed', async () => {
    const { staff, admin, sara } = await office();
    const noura = valueOf(await staff.addStaff(admin.id, 'Noura', '5937', 'admin'));
    valueOf(await staff.setDisabled(admin.id, noura.id, true));
    for (const byId of [sara.id, noura.id, 'no-such-id']) {
      expect(codeOf(await staff.addStaff(byId, 'Huda', '5937', 'admin')), byId).toBe('not-allowed');
      expect(codeOf(await staff.setDisabled(byId, admin.id, true)), byId).toBe('not-allowed');
      expect(codeOf(await staff.setDisabled(byId, noura.id, false)), byId).toBe('not-allowed');
      expect(codeOf(await staff.resetPin(byId, admin.id, '5937')), byId).toBe('not-allowed');
    }
    expect((await staff.list()).map((a) => [a.displayName, a.isDisabled])).toEqual([
      ['مدير المكتب', false],
      ['Sara', false],
      ['Noura', true],
    ]);
    expect(codeOf(await staff.signIn(admin.id, '4821'))).toBeNull();
  });

  it('disables and enables an account, recording each change', async () => {
    const { staff, audit, admin, sara } = await office();
    expect(valueOf(await staff.setDisabled(admin.id, sara.id, true)).isDisabled).toBe(true);
    expect(valueOf(await staff.setDisabled(admin.id, sara.id, false)).isDisabled).toBe(false);
    expect(codeOf(await staff.setDisabled(admin.id, 'no-such-id', true))).toBe('unknown');
    expect((await auditTrail(audit)).slice(-2)).toEqual([
      ['staff-disabled', admin.id, sara.id],
      ['staff-enabled', admin.id, sara.id],
    ]);
  });

  it('keeps the last enabled admin enabled, even against themself', async () => {
    const { staff, admin } = await office();
    expect(codeOf(await staff.setDisabled(admin.id, admin.id, true))).toBe('last-admin');
    const noura = valueOf(await staff.addStaff(admin.id, 'Noura', '5937', 'admin'));
    valueOf(await staff.setDisabled(admin.id, admin.id, true));
    expect(codeOf(await staff.setDisabled(noura.id, noura.id, true))).toBe('last-admin');
    valueOf(await staff.setDisabled(noura.id, admin.id, false));
    valueOf(await staff.setDisabled(admin.id, noura.id, true));
    const enabledAdmins = (await staff.list()).filter((a) => a.role === 'admin' && !a.isDisabled);
    expect(enabledAdmins.map((a: StaffAccount) => a.id)).toEqual([admin.id]);
  });

  it('resets a PIN: the new one works, the old one not, and any lock is lifted', async () => {
    const { staff, audit, admin, sara } = await office();
    for (let i = 0; i < 5; i++) await staff.signIn(sara.id, '1111');
    expect(codeOf(await staff.resetPin(admin.id, sara.id, '1111'))).toBe('invalid-pin');
    expect(codeOf(await staff.resetPin(admin.id, 'no-such-id', '5937'))).toBe('unknown');
    const reset = valueOf(await staff.resetPin(admin.id, sara.id, '5937'));
    expect(reset).toMatchObject({ failedAttempts: 0, lockouts: 0 });
    expect(reset.lockedUntil).toBeUndefined();
    expect(codeOf(await staff.signIn(sara.id, '7395'))).toBe('wrong-pin');
    expect(codeOf(await staff.signIn(sara.id, '5937'))).toBeNull();
    expect(JSON.stringify(await audit.list(1_000))).not.toMatch(/5937|7395/);
    expect(await auditTrail(audit)).toContainEqual(['pin-reset', admin.id, sara.id]);
  });
});
