/**
 * Test data for the hub's reports and dashboard, written straight into the hub's tables with SQL
 * (as the push API stores it: one row per visit, its events as a JSON list).
 */
import { createHash } from 'node:crypto';
import type { KioskStatus } from '../../core/sync/wire';
import { toWireVisit, type StoredVisit, type Visit, type VisitEvent } from '../../core/visit/types';
import type { Queryable } from '../../hub/db/database';

/** Adds an office. */
export async function addOffice(db: Queryable, id: string, name: string): Promise<void> {
  await db.query('INSERT INTO offices (id, name, created_at) VALUES ($1, $2, $3)', [id, name, 0]);
}

/** Adds a kiosk of `officeId` (its token hash is made up: these tests never push). */
export async function addKiosk(
  db: Queryable,
  kiosk: {
    readonly id: string;
    readonly officeId: string;
    readonly name: string;
    readonly lastContactAt?: number;
    readonly status?: KioskStatus;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO kiosks (id, office_id, name, token_hash, created_at, last_contact_at, status)
     VALUES ($1, $2, $3, $4, 0, $5, $6)`,
    [
      kiosk.id,
      kiosk.officeId,
      kiosk.name,
      createHash('sha256').update(kiosk.id).digest('hex'),
      kiosk.lastContactAt ?? null,
      kiosk.status === undefined ? null : JSON.stringify(kiosk.status),
    ],
  );
}

/** Stores ended visits of a kiosk with their events, received at `receivedAt`. */
export async function storeVisits(
  db: Queryable,
  kiosk: { readonly id: string; readonly officeId: string },
  visits: readonly (Visit | StoredVisit)[],
  events: readonly VisitEvent[],
  receivedAt = 0,
): Promise<void> {
  const bySession = new Map<string, VisitEvent[]>();
  for (const event of events) {
    const list = bySession.get(event.sessionId) ?? [];
    list.push(event);
    bySession.set(event.sessionId, list);
  }
  for (const stored of visits) {
    const visit = 'syncState' in stored ? toWireVisit(stored) : stored;
    const own = { ...visit, kioskId: kiosk.id };
    await db.query(`INSERT INTO visit_ids (id, kiosk_id, digest) VALUES ($1, $2, 'test')`, [
      visit.id,
      kiosk.id,
    ]);
    await db.query(
      `INSERT INTO visits (id, kiosk_id, office_id, started_at, ended_at, visit, events, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        visit.id,
        kiosk.id,
        kiosk.officeId,
        visit.startedAt,
        visit.endedAt ?? visit.startedAt,
        JSON.stringify(own),
        JSON.stringify(bySession.get(visit.id) ?? []),
        receivedAt,
      ],
    );
  }
}

/** One plain ended visit, for boundary tests. */
export function plainVisit(id: string, startedAt: number, kioskId = 'k'): Visit {
  return {
    id,
    kioskId,
    startedAt,
    endedAt: startedAt + 60_000,
    lang: 'ar',
    mode: 'self',
    endReason: 'completed',
    guideProgress: [],
  };
}
