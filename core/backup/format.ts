/**
 * The backup file: all of a kiosk's visit data as one JSON document, for support and for moving a
 * kiosk. Policy: a backup never holds a callback request's details (tickets are `TicketRecord`s),
 * PIN hashes, staff accounts or keys; events are in their readable form (never the compact stored
 * batches), so any tool can read a backup. A file is checked field by field before anything is
 * imported (`validateBackup`), and a file from a newer schema than this kiosk knows is refused as
 * `newer-schema`, never half read.
 */
import { languages } from '../content/schema';
import { isDay } from '../report/options';
import { ticketStatuses, type TicketRecord } from '../help/types';
import { err, ok, type Result } from '../result';
import { auditActions, type AuditEntry } from '../staff/types';
import { hasOnlyKeys, isNonEmptyString, isOneOf, isRecord } from '../validation';
import { syncStates, type StoredVisit, type VisitEvent } from '../visit/types';
import { checkEventFields, checkVisitFields, isCount, isTime } from '../visit/validate';

/** The backup shape this kiosk writes and reads: the database version it was taken from. */
export const backupSchemaVersion = 3;

/** A setting as stored: one row per key. */
export type BackupSetting = {
  readonly key: string;
  /** JSON-compatible value. */
  readonly value: unknown;
};

/** One backup file. */
export type BackupFile = {
  /** Always `rukn-backup`: says what the file is. */
  readonly format: 'rukn-backup';
  /** The shape version (`backupSchemaVersion`); a newer one is refused. */
  readonly schemaVersion: typeof backupSchemaVersion;
  /** Epoch milliseconds the backup was taken. */
  readonly exportedAt: number;
  /** The kiosk it was taken from. */
  readonly kioskId: string;
  /** Every visit, with where it stands with the hub. */
  readonly visits: readonly StoredVisit[];
  /** Every event of those visits, readable (decoded), ids `<visit id>:<sequence>`. */
  readonly events: readonly VisitEvent[];
  /** Every ticket, without callback details. */
  readonly tickets: readonly TicketRecord[];
  /** The audit log, oldest first. */
  readonly auditLog: readonly AuditEntry[];
  /** The kiosk's settings (for support; an import never applies them). */
  readonly settings: readonly BackupSetting[];
};

/** Why a file was refused. */
export type BackupError = 'invalid' | 'newer-schema';

const fileKeys = [
  'format',
  'schemaVersion',
  'exportedAt',
  'kioskId',
  'visits',
  'events',
  'tickets',
  'auditLog',
  'settings',
];
const ticketKeys = [
  'id',
  'day',
  'number',
  'createdAt',
  'status',
  'closedAt',
  'closedBy',
  'sessionId',
  'lang',
  'hasCallback',
];
const auditKeys = ['seq', 'at', 'staffId', 'action', 'detail'];

const isOptional = (value: unknown, check: (value: unknown) => boolean): boolean =>
  value === undefined || check(value);

/** A value JSON can hold (what a setting may be), nested at most a few levels. */
function isJsonValue(value: unknown, depth = 0): boolean {
  if (depth > 8) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1));
  if (isRecord(value)) return Object.values(value).every((item) => isJsonValue(item, depth + 1));
  return false;
}

function checkVisit(value: unknown): string | undefined {
  const problem = checkVisitFields(value, ['syncState']);
  if (problem !== undefined || !isRecord(value)) return problem;
  if (!isOneOf(value.syncState, syncStates)) return 'syncState';
  // An open visit has no end; an ended one has both its end and its reason.
  if ((value.syncState === 'open') !== (value.endedAt === undefined)) {
    return 'end does not match syncState';
  }
  return undefined;
}

function checkTicket(value: unknown): string | undefined {
  // `callback` and `purgeAfter` are not allowed keys: a backup never carries callback details.
  if (!isRecord(value) || !hasOnlyKeys(value, ticketKeys)) return 'unexpected shape';
  if (!isNonEmptyString(value.id)) return 'id';
  if (!isDay(value.day)) return 'day';
  if (!isCount(value.number) || value.number === 0) return 'number';
  if (!isTime(value.createdAt)) return 'createdAt';
  if (!isOneOf(value.status, ticketStatuses)) return 'status';
  if (!isOptional(value.closedAt, isTime)) return 'closedAt';
  if (!isOptional(value.closedBy, isNonEmptyString)) return 'closedBy';
  if (!isOptional(value.sessionId, isNonEmptyString)) return 'sessionId';
  if (!isOneOf(value.lang, languages)) return 'lang';
  if (typeof value.hasCallback !== 'boolean') return 'hasCallback';
  return undefined;
}

