/**
 * Staff accounts. Policy: the first account is an admin, created only while no admin exists; only
 * an enabled admin may add, disable, enable or reset the PIN of an account (checked here, not just
 * on screen); the last enabled admin cannot be disabled; PINs are stored only as PBKDF2 hashes
 * (core/staff/pin.ts) and sign-in follows the lockout policy (core/staff/lockout.ts); every
 * sign-in, failed PIN, lock and account change writes an audit entry in the same transaction,
 * naming accounts by id and never holding a PIN.
 *
 * PINs are hashed and verified outside Dexie transactions (WebCrypto promises would end them);
 * each write then re-reads the row inside its transaction, so two attempts at once both count.
 */
import { type Err, type Ok, type Result, err, ok } from '../../core/result';
import {
  type LockoutState,
  afterFailure,
  afterSuccess,
  initialLockoutState,
  isLocked,
} from '../../core/staff/lockout';
import { cleanDisplayName, displayNameKey } from '../../core/staff/names';
import { hashPin, isAcceptableNewPin, pinIterations, verifyPin } from '../../core/staff/pin';
import type { PinHash, StaffAccount, StaffRole } from '../../core/staff/types';
import type { AuditLog } from './auditRepository';
import type { RuknDatabase } from './database';

/** Why creating the first admin failed. */
export type CreateAdminError = 'exists' | 'invalid-name' | 'invalid-pin';

/** Why an admin's change to an account failed. `not-allowed`: `byId` is not an enabled admin. */
export type AddStaffError = 'not-allowed' | 'invalid-name' | 'name-taken' | 'invalid-pin';
export type SetDisabledError = 'not-allowed' | 'unknown' | 'last-admin';
export type ResetPinError = 'not-allowed' | 'unknown' | 'invalid-pin';

/** Sign-in refused while the account is locked: `lockedUntil` says until when (epoch ms). */
export type LockedError = {
  readonly ok: false;
  readonly error: {
    readonly code: 'locked';
    readonly message: string;
    readonly lockedUntil: number;
  };
};

/**
 * What `signIn` answers: the account, or why not. `wrong-pin` for a wrong PIN that did not lock;
 * `locked` (with `lockedUntil`) both for the wrong PIN that starts a lock and for every attempt
 * during one, whose PIN is never checked; `disabled` and `unknown` before any PIN is checked.
 */
export type SignInResult =
  Ok<StaffAccount> | Err<'wrong-pin' | 'disabled' | 'unknown'> | LockedError;

export type StaffRepository = {
  /** True once an admin account exists (the first-run screen asks for one until then). */
  readonly hasAdmin: () => Promise<boolean>;
  /** Creates the first admin; `exists` once any admin exists. The PIN must be acceptable. */
  readonly createAdmin: (
    displayName: string,
    pin: string,
  ) => Promise<Result<StaffAccount, CreateAdminError>>;
  /** Every account, disabled ones included, oldest first. */
  readonly list: () => Promise<StaffAccount[]>;
  /** One account by id. */
  readonly get: (id: string) => Promise<StaffAccount | undefined>;
  /** Checks a PIN under the lockout policy; see `SignInResult`. */
  readonly signIn: (accountId: string, pin: string) => Promise<SignInResult>;
  /** An admin adds an account; names are unique without regard to case. */
  readonly addStaff: (
    byId: string,
    displayName: string,
    pin: string,
    role: StaffRole,
  ) => Promise<Result<StaffAccount, AddStaffError>>;
  /** An admin disables or enables an account; the last enabled admin stays enabled. */
  readonly setDisabled: (
    byId: string,
    id: string,
    isDisabled: boolean,
  ) => Promise<Result<StaffAccount, SetDisabledError>>;
  /** An admin sets a new PIN for an account (their own included), which also lifts any lock. */
  readonly resetPin: (
    byId: string,
    id: string,
    pin: string,
  ) => Promise<Result<StaffAccount, ResetPinError>>;
};

