/**
 * Help tickets: a citizen asks for a staff member and gets the day's next number. Policy: a ticket
 * carries no personal data except an optional callback request, given only with explicit consent,
 * sealed (AES-GCM) before it is stored and purged after the office's retention period.
 */

/** Where a ticket stands. `waiting` until a staff member marks it; the others are final. */
export const ticketStatuses = ['waiting', 'served', 'no-show', 'called-back'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

/** Encrypted bytes at rest: AES-GCM with a 96-bit random IV, both base64. */
export type SealedBox = {
  readonly alg: 'AES-GCM';
  /** Base64 of the 12-byte IV, fresh for every seal. */
  readonly iv: string;
  /** Base64 of the ciphertext with its 16-byte tag. */
  readonly data: string;
};

/** A callback request, as the citizen typed it; exists in memory only, sealed before storing. */
export type CallbackDetails = {
  readonly name: string;
  /** Normalised to `05XXXXXXXX` (core/help/phone.ts). */
  readonly mobile: string;
};

/** One ticket as the kiosk stores it (table `helpTickets`). */
export type HelpTicket = {
  /** Client-generated UUID. */
  readonly id: string;
  /** The kiosk-local day the ticket belongs to, `YYYY-MM-DD`: numbers restart each day. */
  readonly day: string;
  /** The day's sequence number, from 1: what the citizen is called by. */
  readonly number: number;
  /** Epoch milliseconds the ticket was taken. */
  readonly createdAt: number;
  readonly status: TicketStatus;
  /** When a staff member marked it served, no-show or called back. */
  readonly closedAt?: number;
  /** The staff account that marked it. */
  readonly closedBy?: string;
  /** The visit it was taken in, when there was one. */
  readonly sessionId?: string;
  /** The language the citizen used, so the staff member greets them in it. */
  readonly lang: 'ar' | 'en';
  /** True when the citizen asked to be called back (stays after the details are purged). */
  readonly hasCallback: boolean;
  /** The sealed `CallbackDetails`; removed by the retention purge. */
  readonly callback?: SealedBox;
  /** Epoch milliseconds after which `callback` is purged (createdAt + retention). */
  readonly purgeAfter?: number;
};

/** A ticket as reports and backups see it: never the callback details. */
export type TicketRecord = Omit<HelpTicket, 'callback' | 'purgeAfter'>;

/** Drops what is personal from a ticket (pure). */
export function toTicketRecord(ticket: HelpTicket): TicketRecord {
  return Object.fromEntries(
    Object.entries(ticket).filter(([key]) => key !== 'callback' && key !== 'purgeAfter'),
  ) as TicketRecord;
}
