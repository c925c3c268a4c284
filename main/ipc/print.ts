/**
 * The print domain's handler. Policy: the office decides on the machine where a page goes (the
 * configured printer, silently, or a PDF in the export folder); and main keeps a floor of one
 * print per `minPrintIntervalMs` per window, answering `too-soon` to anything faster. The floor is
 * a defence behind the renderer's own per-visit limit: a renderer that loops cannot empty the
 * paper tray or fill the disk.
 */
import type { WebContents } from 'electron';
import { err, ok } from '../../core/result';
import type { BridgeResult } from '../contract';
import {
  type PrintHandlers,
  type PrintResult,
  minPrintIntervalMs,
  validatePrintRequest,
} from '../contract/print';
import type { KioskConfig } from '../kioskConfig';
import { messageOf, writeToExportFolder } from './exportFolder';

/** When each window last started a print; shared by every call, keyed by the window's contents. */
export type PrintFloor = {
  /** True, and the time is taken, when `sender` may print now; false when it printed too lately. */
  readonly tryTake: (sender: object) => boolean;
};

/**
 * A floor of one print per `intervalMs` per sender (pure but for `now`). A slot is taken when a
 * print starts, before anything is awaited, so two calls at once cannot both pass.
 */
export function createPrintFloor(
  intervalMs: number = minPrintIntervalMs,
  now: () => number = Date.now,
): PrintFloor {
  const lastPrintAt = new WeakMap<object, number>();
  return {
    tryTake(sender) {
      const time = now();
      const last = lastPrintAt.get(sender);
      if (last !== undefined && time - last < intervalMs) return false;
      lastPrintAt.set(sender, time);
      return true;
    },
  };
}

export type PrintDeps = {
  /** The office's configuration, read afresh for each call. */
  readonly loadConfig: () => Promise<KioskConfig>;
  /** One floor for the life of the app (not per call). */
  readonly printFloor: PrintFloor;
};

/** Prints silently; resolves with Electron's verdict and, on failure, its reason. */
function printPage(
  contents: WebContents,
  printerName: string | null,
): Promise<{ readonly success: boolean; readonly failureReason: string }> {
  return new Promise((resolve) => {
    contents.print(
      {
        silent: true,
        printBackground: true,
        // No name: the system's default printer.
        ...(printerName === null ? {} : { deviceName: printerName }),
      },
      (success, failureReason) => resolve({ success, failureReason }),
    );
  });
}

export function createPrintHandlers(
  deps: PrintDeps,
  context: { readonly sender: WebContents },
): PrintHandlers {
  return {
    print: async (rawRequest: unknown): Promise<BridgeResult<PrintResult>> => {
      const validated = validatePrintRequest(rawRequest);
      if (!validated.ok) return validated;
      if (!deps.printFloor.tryTake(context.sender)) {
        return err('too-soon', `one print per ${minPrintIntervalMs / 1000} seconds per window`);
      }
      const config = await deps.loadConfig();
      switch (config.printMode) {
        case 'printer': {
          try {
            const { success, failureReason } = await printPage(context.sender, config.printerName);
            return success
              ? ok({ outcome: 'printed' })
              : err('print-failed', failureReason || 'the printer did not accept the page');
          } catch (error) {
            return err('print-failed', messageOf(error));
          }
        }
        case 'pdf': {
          if (config.exportFolder === null) {
            return err('unsupported', 'PDF printing needs an export folder');
          }
          let pdf: Buffer;
          try {
            pdf = await context.sender.printToPDF({
              printBackground: true,
              pageSize: 'A4',
              preferCSSPageSize: true,
            });
          } catch (error) {
            return err('print-failed', messageOf(error));
          }
          const written = await writeToExportFolder(config, validated.value.documentName, pdf);
          return written.ok ? ok({ outcome: 'saved-pdf', savedTo: written.value }) : written;
        }
        default: {
          const unknownMode: never = config.printMode;
          return err('unsupported', `unknown print mode ${String(unknownMode)}`);
        }
      }
    },
  };
}
