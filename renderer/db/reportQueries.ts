/**
 * What the visit report reads from the kiosk's database for a period: the ended visits that
 * started in it, their events and the tickets taken in it. Policy: only indexed range reads, never
 * a scan, so a day's report costs the same after a year of visits as on the first day: visits by
 * `[syncState+startedAt]` (one range per ended state; open visits are not read), each visit's
 * event batches by their primary-key range `[visit, -∞]..[visit, +∞]`, tickets by `createdAt`.
 * Everything is read in one read-only transaction (a consistent picture) with the ranges issued
 * together, so IndexedDB answers them back to back.
 */
import type { IndexableTypeArrayReadonly } from 'dexie';
import { toTicketRecord } from '../../core/help/types';
import type { ReportInput } from '../../core/report/types';
import { decodeBatch, visitKey, type BatchKey } from '../../core/visit/eventCodec';
import type { StoredVisit, SyncState, VisitEvent } from '../../core/visit/types';
import type { RuknDatabase } from './database';

/** The sync states of ended visits: every state but `open`. */
const endedStates: readonly SyncState[] = ['pending', 'synced', 'rejected'];

/** Reads a period `[fromMs, toMs)` for `aggregateReport` / `visitsCsv`. */
export async function loadReportInput(
  db: RuknDatabase,
  fromMs: number,
  toMs: number,
): Promise<ReportInput> {
  return db.transaction('r', [db.sessions, db.visitEvents, db.helpTickets], async () => {
    const ticketsRead = db.helpTickets
      .where('createdAt')
      .between(fromMs, toMs, true, false)
      .toArray();
    const perState = await Promise.all(
      endedStates.map((state) =>
        db.sessions
          .where('[syncState+startedAt]')
          .between([state, fromMs], [state, toMs], true, false)
          .toArray(),
      ),
    );
    const visits: StoredVisit[] = perState.flat().sort((a, b) => a.startedAt - b.startedAt);
    const perVisit = await Promise.all(
      visits.map(async (visit): Promise<VisitEvent[]> => {
        const key = visitKey(visit.id);
        const range = () =>
          db.visitEvents
            .where(':id')
            .between(
              [key, -Infinity] as unknown as IndexableTypeArrayReadonly,
              [key, Infinity] as unknown as IndexableTypeArrayReadonly,
              true,
              true,
            );
        const [keys, batches] = await Promise.all([range().primaryKeys(), range().toArray()]);
        const events: VisitEvent[] = [];
        batches.forEach((batch, index) => {
          const batchKeyOf = keys[index] as unknown as BatchKey | undefined;
          if (batchKeyOf) events.push(...decodeBatch(visit.id, batchKeyOf[1], batch));
        });
        return events;
      }),
    );
    const tickets = (await ticketsRead).map(toTicketRecord);
    return { visits, events: perVisit.flat(), tickets };
  });
}
