/**
 * Help tickets in the `helpTickets` table: the citizen's queue number and, only with explicit
 * consent, a callback request. Policy:
 * - Numbers are a daily sequence from 1, by the kiosk-local day (Saudi time, UTC+3): the next
 *   number is read and written in one read-write transaction, so two tickets never share one.
 * - Callback details are sealed (AES-GCM, bound to the ticket's id) before any transaction opens
 *   (WebCrypto's promises would end a Dexie transaction), so no plaintext name or number is ever
 *   written; they are kept `retentionDays` days from the ticket's creation, then
 *   `purgeExpiredCallbacks` removes the sealed box and its date (the ticket keeps `hasCallback`).
 * - Only a waiting ticket is closed or given a callback: a closed ticket stays as it was closed.
 * - Reading a callback's details is audited (`callback-viewed`), and so is a purge that removed
 *   any (`callbacks-purged` with the count), when an audit log is given.
 */
import { Dexie } from 'dexie';
import { checkCallbackName } from '../../core/help/callbackName';
import { normalizeSaudiMobile } from '../../core/help/phone';
import { kioskDay, saudiUtcOffsetMinutes } from '../../core/report/options';
import type { CallbackDetails, HelpTicket, TicketStatus } from '../../core/help/types';
import type { Language } from '../../core/content/schema';
import { openText, sealText } from '../../core/crypto/sealedBox';
import { err, ok, type Result } from '../../core/result';
import type { AuditAction } from '../../core/staff/types';
import type { RuknDatabase } from './database';

/** What the help repository writes to the audit log (the audit repository has this shape). */
export type HelpAudit = {
  readonly record: (
    action: AuditAction,
    options: { readonly staffId?: string; readonly detail?: string },
  ) => Promise<void>;
};

export type HelpRepositoryDeps = {
  readonly db: RuknDatabase;
  /** Epoch milliseconds; injected so tests control time. */
  readonly now?: () => number;
  /** The AES-GCM key callback details are sealed with (non-extractable; see secrets/keyring). */
  readonly key: () => Promise<CryptoKey>;
  readonly audit?: HelpAudit;
  /** Minutes east of UTC of the kiosk's day; Saudi Arabia (180) unless a test says otherwise. */
  readonly utcOffsetMinutes?: number;
  /** Makes ticket ids; `crypto.randomUUID` unless a test says otherwise. */
  readonly newId?: () => string;
};

export type TakeTicketInput = {
  /** The language the citizen used, so the staff member greets them in it. */
  readonly lang: Language;
  /** The visit the ticket was taken in. */
  readonly sessionId?: string;
  /** Given only with the citizen's explicit consent; sealed before it is stored. */
  readonly callback?: CallbackDetails;
  /** Days the callback details are kept (the `callbackRetentionDays` setting). */
  readonly retentionDays: number;
};

/** Why a ticket could not be changed. */
export type TicketChangeError = 'unknown-ticket' | 'closed';

/** The statuses a staff member closes a ticket with. */
export type ClosingStatus = Exclude<TicketStatus, 'waiting'>;

export type HelpRepository = {
  /** Gives the day's next number (from 1), with the callback request sealed if there is one. */
  readonly takeTicket: (input: TakeTicketInput) => Promise<HelpTicket>;
  /**
   * Adds (or replaces) the callback request of a waiting ticket: "call me back instead", asked
   * after the number was given. Retention counts from the ticket's creation.
   */
  readonly addCallback: (
    id: string,
    callback: CallbackDetails,
    retentionDays: number,
  ) => Promise<Result<HelpTicket, TicketChangeError>>;
  /** Waiting tickets of any day, longest waiting first. */
  readonly listWaiting: () => Promise<HelpTicket[]>;
  /** Tickets taken from `fromMs` (inclusive) to `toMs` (exclusive), oldest first. */
  readonly listBetween: (fromMs: number, toMs: number) => Promise<HelpTicket[]>;
  /** Marks a waiting ticket served, no-show or called back, by `staffId`. */
  readonly close: (
    id: string,
    status: ClosingStatus,
    staffId: string,
  ) => Promise<Result<HelpTicket, TicketChangeError>>;
  /**
   * The callback details of a ticket, opened; undefined when it has none or they were purged.
   * Rejects when the sealed box cannot be opened (another key, changed bytes). `staffId` names
   * who read them in the audit log.
   */
  readonly readCallback: (id: string, staffId?: string) => Promise<CallbackDetails | undefined>;
  /** Removes callback details past their retention; returns how many tickets lost theirs. */
  readonly purgeExpiredCallbacks: () => Promise<number>;
};

const dayMs = 24 * 60 * 60 * 1000;

