/**
 * Prints the ticket through the bridge, within the visit's print limits (shared with the printed
 * checklist: the paper is the office's, whatever is printed on it). Policy as the hand-off's: a
 * print the limits refuse never reaches the bridge; a failed print does not count; a browser's
 * print dialog says nothing, since whether anyone printed is unknown.
 */
import { useCallback, useState } from 'react';
import type { BridgeErrorCode } from '../../../main/contract';
import type { TicketRecord } from '../../../core/help/types';
import { err } from '../../../core/result';
import { getBridge } from '../../bridge';
import { useGuideVisit } from '../guide';
import { isRealPrint, printVerdict } from '../handoff';

/** What the print button's status line shows. */
export type TicketPrintStatus =
  | { readonly kind: 'idle' | 'printing' | 'printed' | 'saved' | 'visit-limit' | 'too-soon' }
  | { readonly kind: 'failed'; readonly code: BridgeErrorCode };

/** The PDF name of a ticket: `ticket-2026-03-01-7.pdf`. */
export function ticketDocumentName(ticket: Pick<TicketRecord, 'day' | 'number'>): string {
  return `ticket-${ticket.day}-${ticket.number}.pdf`;
}

export function usePrintTicket(ticket: TicketRecord) {
  const { printLimits, printedAt, recordPrint } = useGuideVisit();
  const [status, setStatus] = useState<TicketPrintStatus>({ kind: 'idle' });
  const print = useCallback(async () => {
    const startedAt = Date.now();
    const verdict = printVerdict(printedAt, printLimits, startedAt);
    if (verdict.kind !== 'allowed') {
      setStatus({ kind: verdict.kind });
      return;
    }
    setStatus({ kind: 'printing' });
    const result = await getBridge()
      .print({ documentName: ticketDocumentName(ticket) })
      .catch((error: unknown) => err('print-failed' as const, String(error)));
    if (!result.ok) {
      setStatus(
        result.error.code === 'too-soon'
          ? { kind: 'too-soon' }
          : { kind: 'failed', code: result.error.code },
      );
      return;
    }
    recordPrint(startedAt);
    const { outcome } = result.value;
    setStatus({
      kind: isRealPrint(outcome) ? (outcome === 'printed' ? 'printed' : 'saved') : 'idle',
    });
  }, [printLimits, printedAt, recordPrint, ticket]);
  return { status, print };
}
