/**
 * The PDF domain of the IPC contract: save the page the renderer shows as a PDF (the visit
 * report's "Export PDF"). Main makes the PDF of the sender's own page with Chromium's print to
 * PDF, so the renderer can neither hand main a PDF to write nor name another page; like every
 * file, it goes into the office's export folder (or, in development, where a save dialog says).
 * A browser cannot make a PDF silently: the web bridge opens its print dialog instead. Pure: the
 * validator runs in main, the types in both.
 */
import { fileExtension, isPlainFileName } from '../../core/fileNames';
import { err, ok } from '../../core/result';
import { hasOnlyKeys, isOneOf, isRecord } from '../../core/validation';
import type { BridgeErrorCode, BridgeResult } from './errors';

export type SavePagePdfRequest = {
  /** Plain `.pdf` file name, no folders: `rukn-report-2026-11-28.pdf`. Validated by main. */
  readonly fileName: string;
  /**
   * `folder`: the office's export folder, under a name no other file has (`unsupported` when none
   * is configured). `dialog`: a save dialog, in development only (`unsupported` in kiosk builds).
   */
  readonly target: 'dialog' | 'folder';
};

export type SavePagePdfResult = {
  /**
   * `saved-pdf`: the PDF was written (see `savedTo`). `dialog-shown`: a browser showed its print
   * dialog, where the staff member may choose "Save as PDF"; whether they did is unknown.
   */
  readonly outcome: 'saved-pdf' | 'dialog-shown';
  /** Where the PDF was written, when `outcome` is `saved-pdf`. */
  readonly savedTo?: string;
};

/**
 * The PDF calls of `window.kiosk`. Main answers `too-soon` to a second PDF from the same window
 * within `minPrintIntervalMs` (contract/print.ts): making a PDF is heavy, and a renderer that
 * loops must not fill the export folder.
 */
export type PdfBridge = {
  readonly savePagePdf: (request: SavePagePdfRequest) => Promise<BridgeResult<SavePagePdfResult>>;
};

/** Main's side takes the same argument, untrusted until `validateSavePagePdfRequest` passes it. */
export type PdfHandlers = PdfBridge;

export const pdfChannels = {
  savePagePdf: 'pdf:save-page',
} as const satisfies Record<keyof PdfBridge, string>;

export const pdfFailureCodes = {
  savePagePdf: 'print-failed',
} as const satisfies Record<keyof PdfBridge, BridgeErrorCode>;

/** Validates a `savePagePdf` argument at run time (pure): a plain `.pdf` name and a target. */
export function validateSavePagePdfRequest(value: unknown): BridgeResult<SavePagePdfRequest> {
  if (!isRecord(value)) return err('invalid-request', 'savePagePdf expects an object');
  if (!hasOnlyKeys(value, ['fileName', 'target'])) {
    return err('invalid-request', 'savePagePdf takes only fileName and target');
  }
  const { fileName, target } = value;
  if (
    typeof fileName !== 'string' ||
    !isPlainFileName(fileName) ||
    fileExtension(fileName) !== '.pdf'
  ) {
    return err('invalid-request', 'fileName must be a plain pdf file name');
  }
  if (!isOneOf(target, ['dialog', 'folder'])) {
    return err('invalid-request', 'target must be dialog or folder');
  }
  return ok({ fileName, target });
}
