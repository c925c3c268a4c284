/**
 * What the visit report reads from the kiosk's database for a period: the ended visits that
 * started in it, their events and the tickets taken in it.
 *
 * Policy: only indexed range reads, never a scan, so a day's report costs the same after a year
 * of visits as on the first day: visits by `[syncState+startedAt]` (one range per ended state;
 * open visits are not read), each visit's event batches by their primary-key range
 * `[visit, -∞]..[visit, +∞]`, tickets by `createdAt`. Everything is read in one read-only
 * transaction (a consistent picture).
 *
 * Why the reads go to IndexedDB itself, under Dexie's database: a day of 1,000 visits is a
 * thousand batch ranges, and the per-request cost is what the report's time is made of. Issued
 * through Dexie (two queries a visit, each through its promise machinery) the day took about
 * half as long again in Chromium (`npm run bench:report`) as issued here, all at once on the one
 * transaction. Where the browser has `getAllRecords` (Chromium 141 and later), one request per
 * visit returns each batch with its key; elsewhere (tests) a visit takes `getAllKeys` and
 * `getAll`, which answer in the same order.
 */
import { toTicketRecord, type HelpTicket } from '../../core/help/types';
import type { ReportInput } from '../../core/report/types';
import {
  decodeBatch,
  visitKey,
  type BatchKey,
  type StoredBatch,
} from '../../core/visit/eventCodec';
import type { StoredVisit, SyncState, VisitEvent } from '../../core/visit/types';
import type { RuknDatabase } from './database';

/** The sync states of ended visits: every state but `open`. */
const endedStates: readonly SyncState[] = ['pending', 'synced', 'rejected'];

/** One stored record with its key, as `getAllRecords` answers. */
type StoredRecord = { readonly primaryKey: IDBValidKey; readonly value: unknown };

/** `IDBObjectStore.getAllRecords` where the browser has it (not yet in TypeScript's DOM types). */
type RecordsReader = (options: { query: IDBKeyRange }) => IDBRequest<StoredRecord[]>;

/**
 * Reads a period `[fromMs, toMs)` for `aggregateReport` / `visitsCsv`: visits oldest first,
 * each visit's events in order.
 */
export async function loadReportInput(
  db: RuknDatabase,
  fromMs: number,
  toMs: number,
): Promise<ReportInput> {
  if (!db.isOpen()) await db.open();
  const idb = db.backendDB();
  return new Promise<ReportInput>((resolve, reject) => {
    const transaction = idb.transaction(['sessions', 'visitEvents', 'helpTickets'], 'readonly');
    const batches = transaction.objectStore('visitEvents');
    const getAllRecords = (batches as unknown as { getAllRecords?: RecordsReader }).getAllRecords;

    const found: StoredVisit[] = [];
    let tickets: HelpTicket[] = [];
    const perVisit = new Map<string, VisitEvent[]>();

    /** Reads one visit's batches into `perVisit`. */
    const readEvents = (visit: StoredVisit): void => {
      const key = visitKey(visit.id);
      const range = IDBKeyRange.bound([key, -Infinity], [key, Infinity]);
      const decode = (keys: readonly IDBValidKey[], rows: readonly unknown[]) => {
        const events: VisitEvent[] = [];
        rows.forEach((row, at) => {
          const batchKey = keys[at] as unknown as BatchKey | undefined;
          if (batchKey) events.push(...decodeBatch(visit.id, batchKey[1], row as StoredBatch));
        });
        perVisit.set(visit.id, events);
      };
      if (getAllRecords) {
        const request = getAllRecords.call(batches, { query: range });
        request.onsuccess = () =>
          decode(
            request.result.map((record) => record.primaryKey),
            request.result.map((record) => record.value),
          );
        return;
      }
      const keysRequest = batches.getAllKeys(range);
      const rowsRequest = batches.getAll(range);
      rowsRequest.onsuccess = () => decode(keysRequest.result, rowsRequest.result);
    };

    // Visits: one range per ended state; each state's visits' events are asked for as soon as
    // the state's range answers.
    const byState = transaction.objectStore('sessions').index('[syncState+startedAt]');
    for (const state of endedStates) {
      const request = byState.getAll(
        IDBKeyRange.bound([state, fromMs], [state, toMs], false, true),
      );
      request.onsuccess = () => {
        const visits = request.result as StoredVisit[];
        found.push(...visits);
        visits.forEach(readEvents);
      };
    }

    const ticketRequest = transaction
      .objectStore('helpTickets')
      .index('createdAt')
      .getAll(IDBKeyRange.bound(fromMs, toMs, false, true));
    ticketRequest.onsuccess = () => {
      tickets = ticketRequest.result as HelpTicket[];
    };

    transaction.oncomplete = () => {
      const visits = found.sort(
        (a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
      const events = visits.flatMap((visit) => perVisit.get(visit.id) ?? []);
      resolve({ visits, events, tickets: tickets.map(toTicketRecord) });
    };
    transaction.onerror = () => reject(transaction.error ?? new Error('report read failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('report read aborted'));
  });
}
