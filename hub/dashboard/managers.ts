/**
 * Office managers' accounts for the dashboard. Policy: a password has at least 12 characters and
 * is stored only as an scrypt hash (random 16-byte salt, N=2^15, r=8, p=1, 32-byte key) whose
 * string carries its parameters, so they can be raised later without breaking old hashes;
 * comparison is constant-time, and a name that does not exist costs the same work as a wrong
 * password, so timing does not tell which was wrong.
 */
import { randomBytes, randomUUID, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { err, ok, type Result } from '../../core/result';
import type { Queryable } from '../db/database';

/** The shortest password accepted. */
export const minPasswordLength = 12;

/** A signed-in manager: `officeId` null sees every office of the hub. */
export type Manager = {
  readonly id: string;
  readonly name: string;
  readonly officeId: string | null;
};

const defaultCost = { N: 2 ** 15, r: 8, p: 1 } as const;
const keyLength = 32;

function scryptKey(password: string, salt: Buffer, cost: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem: N=2^15, r=8 needs 32 MiB; leave room for raised parameters.
    scrypt(password, salt, keyLength, { ...cost, maxmem: 256 * 1024 * 1024 }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/** `scrypt$N$r$p$salt$key` (salt and key base64). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptKey(password, salt, defaultCost);
  const { N, r, p } = defaultCost;
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** True when `password` matches `stored` (a `hashPassword` string); false for a malformed hash. */
export async function checkPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((value) => Number.isSafeInteger(value) && value > 0)) {
    return false;
  }
  const expected = Buffer.from(key, 'base64');
  const actual = await scryptKey(password, Buffer.from(salt, 'base64'), cost);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** A hash of no password, checked against when the name is unknown (same work, same time). */
let decoyHash: Promise<string> | undefined;

export type AddManagerError = 'password-too-short' | 'name-taken' | 'unknown-office' | 'bad-name';

/** Adds a manager; `officeId` null for one who sees the whole hub. */
export async function addManager(
  db: Queryable,
  input: { readonly name: string; readonly officeId: string | null; readonly password: string },
  now: number = Date.now(),
): Promise<Result<Manager, AddManagerError>> {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 100) return err('bad-name', 'name: 1 to 100 characters');
  if ([...input.password].length < minPasswordLength) {
    return err('password-too-short', `password: at least ${minPasswordLength} characters`);
  }
  if (input.officeId !== null) {
    const office = await db.query('SELECT id FROM offices WHERE id = $1', [input.officeId]);
    if (office.length === 0) return err('unknown-office', `no office ${input.officeId}`);
  }
  const taken = await db.query('SELECT id FROM managers WHERE name = $1', [name]);
  if (taken.length > 0) return err('name-taken', `a manager named ${name} exists`);
  const manager: Manager = { id: randomUUID(), name, officeId: input.officeId };
  await db.query(
    `INSERT INTO managers (id, office_id, name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)`,
    [manager.id, manager.officeId, manager.name, await hashPassword(input.password), now],
  );
  return ok(manager);
}

/** The manager when the name and password match; undefined otherwise (never says which). */
export async function verifyManager(
  db: Queryable,
  name: string,
  password: string,
): Promise<Manager | undefined> {
  const rows = await db.query<{
    id: string;
    name: string;
    office_id: string | null;
    password_hash: string;
  }>('SELECT id, name, office_id, password_hash FROM managers WHERE name = $1', [name.trim()]);
  const row = rows[0];
  if (!row) {
    decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await checkPassword(password, await decoyHash);
    return undefined;
  }
  if (!(await checkPassword(password, row.password_hash))) return undefined;
  return { id: row.id, name: row.name, officeId: row.office_id };
}