export type StaffRepositoryDeps = {
  readonly db: RuknDatabase;
  /** The audit log on the same database, so entries join the change's transaction. */
  readonly audit: AuditLog;
  /** Epoch milliseconds; the tests' clock. */
  readonly now?: () => number;
  /** PBKDF2 iterations for new hashes; `pinIterations` (600,000) unless a fast test lowers it. */
  readonly iterations?: number;
  /** New account ids; `crypto.randomUUID` unless a test names them. */
  readonly newId?: () => string;
};

/** An account with its lockout fields replaced; `lockedUntil` is dropped when not locked. */
function withLockout(account: StaffAccount, state: LockoutState): StaffAccount {
  const changed: StaffAccount = {
    ...account,
    failedAttempts: state.failedAttempts,
    lockouts: state.lockouts,
    lockedUntil: state.lockedUntil,
  };
  if (changed.lockedUntil === undefined) delete (changed as { lockedUntil?: number }).lockedUntil;
  return changed;
}

function lockedError(lockedUntil: number): LockedError {
  return {
    ok: false,
    error: { code: 'locked', message: 'too many wrong PINs: try again later', lockedUntil },
  };
}

function isEnabledAdmin(account: StaffAccount | undefined): boolean {
  return account !== undefined && account.role === 'admin' && !account.isDisabled;
}

function isSamePin(a: PinHash, b: PinHash): boolean {
  return a.hash === b.hash && a.salt === b.salt && a.iterations === b.iterations;
}

