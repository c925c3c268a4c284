/**
 * Admin API tokens (`npm run hub -- token add [--office ID]`) for reports and publishing. Policy:
 * the token is printed once and only its hash is stored; a token bound to an office reads only that
 * office, a token without one reads the whole hub.
 */
import { err, ok, type Result } from '../../core/result';
import type { Queryable } from '../db/database';
import { adminTokenPattern, hashToken, newAdminToken, newId } from '../auth/tokens';
import { findOffice } from '../kiosks/store';

/** Who a request acts as when reading reports: `officeId` null means the whole hub. */
export type ReportPrincipal = { readonly id: string; readonly officeId: string | null };

/** Makes an admin token (of one office when `officeId` is given); the token is in this answer only. */
export async function addAdminToken(
  db: Queryable,
  officeId: string | undefined,
  now: number,
): Promise<Result<{ id: string; token: string }, 'unknown-office'>> {
  if (officeId !== undefined && (await findOffice(db, officeId)) === undefined) {
    return err('unknown-office', `no office ${officeId}`);
  }
  const id = newId();
  const token = newAdminToken();
  await db.query(
    'INSERT INTO api_tokens (id, token_hash, office_id, created_at) VALUES ($1, $2, $3, $4)',
    [id, hashToken(token), officeId ?? null, now],
  );
  return ok({ id, token });
}

/** The principal an admin token stands for, or undefined when it is not one. */
export async function adminByToken(
  db: Queryable,
  token: string,
): Promise<ReportPrincipal | undefined> {
  if (!adminTokenPattern.test(token)) return undefined;
  const [row] = await db.query<{ id: string; office_id: string | null }>(
    'SELECT id, office_id FROM api_tokens WHERE token_hash = $1',
    [hashToken(token)],
  );
  return row && { id: row.id, officeId: row.office_id };
}
