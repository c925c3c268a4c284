/**
 * Export and import of all of a kiosk's visit data as one backup file (core/backup/format.ts).
 *
 * Policy: an import is one transaction (all or nothing) and only ever adds. It never overwrites
 * a visit (a visit already here is skipped, with its events), adds a ticket only when neither its
 * id nor its day and number are taken here, appends the audit entries marked as imported (once:
 * importing the same file again adds nothing) and never applies settings (the kiosk keeps its
 * own; the result counts them as ignored). Staff accounts are never in a backup: PIN hashes stay
 * on their kiosk. Neither function writes the audit entry for itself: the caller records
 * `backup-exported` once the file is saved and `backup-imported` with the result's counts.
 */
import { validateBackup, backupSchemaVersion, type BackupFile } from '../../core/backup/format';
import { toTicketRecord } from '../../core/help/types';
import { ok, type Result } from '../../core/result';
import type { AuditEntry } from '../../core/staff/types';
import type { VisitEvent } from '../../core/visit/types';
import {
  batchKey,
  decodeBatch,
  encodeBatch,
  visitIdFromKey,
  type BatchKey,
  type StoredBatch,
} from '../../core/visit/eventCodec';
import type { RuknDatabase } from './database';
import type { IndexableTypeArrayReadonly } from 'dexie';

/** What an import did. */
export type ImportSummary = {
  /** Visits added. */
  readonly visits: number;
  /** Visits already here, left as they were (their events too). */
  readonly skipped: number;
  /** Events added (those of the added visits). */
  readonly events: number;
  readonly tickets: number;
  /** Tickets whose id, or whose day and number, were already taken here. */
  readonly ticketsSkipped: number;
  /** Audit entries appended (marked as imported). */
  readonly auditEntries: number;
  /** What the file had that an import never applies. */
  readonly ignored: { readonly settings: number };
};

/** Prefix of an imported audit entry's detail, naming the kiosk it came from. */
export function importedDetail(kioskId: string, detail: string | undefined): string {
  return `imported from ${kioskId}${detail === undefined ? '' : `: ${detail}`}`;
}