function checkAuditEntry(value: unknown): string | undefined {
  if (!isRecord(value) || !hasOnlyKeys(value, auditKeys)) return 'unexpected shape';
  if (!isOptional(value.seq, isCount)) return 'seq';
  if (!isTime(value.at)) return 'at';
  if (!isOptional(value.staffId, isNonEmptyString)) return 'staffId';
  if (!isOneOf(value.action, auditActions)) return 'action';
  if (!isOptional(value.detail, (v) => typeof v === 'string')) return 'detail';
  return undefined;
}

function checkSetting(value: unknown): string | undefined {
  if (!isRecord(value) || !hasOnlyKeys(value, ['key', 'value'])) return 'unexpected shape';
  if (!isNonEmptyString(value.key)) return 'key';
  if (!isJsonValue(value.value)) return 'value';
  return undefined;
}

/** The first problem of a list, as `list[index].field`. */
function firstProblem(
  name: string,
  list: unknown,
  check: (value: unknown) => string | undefined,
): string | undefined {
  if (!Array.isArray(list)) return `${name}: expected a list`;
  for (let index = 0; index < list.length; index += 1) {
    const problem = check(list[index]);
    if (problem !== undefined) return `${name}[${index}]: ${problem}`;
  }
  return undefined;
}

/**
 * Checks an untrusted value (a parsed file) against the backup shape: every field of every
 * record, no unknown keys, no two visits or tickets with one id, every event belonging to a visit
 * of the file. A file of a newer schema is `newer-schema`; anything else wrong is `invalid`, with
 * the first problem in the message.
 */
export function validateBackup(value: unknown): Result<BackupFile, BackupError> {
  if (!isRecord(value) || value.format !== 'rukn-backup') {
    return err('invalid', 'not a Rukn backup file');
  }
  const version = value.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > backupSchemaVersion) {
    return err('newer-schema', `schema ${version} is newer than ${backupSchemaVersion}`);
  }
  if (version !== backupSchemaVersion) return err('invalid', 'schemaVersion: unknown');
  if (!hasOnlyKeys(value, fileKeys)) return err('invalid', 'unexpected top-level key');
  if (!isTime(value.exportedAt)) return err('invalid', 'exportedAt');
  if (typeof value.kioskId !== 'string') return err('invalid', 'kioskId');

  const visitProblem = firstProblem('visits', value.visits, checkVisit);
  if (visitProblem) return err('invalid', visitProblem);
  const visits = value.visits as StoredVisit[];
  const visitIds = new Set(visits.map((visit) => visit.id));
  if (visitIds.size !== visits.length) return err('invalid', 'visits: duplicate id');

  const eventProblem = firstProblem('events', value.events, (event) =>
    checkEventFields(event, visitIds),
  );
  if (eventProblem) return err('invalid', eventProblem);
  const events = value.events as VisitEvent[];
  if (new Set(events.map((event) => event.id)).size !== events.length) {
    return err('invalid', 'events: duplicate id');
  }

  const ticketProblem = firstProblem('tickets', value.tickets, checkTicket);
  if (ticketProblem) return err('invalid', ticketProblem);
  const tickets = value.tickets as TicketRecord[];
  if (new Set(tickets.map((ticket) => ticket.id)).size !== tickets.length) {
    return err('invalid', 'tickets: duplicate id');
  }
  if (new Set(tickets.map((ticket) => `${ticket.day}#${ticket.number}`)).size !== tickets.length) {
    return err('invalid', 'tickets: duplicate day and number');
  }

  const auditProblem = firstProblem('auditLog', value.auditLog, checkAuditEntry);
  if (auditProblem) return err('invalid', auditProblem);
  const settingProblem = firstProblem('settings', value.settings, checkSetting);
  if (settingProblem) return err('invalid', settingProblem);

  return ok(value as unknown as BackupFile);
}
