/**
 * The print domain of the IPC contract: print the current page. How is the office's choice, made
 * on the machine: Electron prints to the configured printer or saves a PDF into the export folder;
 * a browser opens its print dialog. Pure: the validator runs in main, the types in both.
 */
import { fileExtension, isPlainFileName } from '../../core/fileNames';
import { err, ok } from '../../core/result';
import { hasOnlyKeys, isRecord } from '../../core/validation';
import type { BridgeErrorCode, BridgeResult } from './errors';

export type PrintRequest = {
  /** Plain PDF file name for PDF mode, such as `checklist-2026-11-28.pdf`. Validated by main. */
  readonly documentName: string;
};

export type PrintResult = {
  /**
   * `printed`: the printer accepted the page. `saved-pdf`: a PDF was written (see `savedTo`).
   * `dialog-shown`: a browser showed its print dialog; whether anyone printed is unknown.
   */
  readonly outcome: 'printed' | 'saved-pdf' | 'dialog-shown';
  /** Where the PDF was written, when `outcome` is `saved-pdf`. */
  readonly savedTo?: string;
};

/**
 * The print calls of `window.kiosk`. Main answers `too-soon` to a second print from the same
 * window within `minPrintIntervalMs`, whatever the renderer's own per-visit limit allows.
 */
export type PrintBridge = {
  readonly print: (request: PrintRequest) => Promise<BridgeResult<PrintResult>>;
};

export type PrintHandlers = PrintBridge;

export const printChannels = {
  print: 'print:print-page',
} as const satisfies Record<keyof PrintBridge, string>;

export const printFailureCodes = {
  print: 'print-failed',
} as const satisfies Record<keyof PrintBridge, BridgeErrorCode>;

/** The floor main keeps between two prints from one window: paper is not a toy. */
export const minPrintIntervalMs = 10_000;

/** Validates a `print` argument at run time (pure): a plain `.pdf` name for PDF mode. */
export function validatePrintRequest(value: unknown): BridgeResult<PrintRequest> {
  if (!isRecord(value)) return err('invalid-request', 'print expects an object');
  if (!hasOnlyKeys(value, ['documentName'])) {
    return err('invalid-request', 'print takes only documentName');
  }
  const { documentName } = value;
  if (
    typeof documentName !== 'string' ||
    !isPlainFileName(documentName) ||
    fileExtension(documentName) !== '.pdf'
  ) {
    return err('invalid-request', 'documentName must be a plain pdf file name');
  }
  return ok({ documentName });
}