/** Everything of the kiosk as a backup file, read in one transaction. */
export async function exportBackup(db: RuknDatabase, now: number): Promise<BackupFile> {
  return db.transaction(
    'r',
    [db.sessions, db.visitEvents, db.helpTickets, db.auditLog, db.settings],
    async () => {
      const [visits, batchKeys, batches, tickets, auditLog, settings] = await Promise.all([
        db.sessions.toArray(),
        db.visitEvents.toCollection().primaryKeys() as Promise<BatchKey[]>,
        db.visitEvents.toArray(),
        db.helpTickets.toArray(),
        db.auditLog.orderBy('seq').toArray(),
        db.settings.toArray(),
      ]);
      const events: VisitEvent[] = [];
      batches.forEach((batch, index) => {
        const key = batchKeys[index];
        if (key) events.push(...decodeBatch(visitIdFromKey(key[0]), key[1], batch));
      });
      const kioskId = settings.find((row) => row.key === 'kioskId')?.value;
      return {
        format: 'rukn-backup',
        schemaVersion: backupSchemaVersion,
        exportedAt: now,
        kioskId: typeof kioskId === 'string' ? kioskId : '',
        visits: visits.sort((a, b) => a.startedAt - b.startedAt || compare(a.id, b.id)),
        events,
        tickets: tickets.map(toTicketRecord).sort((a, b) => a.createdAt - b.createdAt),
        auditLog,
        settings,
      };
    },
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const sequenceOf = (event: VisitEvent): number =>
  Number(event.id.slice(event.sessionId.length + 1));

/** A visit's events as batches of consecutive sequence numbers (one batch without gaps). */
function toBatches(events: readonly VisitEvent[]): { firstSeq: number; events: VisitEvent[] }[] {
  const sorted = [...events].sort((a, b) => sequenceOf(a) - sequenceOf(b));
  const runs: { firstSeq: number; events: VisitEvent[] }[] = [];
  let expected = Number.NaN;
  for (const event of sorted) {
    const seq = sequenceOf(event);
    const run = runs[runs.length - 1];
    if (run && seq === expected) run.events.push(event);
    else runs.push({ firstSeq: seq, events: [event] });
    expected = seq + 1;
  }
  return runs;
}

/** An entry without its place in the other kiosk's log: this log numbers it anew. */
const withoutSeq = ({ seq: _seq, ...entry }: AuditEntry): AuditEntry => entry;

const auditKey = (entry: AuditEntry): string =>
  JSON.stringify([entry.at, entry.action, entry.staffId ?? null, entry.detail ?? null]);

/**
 * Adds a backup's data to the kiosk (see the module header for what is added and what never is).
 * `file` is untrusted: it is validated first, and a newer schema or an invalid file changes
 * nothing. A storage failure (a full disk) rejects, and the transaction adds nothing.
 */
export async function importBackup(
  db: RuknDatabase,
  file: unknown,
): Promise<Result<ImportSummary, 'newer-schema' | 'invalid'>> {
  const checked = validateBackup(file);
  if (!checked.ok) return checked;
  const backup = checked.value;

  const eventsByVisit = new Map<string, VisitEvent[]>();
  for (const event of backup.events) {
    const list = eventsByVisit.get(event.sessionId);
    if (list) list.push(event);
    else eventsByVisit.set(event.sessionId, [event]);
  }

  const summary = await db.transaction(
    'rw',
    [db.sessions, db.visitEvents, db.helpTickets, db.auditLog],
    async () => {
      const present = await db.sessions.bulkGet(backup.visits.map((visit) => visit.id));
      const added = backup.visits.filter((_, index) => present[index] === undefined);
      await db.sessions.bulkAdd(added);

      const keys: BatchKey[] = [];
      const rows: StoredBatch[] = [];
      let events = 0;
      for (const visit of added) {
        for (const run of toBatches(eventsByVisit.get(visit.id) ?? [])) {
          keys.push(batchKey(visit.id, run.firstSeq));
          rows.push(encodeBatch(run.events));
          events += run.events.length;
        }
      }
      // Dexie's key type cannot spell a tuple holding bytes; the keys are `BatchKey`s.
      await db.visitEvents.bulkPut(rows, keys as unknown as IndexableTypeArrayReadonly);

      const [byId, sameNumber] = await Promise.all([
        db.helpTickets.bulkGet(backup.tickets.map((ticket) => ticket.id)),
        db.helpTickets
          .where('[day+number]')
          .anyOf(backup.tickets.map((ticket) => [ticket.day, ticket.number]))
          .toArray(),
      ]);
      const takenNumbers = new Set(sameNumber.map((ticket) => `${ticket.day}#${ticket.number}`));
      const newTickets = backup.tickets.filter(
        (ticket, index) =>
          byId[index] === undefined && !takenNumbers.has(`${ticket.day}#${ticket.number}`),
      );
      await db.helpTickets.bulkAdd(newTickets);

      const known = new Set((await db.auditLog.toArray()).map(auditKey));
      const entries: AuditEntry[] = [];
      for (const entry of backup.auditLog.map(withoutSeq)) {
        const marked: AuditEntry = {
          ...entry,
          detail: importedDetail(backup.kioskId, entry.detail),
        };
        // Already here: this kiosk's own entry, or one a previous import added.
        if (known.has(auditKey(entry)) || known.has(auditKey(marked))) continue;
        known.add(auditKey(marked));
        entries.push(marked);
      }
      await db.auditLog.bulkAdd(entries);

      return {
        visits: added.length,
        skipped: backup.visits.length - added.length,
        events,
        tickets: newTickets.length,
        ticketsSkipped: backup.tickets.length - newTickets.length,
        auditEntries: entries.length,
        ignored: { settings: backup.settings.length },
      };
    },
  );
  return ok(summary);
}
