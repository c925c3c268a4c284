/**
 * What the dashboard reads from the hub's tables, always within what the signed-in manager may
 * see: their office's kiosks, or every office's for a manager of the whole hub.
 */
import type { KioskStatus } from '../../core/sync/wire';
import type { Queryable } from '../db/database';
import type { Manager } from './managers';

/** A kiosk as the dashboard lists it. */
export type KioskRow = {
  readonly id: string;
  readonly name: string;
  readonly officeId: string;
  readonly officeName: string;
  /** Epoch milliseconds of its last push; null when it never pushed. */
  readonly lastContactAt: number | null;
  /** What it said about itself at its last push. */
  readonly status: Partial<KioskStatus> | null;
  /** Visits that started in the day's range, as received so far. */
  readonly visitsToday: number;
  readonly isDisabled: boolean;
};

/** The kiosks the manager may see, by office then name, with visits started in `[fromMs, toMs)`. */
export async function kiosksFor(
  db: Queryable,
  manager: Manager,
  fromMs: number,
  toMs: number,
): Promise<KioskRow[]> {
  const params: unknown[] = [fromMs, toMs];
  let filter = '';
  if (manager.officeId !== null) {
    params.push(manager.officeId);
    filter = 'WHERE k.office_id = $3';
  }
  const rows = await db.query<{
    id: string;
    name: string;
    office_id: string;
    office_name: string;
    last_contact_at: number | null;
    status: Partial<KioskStatus> | null;
    is_disabled: boolean;
    today: number;
  }>(
    `SELECT k.id, k.name, k.office_id, o.name AS office_name, k.last_contact_at, k.status,
            k.is_disabled,
            (SELECT count(*) FROM visits v
              WHERE v.kiosk_id = k.id AND v.started_at >= $1 AND v.started_at < $2) AS today
       FROM kiosks k JOIN offices o ON o.id = k.office_id
       ${filter}
      ORDER BY o.name, k.name, k.id`,
    params,
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    officeId: row.office_id,
    officeName: row.office_name,
    lastContactAt: row.last_contact_at === null ? null : Number(row.last_contact_at),
    status: row.status !== null && typeof row.status === 'object' ? row.status : null,
    visitsToday: Number(row.today),
    isDisabled: row.is_disabled,
  }));
}

/** A kiosk the manager may see, or undefined (unknown, or another office's). */
export async function visibleKiosk(
  db: Queryable,
  manager: Manager,
  kioskId: string,
): Promise<{ readonly id: string; readonly name: string; readonly officeId: string } | undefined> {
  const rows = await db.query<{ id: string; name: string; office_id: string }>(
    'SELECT id, name, office_id FROM kiosks WHERE id = $1',
    [kioskId],
  );
  const row = rows[0];
  if (!row) return undefined;
  if (manager.officeId !== null && row.office_id !== manager.officeId) return undefined;
  return { id: row.id, name: row.name, officeId: row.office_id };
}

/** The office's name, for the header. */
export async function officeName(db: Queryable, officeId: string): Promise<string | undefined> {
  const rows = await db.query<{ name: string }>('SELECT name FROM offices WHERE id = $1', [
    officeId,
  ]);
  return rows[0]?.name;
}