/** The staff accounts on the kiosk database. */
export function createStaffRepository({
  db,
  audit,
  now = Date.now,
  iterations = pinIterations,
  newId = () => crypto.randomUUID(),
}: StaffRepositoryDeps): StaffRepository {
  const hash = (pin: string) => hashPin(pin, { iterations });
  const hasAdmin = async () => (await db.staff.filter((a) => a.role === 'admin').count()) > 0;
  const isAdminId = async (id: string) => isEnabledAdmin(await db.staff.get(id));
  const isNameTaken = async (name: string) => {
    const key = displayNameKey(name);
    return (await db.staff.filter((a) => displayNameKey(a.displayName) === key).count()) > 0;
  };

  function newAccount(displayName: string, role: StaffRole, pin: PinHash): StaffAccount {
    return {
      id: newId(),
      displayName,
      role,
      pin,
      isDisabled: false,
      ...initialLockoutState,
      createdAt: now(),
    };
  }

  /** Records the outcome of a checked PIN against the row as it is now. */
  function settleSignIn(checked: StaffAccount, isRight: boolean): Promise<SignInResult> {
    return db.transaction('rw', db.staff, db.auditLog, async (): Promise<SignInResult> => {
      const at = now();
      const row = await db.staff.get(checked.id);
      if (row === undefined) return err('unknown', 'no such account');
      if (row.isDisabled) return err('disabled', 'the account is disabled');
      if (isLocked(row, at)) return lockedError(row.lockedUntil ?? at);
      // A PIN reset between the check and now: the PIN was checked against the old hash.
      if (!isSamePin(row.pin, checked.pin)) return err('wrong-pin', 'the PIN has just changed');
      if (isRight) {
        const signedIn = withLockout(row, afterSuccess(row));
        await db.staff.put(signedIn);
        await audit.record('sign-in', { staffId: row.id });
        return ok(signedIn);
      }
      const failed = withLockout(row, afterFailure(row, at));
      await db.staff.put(failed);
      await audit.record('sign-in-failed', { staffId: row.id });
      if (failed.lockedUntil !== undefined && isLocked(failed, at)) {
        const seconds = Math.round((failed.lockedUntil - at) / 1000);
        await audit.record('account-locked', { staffId: row.id, detail: `${seconds}s` });
        return lockedError(failed.lockedUntil);
      }
      return err('wrong-pin', 'wrong PIN');
    });
  }

  return {
    hasAdmin,

    async createAdmin(displayName, pin) {
      const name = cleanDisplayName(displayName);
      if (name === null) return err('invalid-name', 'a name is 1 to 40 characters');
      if (!isAcceptableNewPin(pin)) return err('invalid-pin', 'not an acceptable new PIN');
      if (await hasAdmin()) return err('exists', 'an admin already exists');
      const account = newAccount(name, 'admin', await hash(pin));
      return db.transaction('rw', db.staff, db.auditLog, async () => {
        if (await hasAdmin()) return err('exists', 'an admin already exists');
        await db.staff.add(account);
        await audit.record('admin-created', { staffId: account.id });
        return ok(account);
      });
    },

    async list() {
      const accounts = await db.staff.toArray();
      return accounts.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    },

    get: (id) => db.staff.get(id),

    async signIn(accountId, pin) {
      const account = await db.staff.get(accountId);
      if (account === undefined) return err('unknown', 'no such account');
      if (account.isDisabled) {
        await audit.record('sign-in-failed', { staffId: account.id, detail: 'disabled' });
        return err('disabled', 'the account is disabled');
      }
      // Refused before the PIN is checked: a locked account tells a guesser nothing, not even by
      // how long the answer takes, and the attempt changes no counter.
      if (isLocked(account, now())) return lockedError(account.lockedUntil ?? now());
      const isRight = await verifyPin(pin, account.pin);
      return settleSignIn(account, isRight);
    },

    async addStaff(byId, displayName, pin, role) {
      if (!(await isAdminId(byId))) return err('not-allowed', 'only an enabled admin adds staff');
      const name = cleanDisplayName(displayName);
      if (name === null) return err('invalid-name', 'a name is 1 to 40 characters');
      if (await isNameTaken(name)) return err('name-taken', 'another account has this name');
      if (!isAcceptableNewPin(pin)) return err('invalid-pin', 'not an acceptable new PIN');
      const account = newAccount(name, role, await hash(pin));
      return db.transaction('rw', db.staff, db.auditLog, async () => {
        if (!(await isAdminId(byId))) return err('not-allowed', 'only an enabled admin adds staff');
        if (await isNameTaken(name)) return err('name-taken', 'another account has this name');
        await db.staff.add(account);
        await audit.record('staff-added', { staffId: byId, detail: account.id });
        return ok(account);
      });
    },

    setDisabled(byId, id, isDisabled) {
      return db.transaction('rw', db.staff, db.auditLog, async () => {
        if (!(await isAdminId(byId))) return err('not-allowed', 'only an enabled admin may');
        const target = await db.staff.get(id);
        if (target === undefined) return err('unknown', 'no such account');
        if (target.isDisabled === isDisabled) return ok(target);
        if (isDisabled && isEnabledAdmin(target)) {
          const enabledAdmins = await db.staff.filter(isEnabledAdmin).count();
          if (enabledAdmins <= 1) return err('last-admin', 'the last enabled admin stays enabled');
        }
        const changed: StaffAccount = { ...target, isDisabled };
        await db.staff.put(changed);
        await audit.record(isDisabled ? 'staff-disabled' : 'staff-enabled', {
          staffId: byId,
          detail: id,
        });
        return ok(changed);
      });
    },

    async resetPin(byId, id, pin) {
      if (!(await isAdminId(byId))) return err('not-allowed', 'only an enabled admin may');
      if ((await db.staff.get(id)) === undefined) return err('unknown', 'no such account');
      if (!isAcceptableNewPin(pin)) return err('invalid-pin', 'not an acceptable new PIN');
      const pinHash = await hash(pin);
      return db.transaction('rw', db.staff, db.auditLog, async () => {
        if (!(await isAdminId(byId))) return err('not-allowed', 'only an enabled admin may');
        const target = await db.staff.get(id);
        if (target === undefined) return err('unknown', 'no such account');
        const changed = withLockout({ ...target, pin: pinHash }, initialLockoutState);
        await db.staff.put(changed);
        await audit.record('pin-reset', { staffId: byId, detail: id });
        return ok(changed);
      });
    },
  };
}
