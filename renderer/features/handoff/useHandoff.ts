/**
 * Hand-off actions: show the platform's QR code, print the checklist. Policy: a print is recorded
 * as a `handoff` event only when it really happened (a printer accepted the page, or a PDF was
 * saved); a browser's print dialog records nothing, because whether anyone printed is unknown.
 * A failed print shows the bridge's translated error. Prints are limited per visit and in time
 * (`printLimits.ts`); a print the limits refuse never reaches the bridge and says why politely.
 */
import { useCallback, useState } from 'react';
import type { BridgeErrorCode, PrintResult } from '../../../main/contract';
import type { VisitEventPayloads } from '../../../core/visit/types';
import { err } from '../../../core/result';
import { useKiosk } from '../../visit/context';
import { getBridge } from '../../bridge';
import { useGuideVisit } from '../guide';
import { printVerdict } from './printLimits';

/** Where the hand-off happened: guide, checklist or eligibility result. */
export type HandoffContext = VisitEventPayloads['handoff']['context'];

/** What the print button's status line shows. */
export type PrintStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'printing' }
  /** The printer accepted the page: the citizen takes it from the printer. */
  | { readonly kind: 'printed' }
  /** Saved as a PDF for the office: the citizen asks the staff for the paper copy. */
  | { readonly kind: 'saved' }
  | { readonly kind: 'failed'; readonly code: BridgeErrorCode }
  /** This visit printed all it may: the staff member gives further copies. */
  | { readonly kind: 'visit-limit'; readonly maxPrints: number }
  /** A print started moments ago: wait a little. */
  | { readonly kind: 'too-soon' };

/** True when a print outcome is a fact worth counting, not a guess (pure). */
export function isRealPrint(outcome: PrintResult['outcome']): boolean {
  return outcome === 'printed' || outcome === 'saved-pdf';
}

/** The PDF name for a print made at `now`, by the kiosk's local date: `checklist-2026-11-28.pdf`. */
export function checklistDocumentName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `checklist-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.pdf`;
}

function statusAfter(outcome: PrintResult['outcome']): PrintStatus {
  switch (outcome) {
    case 'printed':
      return { kind: 'printed' };
    case 'saved-pdf':
      return { kind: 'saved' };
    case 'dialog-shown':
      // The browser's own dialog is the feedback; a message here would be a guess.
      return { kind: 'idle' };
    default: {
      const unknown: never = outcome;
      return unknown;
    }
  }
}

/** Prints the checklist through the bridge and records the hand-off if it really happened. */
export function usePrintChecklist(context: HandoffContext) {
  const { recorder } = useKiosk();
  const { printLimits, printedAt, recordPrint } = useGuideVisit();
  const [status, setStatus] = useState<PrintStatus>({ kind: 'idle' });
  const print = useCallback(async () => {
    const startedAt = Date.now();
    const verdict = printVerdict(printedAt, printLimits, startedAt);
    if (verdict.kind === 'visit-limit') {
      setStatus({ kind: 'visit-limit', maxPrints: verdict.maxPrints });
      return;
    }
    if (verdict.kind === 'too-soon') {
      setStatus({ kind: 'too-soon' });
      return;
    }
    setStatus({ kind: 'printing' });
    const result = await getBridge()
      .print({ documentName: checklistDocumentName(new Date()) })
      // A bridge that throws (a browser's print blocked) fails like a printer that refused.
      .catch((error: unknown) => err('print-failed' as const, String(error)));
    if (!result.ok) {
      // Main keeps its own floor between prints: that is a wait, not a failure.
      if (result.error.code === 'too-soon') {
        setStatus({ kind: 'too-soon' });
        return;
      }
      // A print that failed used no paper: it does not count against the visit.
      setStatus({ kind: 'failed', code: result.error.code });
      return;
    }
    recordPrint(startedAt);
    if (isRealPrint(result.value.outcome)) {
      recorder.record('handoff', { kind: 'printed', context });
    }
    setStatus(statusAfter(result.value.outcome));
  }, [context, printLimits, printedAt, recordPrint, recorder]);
  return { status, print };
}
