/**
 * Offices and their kiosks: registering them (command line) and finding the kiosk a request's
 * token belongs to (API). Policy: a kiosk's token is returned once by `addKiosk` and never stored;
 * a disabled kiosk is known but refused.
 */
import type { KioskStatus } from '../../core/sync/wire';
import { err, ok, type Result } from '../../core/result';
import type { Queryable } from '../db/database';
import { hashToken, newId, newKioskToken } from '../auth/tokens';

/** An office as listed. */
export type Office = {
  readonly id: string;
  readonly name: string;
  /** Epoch milliseconds. */
  readonly createdAt: number;
};

/** A kiosk as listed (never its token, which is not stored). */
export type Kiosk = {
  readonly id: string;
  readonly officeId: string;
  readonly name: string;
  readonly createdAt: number;
  /** Epoch milliseconds of its last push or content check; undefined before the first. */
  readonly lastContactAt: number | undefined;
  /** What it said of itself in its last push. */
  readonly status: KioskStatus | undefined;
  readonly isDisabled: boolean;
};

/** The kiosk a token belongs to, as the API needs it. */
export type KioskIdentity = {
  readonly id: string;
  readonly officeId: string;
  readonly isDisabled: boolean;
};

const longestName = 200;

function checkName(name: string): Result<string, 'invalid-name'> {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > longestName) {
    return err('invalid-name', `a name of 1 to ${longestName} characters is needed`);
  }
  return ok(trimmed);
}

/** Registers an office. */
export async function addOffice(
  db: Queryable,
  name: string,
  now: number,
): Promise<Result<Office, 'invalid-name'>> {
  const checked = checkName(name);
  if (!checked.ok) return checked;
  const office = { id: newId(), name: checked.value, createdAt: now };
  await db.query('INSERT INTO offices (id, name, created_at) VALUES ($1, $2, $3)', [
    office.id,
    office.name,
    office.createdAt,
  ]);
  return ok(office);
}

/** Every office, oldest first. */
export async function listOffices(db: Queryable): Promise<Office[]> {
  const rows = await db.query<{ id: string; name: string; created_at: number }>(
    'SELECT id, name, created_at FROM offices ORDER BY created_at, id',
  );
  return rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at }));
}

/** The office with this id, if any. */
export async function findOffice(db: Queryable, id: string): Promise<Office | undefined> {
  const [row] = await db.query<{ id: string; name: string; created_at: number }>(
    'SELECT id, name, created_at FROM offices WHERE id = $1',
    [id],
  );
  return row && { id: row.id, name: row.name, createdAt: row.created_at };
}

/** A registered kiosk and its token, which exists only in this answer. */
export type NewKiosk = { readonly kiosk: Kiosk; readonly token: string };

/** Registers a kiosk of an office and makes its token; only the token's hash is stored. */
export async function addKiosk(
  db: Queryable,
  input: { readonly officeId: string; readonly name: string },
  now: number,
): Promise<Result<NewKiosk, 'invalid-name' | 'unknown-office'>> {
  const checked = checkName(input.name);
  if (!checked.ok) return checked;
  if ((await findOffice(db, input.officeId)) === undefined) {
    return err('unknown-office', `no office ${input.officeId}`);
  }
  const token = newKioskToken();
  const kiosk: Kiosk = {
    id: newId(),
    officeId: input.officeId,
    name: checked.value,
    createdAt: now,
    lastContactAt: undefined,
    status: undefined,
    isDisabled: false,
  };
  await db.query(
    'INSERT INTO kiosks (id, office_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)',
    [kiosk.id, kiosk.officeId, kiosk.name, hashToken(token), kiosk.createdAt],
  );
  return ok({ kiosk, token });
}

type KioskRow = {
  id: string;
  office_id: string;
  name: string;
  created_at: number;
  last_contact_at: number | null;
  status: KioskStatus | null;
  is_disabled: boolean;
};

/** Every kiosk (of one office when `officeId` is given), by office then age. */
export async function listKiosks(db: Queryable, officeId?: string): Promise<Kiosk[]> {
  const rows = await db.query<KioskRow>(
    `SELECT id, office_id, name, created_at, last_contact_at, status, is_disabled FROM kiosks
     WHERE $1::text IS NULL OR office_id = $1 ORDER BY office_id, created_at, id`,
    [officeId ?? null],
  );
  return rows.map((row) => ({
    id: row.id,
    officeId: row.office_id,
    name: row.name,
    createdAt: row.created_at,
    lastContactAt: row.last_contact_at ?? undefined,
    status: row.status ?? undefined,
    isDisabled: row.is_disabled,
  }));
}

/** The kiosk a presented token belongs to (by its hash), disabled or not. */
export async function kioskByToken(
  db: Queryable,
  token: string,
): Promise<KioskIdentity | undefined> {
  const [row] = await db.query<{ id: string; office_id: string; is_disabled: boolean }>(
    'SELECT id, office_id, is_disabled FROM kiosks WHERE token_hash = $1',
    [hashToken(token)],
  );
  return row && { id: row.id, officeId: row.office_id, isDisabled: row.is_disabled };
}

/** The office a kiosk belongs to, or undefined for an unknown kiosk. */
export async function officeOfKiosk(db: Queryable, kioskId: string): Promise<string | undefined> {
  const [row] = await db.query<{ office_id: string }>(
    'SELECT office_id FROM kiosks WHERE id = $1',
    [kioskId],
  );
  return row?.office_id;
}

/** Turns a kiosk's access off or back on (its visits stay). */
export async function setKioskDisabled(
  db: Queryable,
  kioskId: string,
  isDisabled: boolean,
): Promise<boolean> {
  const rows = await db.query('UPDATE kiosks SET is_disabled = $2 WHERE id = $1 RETURNING id', [
    kioskId,
    isDisabled,
  ]);
  return rows.length > 0;
}