/** The details as stored inside the sealed box: normalised, or an error naming no value. */
function cleanCallback(callback: CallbackDetails): CallbackDetails {
  const name = checkCallbackName(callback.name);
  const mobile = normalizeSaudiMobile(callback.mobile);
  if (!name.ok || mobile === null) throw new RangeError('callback details are not valid');
  return { name: name.value, mobile };
}

function checkRetentionDays(days: number): number {
  if (!Number.isInteger(days) || days < 1) throw new RangeError('retentionDays must be >= 1');
  return days;
}

/** How a ticket is named in the audit log: its day and number, never anything personal. */
function ticketLabel(ticket: HelpTicket): string {
  return `${ticket.day} #${ticket.number}`;
}

/** Creates the help repository over the kiosk database. */
export function createHelpRepository({
  db,
  now = Date.now,
  key,
  audit,
  utcOffsetMinutes = saudiUtcOffsetMinutes,
  newId = () => crypto.randomUUID(),
}: HelpRepositoryDeps): HelpRepository {
  const seal = async (id: string, callback: CallbackDetails) =>
    sealText(await key(), JSON.stringify(cleanCallback(callback)), id);

  /** Applies `change` to a waiting ticket in one transaction. */
  const changeWaiting = (id: string, change: Partial<HelpTicket>) =>
    db.transaction(
      'rw',
      db.helpTickets,
      async (): Promise<Result<HelpTicket, TicketChangeError>> => {
        const ticket = await db.helpTickets.get(id);
        if (!ticket) return err('unknown-ticket', 'no ticket with this id');
        if (ticket.status !== 'waiting') return err('closed', `ticket is ${ticket.status}`);
        const changed: HelpTicket = { ...ticket, ...change };
        await db.helpTickets.put(changed);
        return ok(changed);
      },
    );

  return {
    async takeTicket({ lang, sessionId, callback, retentionDays }) {
      const id = newId();
      const createdAt = now();
      const day = kioskDay(createdAt, utcOffsetMinutes);
      // Sealed first: a WebCrypto promise inside the transaction would commit it early.
      const sealed = callback === undefined ? undefined : await seal(id, callback);
      const purgeAfter =
        sealed === undefined ? undefined : createdAt + checkRetentionDays(retentionDays) * dayMs;
      return db.transaction('rw', db.helpTickets, async () => {
        const last = await db.helpTickets
          .where('[day+number]')
          .between([day, Dexie.minKey], [day, Dexie.maxKey])
          .last();
        const ticket: HelpTicket = {
          id,
          day,
          number: (last?.number ?? 0) + 1,
          createdAt,
          status: 'waiting',
          lang,
          hasCallback: sealed !== undefined,
          ...(sessionId === undefined ? {} : { sessionId }),
          ...(sealed === undefined ? {} : { callback: sealed, purgeAfter }),
        };
        await db.helpTickets.add(ticket);
        return ticket;
      });
    },

    async addCallback(id, callback, retentionDays) {
      const days = checkRetentionDays(retentionDays);
      const sealed = await seal(id, callback);
      const ticket = await db.helpTickets.get(id);
      if (!ticket) return err('unknown-ticket', 'no ticket with this id');
      return changeWaiting(id, {
        hasCallback: true,
        callback: sealed,
        purgeAfter: ticket.createdAt + days * dayMs,
      });
    },

    async listWaiting() {
      return db.helpTickets
        .where('[status+createdAt]')
        .between(['waiting', Dexie.minKey], ['waiting', Dexie.maxKey])
        .toArray();
    },

    async listBetween(fromMs, toMs) {
      if (!(toMs > fromMs)) return [];
      return db.helpTickets.where('createdAt').between(fromMs, toMs, true, false).toArray();
    },

    async close(id, status, staffId) {
      return changeWaiting(id, { status, closedAt: now(), closedBy: staffId });
    },

    async readCallback(id, staffId) {
      const ticket = await db.helpTickets.get(id);
      if (!ticket?.callback) return undefined;
      const details = JSON.parse(
        await openText(await key(), ticket.callback, ticket.id),
      ) as unknown;
      if (
        typeof details !== 'object' ||
        details === null ||
        typeof (details as CallbackDetails).name !== 'string' ||
        typeof (details as CallbackDetails).mobile !== 'string'
      ) {
        throw new Error('sealed callback details have an unknown shape');
      }
      await audit?.record('callback-viewed', {
        ...(staffId === undefined ? {} : { staffId }),
        detail: ticketLabel(ticket),
      });
      const { name, mobile } = details as CallbackDetails;
      return { name, mobile };
    },

    async purgeExpiredCallbacks() {
      const count = await db.helpTickets
        .where('purgeAfter')
        .belowOrEqual(now())
        .modify((ticket) => {
          const row = ticket as { callback?: unknown; purgeAfter?: unknown };
          delete row.callback;
          delete row.purgeAfter;
        });
      if (count > 0) await audit?.record('callbacks-purged', { detail: String(count) });
      return count;
    },
  };
}
