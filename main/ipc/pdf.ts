/**
 * The PDF domain's handler: the sender's own page as an A4 PDF. Policy: main prints only the page
 * that asked (never another window, never a PDF the renderer made), writes it where every export
 * goes (the office's export folder; a save dialog only outside kiosk builds), and keeps a floor of
 * one PDF per `minPrintIntervalMs` per window.
 */
import type { WebContents } from 'electron';
import { err, ok } from '../../core/result';
import type { BridgeResult } from '../contract';
import { minPrintIntervalMs } from '../contract/print';
import {
  type PdfHandlers,
  type SavePagePdfResult,
  validateSavePagePdfRequest,
} from '../contract/pdf';
import { messageOf, writeToExportFolder } from './exportFolder';
import { type FilesDeps, isSaveDialogAllowed, saveThroughDialog } from './files';
import type { PrintFloor } from './print';

export type PdfDeps = FilesDeps & {
  /** One floor for the life of the app, apart from printing's: a report PDF is not paper. */
  readonly pdfFloor: PrintFloor;
};

export function createPdfHandlers(
  deps: PdfDeps,
  context: { readonly sender: WebContents },
): PdfHandlers {
  return {
    savePagePdf: async (rawRequest: unknown): Promise<BridgeResult<SavePagePdfResult>> => {
      const validated = validateSavePagePdfRequest(rawRequest);
      if (!validated.ok) return validated;
      const { fileName, target } = validated.value;
      // Refused before the page is printed: nothing to do work for.
      if (target === 'dialog' && !isSaveDialogAllowed(deps.appInfo.isKiosk)) {
        return err('unsupported', 'a kiosk build never opens a save dialog');
      }
      const config = await deps.loadConfig();
      if (target === 'folder' && config.exportFolder === null) {
        return err('unsupported', 'no export folder is configured on this kiosk');
      }
      if (!deps.pdfFloor.tryTake(context.sender)) {
        return err('too-soon', `one PDF per ${minPrintIntervalMs / 1000} seconds per window`);
      }
      let pdf: Buffer;
      try {
        pdf = await context.sender.printToPDF({
          printBackground: true,
          pageSize: 'A4',
          // The report's @page rule (A4, its margins) decides the layout, as in the browser.
          preferCSSPageSize: true,
        });
      } catch (error) {
        return err('print-failed', messageOf(error));
      }
      const written =
        target === 'folder'
          ? await writeToExportFolder(config, fileName, pdf)
          : await saveThroughDialog(deps, context.sender, fileName, pdf);
      if (!written.ok) return written;
      const savedTo = typeof written.value === 'string' ? written.value : written.value.savedTo;
      return ok({ outcome: 'saved-pdf', savedTo });
    },
  };
}
