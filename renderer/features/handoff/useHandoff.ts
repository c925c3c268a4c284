/**
 * Hand-off actions: show the platform's QR code, print the checklist. Each is recorded as a
 * `handoff` event with where it happened; a failed print shows the bridge's translated error.
 */
import { useCallback, useState } from 'react';
import type { BridgeErrorCode } from '../../../main/contract';
import type { VisitEventPayloads } from '../../../core/visit/types';
import { err } from '../../../core/result';
import { useKiosk } from '../../app/kioskContext';
import { getBridge } from '../../bridge';

export type HandoffContext = VisitEventPayloads['handoff']['context'];

export type PrintStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'printing' }
  | { readonly kind: 'printed' }
  | { readonly kind: 'failed'; readonly code: BridgeErrorCode };

export function usePrintChecklist(context: HandoffContext) {
  const { recorder } = useKiosk();
  const [status, setStatus] = useState<PrintStatus>({ kind: 'idle' });
  const print = useCallback(async () => {
    setStatus({ kind: 'printing' });
    const result = await getBridge()
      .print({})
      // A bridge that throws (a browser's print blocked) fails like a printer that refused.
      .catch((error: unknown) => err('print-failed' as const, String(error)));
    if (result.ok) {
      recorder.record('handoff', { kind: 'printed', context });
      setStatus({ kind: 'printed' });
    } else {
      setStatus({ kind: 'failed', code: result.error.code });
    }
  }, [context, recorder]);
  return { status, print };
}
