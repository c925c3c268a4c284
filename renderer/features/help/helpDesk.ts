/**
 * The help desk as the screens reach it: the ticket store, the retention the office set, and
 * which ticket this visit already holds (so asking again from another page shows the same number
 * instead of taking a second one). Policy: what is remembered per visit is the ticket without its
 * sealed details, and it is forgotten as soon as the visit ends.
 */
import { createContext, useContext } from 'react';
import { toTicketRecord, type HelpTicket, type TicketRecord } from '../../../core/help/types';
import type { HelpRepository } from '../../db/helpRepository';
import type { VisitEventPayloads } from '../../../core/visit/types';
import type { VisitRecorder } from '../../visit/recorder';

/** Where the citizen asked from, as the `help-request` event records it. */
export type HelpFrom = VisitEventPayloads['help-request']['from'];

/** The ticket a visit took, without its sealed details, and where it was asked for. */
export type VisitTicket = { readonly ticket: TicketRecord; readonly from: HelpFrom };

export type HelpDesk = {
  readonly repository: HelpRepository;
  /** Days callback details are kept (the `callbackRetentionDays` setting). */
  readonly retentionDays: number;
  /** The ticket visit `visitId` took, if it took one. */
  readonly ticketOf: (visitId: string) => VisitTicket | undefined;
  /** Remembers the ticket a visit took (or its update), until the visit ends. */
  readonly remember: (visitId: string, ticket: HelpTicket, from: HelpFrom) => void;
};

export type HelpDeskOptions = {
  readonly repository: HelpRepository;
  readonly retentionDays: number;
  /** Its `afterEnd` clears what visits remembered. */
  readonly recorder: Pick<VisitRecorder, 'afterEnd'>;
};

/** Creates the help desk for the kiosk's life; one per start-up. */
export function createHelpDesk({ repository, retentionDays, recorder }: HelpDeskOptions): HelpDesk {
  const tickets = new Map<string, VisitTicket>();
  recorder.afterEnd(() => tickets.clear());
  return {
    repository,
    retentionDays,
    ticketOf: (visitId) => tickets.get(visitId),
    remember: (visitId, ticket, from) => {
      tickets.set(visitId, { ticket: toTicketRecord(ticket), from });
    },
  };
}

/**
 * Removes callback details past their retention now and then every `intervalMs` (an hour), in
 * the background: a kiosk left running for weeks still purges on time. Returns its stop.
 */
export function startCallbackPurge(
  repository: Pick<HelpRepository, 'purgeExpiredCallbacks'>,
  intervalMs = 60 * 60 * 1000,
): () => void {
  const purge = () => {
    repository.purgeExpiredCallbacks().catch((error: unknown) => {
      // Storage trouble never stops the kiosk; the next run tries again.
      console.warn('callback purge failed', error instanceof Error ? error.name : 'unknown');
    });
  };
  purge();
  const timer = setInterval(purge, intervalMs);
  return () => clearInterval(timer);
}

/** Provided once around the app (renderer/main.tsx); absent in a shell without storage. */
export const HelpDeskContext = createContext<HelpDesk | null>(null);

/** The help desk, or null when the kiosk runs without one (the screens then send to the staff). */
export function useHelpDesk(): HelpDesk | null {
  return useContext(HelpDeskContext);
}
