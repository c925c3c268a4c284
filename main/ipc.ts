/**
 * The typed IPC handlers behind `window.kiosk`. Policy: a message is answered only if it comes from
 * the top frame of a window the app created, showing an app origin; every argument is re-validated
 * here (the renderer is never trusted); the renderer names files, never folders: main writes only
 * into the office's configured export folder, never over an existing file, and opens no save
 * dialog in kiosk builds; failures are values, never thrown across the bridge.
 */
import { randomUUID } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type BrowserWindow,
  type IpcMainInvokeEvent,
  type SaveDialogOptions,
  type SaveDialogReturnValue,
  type WebContents,
  ipcMain,
} from 'electron';
import { err, ok } from '../core/result';
import {
  type AppInfo,
  type BridgeErrorCode,
  type BridgeResult,
  type KioskBridge,
  type KioskHandlers,
  type PrintRequest,
  type PrintResult,
  type SaveFileRequest,
  type SaveFileResult,
  ipcChannels,
} from './contract';
import { isExistingFolder, writeFileUniquely } from './exportFiles';
import { type KioskConfig } from './kioskConfig';
import { isAllowedNavigation } from './security';

/** What main knows about the sender of an IPC message, reduced to plain data for the policy. */
export type SenderInfo = {
  /** URL of the sending frame; null when the frame is gone (navigated away or destroyed). */
  readonly frameUrl: string | null;
  /** True when the sending frame is its page's top frame (the app has no iframes). */
  readonly isTopFrame: boolean;
  /** Id of the BrowserWindow hosting the sender, or null if it is not in a window. */
  readonly windowId: number | null;
};

/** Who may talk to main: the app's origins, in windows the app created. */
export type SenderPolicy = {
  readonly allowedOrigins: readonly string[];
  readonly appWindowIds: ReadonlySet<number>;
};

/** True when a message's sender may be answered (pure). */
export function isTrustedSender(sender: SenderInfo, policy: SenderPolicy): boolean {
  return (
    sender.frameUrl !== null &&
    sender.isTopFrame &&
    sender.windowId !== null &&
    policy.appWindowIds.has(sender.windowId) &&
    isAllowedNavigation(sender.frameUrl, policy.allowedOrigins)
  );
}

/** Extensions the kiosk writes: the visit report (CSV, PDF), backups (JSON) and plain logs. */
export const allowedFileExtensions: ReadonlySet<string> = new Set([
  '.csv',
  '.pdf',
  '.json',
  '.txt',
]);

/** Names Windows reserves whatever the extension (`NUL.csv` cannot be created). */
const windowsReservedNames = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** Largest file the renderer may ask to write: a day's report is far smaller. */
export const maxFileContentLength = 20 * 1024 * 1024;

/**
 * True for a plain file name with an allowed extension (pure): no folders, no `..`, no characters
 * that Windows or the shell treat specially, not hidden, not a reserved device name.
 */
export function isPlainFileName(fileName: string): boolean {
  if (fileName.length === 0 || fileName.length > 200) return false;
  if (fileName.includes('..') || fileName.startsWith('.')) return false;
  // Separators, Windows-forbidden characters and control characters (including NUL).
  // eslint-disable-next-line no-control-regex
  if (/[/\\:*?"<>|\u0000-\u001f\u007f]/.test(fileName)) return false;
  if (fileName !== fileName.trim() || fileName.endsWith('.')) return false;
  const extension = path.extname(fileName).toLowerCase();
  const stem = path.basename(fileName, path.extname(fileName));
  return allowedFileExtensions.has(extension) && stem !== '' && !windowsReservedNames.test(stem);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `record` has no keys but `allowed`: a renderer cannot smuggle in extra options. */
function hasOnlyKeys(record: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(record).every((key) => allowed.includes(key));
}

const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

const saveFileKeys = ['fileName', 'content', 'encoding', 'target'] as const;

/**
 * Validates a `saveFile` argument at run time (pure). There is no folder to validate: the renderer
 * cannot name one, and a request that tries (`folder`, or any other extra key) is refused.
 */
export function validateSaveFileRequest(value: unknown): BridgeResult<SaveFileRequest> {
  if (!isRecord(value)) return err('invalid-request', 'saveFile expects an object');
  if (!hasOnlyKeys(value, saveFileKeys)) {
    return err('invalid-request', 'saveFile takes only fileName, content, encoding and target');
  }
  const { fileName, content, encoding, target } = value;
  if (typeof fileName !== 'string' || !isPlainFileName(fileName)) {
    return err('invalid-request', 'fileName must be a plain csv, pdf, json or txt file name');
  }
  if (typeof content !== 'string' || content.length > maxFileContentLength) {
    return err('invalid-request', 'content must be a string of at most 20 MiB');
  }
  if (encoding !== 'utf8' && encoding !== 'base64') {
    return err('invalid-request', 'encoding must be utf8 or base64');
  }
  if (encoding === 'base64' && (content.length % 4 !== 0 || !base64Pattern.test(content))) {
    return err('invalid-request', 'content is not valid base64');
  }
  if (target !== 'dialog' && target !== 'folder') {
    return err('invalid-request', 'target must be dialog or folder');
  }
  return ok({ fileName, content, encoding, target });
}

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
    path.extname(documentName).toLowerCase() !== '.pdf'
  ) {
    return err('invalid-request', 'documentName must be a plain pdf file name');
  }
  return ok({ documentName });
}

/**
 * True when a save may open a file dialog (pure). Never in a kiosk build: a save dialog is a file
 * browser, a classic way out of a kiosk; a developer may use it.
 */
export function isSaveDialogAllowed(isKiosk: boolean): boolean {
  return !isKiosk;
}

/** Everything the handlers need from Electron and the system, injected so tests can fake it. */
export type HandlerDeps = {
  readonly appInfo: AppInfo;
  /** The office's configuration, read afresh for each call. */
  readonly loadConfig: () => Promise<KioskConfig>;
  readonly showSaveDialog: (
    window: BrowserWindow | null,
    options: SaveDialogOptions,
  ) => Promise<SaveDialogReturnValue>;
  readonly windowOf: (contents: WebContents) => BrowserWindow | null;
};

/** The context of one call: the verified sender's web contents. */
export type CallContext = { readonly sender: WebContents };

/**
 * Writes via a temporary file and a rename (development's save dialog only, where the developer
 * has just confirmed any overwrite), so no half-written file is ever seen.
 */
async function writeFileAtomically(filePath: string, data: Buffer): Promise<void> {
  const temporary = `${filePath}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, filePath);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

const dialogFilters: Readonly<Record<string, { name: string; extensions: string[] }>> = {
  '.csv': { name: 'CSV', extensions: ['csv'] },
  '.pdf': { name: 'PDF', extensions: ['pdf'] },
  '.json': { name: 'JSON', extensions: ['json'] },
  '.txt': { name: 'Text', extensions: ['txt'] },
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes into the configured export folder under a free name: `unsupported` when the office has
 * configured none, `write-failed` when it is missing (an unmounted share) or the write fails.
 */
async function writeToExportFolder(
  config: KioskConfig,
  fileName: string,
  data: Buffer,
): Promise<BridgeResult<string>> {
  if (config.exportFolder === null) {
    return err('unsupported', 'no export folder is configured on this kiosk');
  }
  if (!(await isExistingFolder(config.exportFolder))) {
    return err('write-failed', 'the configured export folder does not exist');
  }
  try {
    return ok(await writeFileUniquely(config.exportFolder, fileName, data));
  } catch (error) {
    return err('write-failed', messageOf(error));
  }
}

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

/** Builds the handlers for one verified call. The request arguments are still untrusted. */
export function createKioskHandlers(deps: HandlerDeps, context: CallContext): KioskHandlers {
  return {
    getAppInfo: async () => ok(deps.appInfo),

    saveFile: async (rawRequest: unknown): Promise<BridgeResult<SaveFileResult>> => {
      const validated = validateSaveFileRequest(rawRequest);
      if (!validated.ok) return validated;
      const request = validated.value;
      const data = Buffer.from(request.content, request.encoding);
      if (request.target === 'folder') {
        const written = await writeToExportFolder(await deps.loadConfig(), request.fileName, data);
        return written.ok ? ok({ savedTo: written.value }) : written;
      }
      if (!isSaveDialogAllowed(deps.appInfo.isKiosk)) {
        return err('unsupported', 'a kiosk build never opens a save dialog');
      }
      const extension = path.extname(request.fileName).toLowerCase();
      const filter = dialogFilters[extension];
      const choice = await deps.showSaveDialog(deps.windowOf(context.sender), {
        defaultPath: request.fileName,
        filters: filter === undefined ? [] : [filter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || choice.filePath === undefined || choice.filePath === '') {
        return err('cancelled', 'the save dialog was cancelled');
      }
      try {
        await writeFileAtomically(choice.filePath, data);
        return ok({ savedTo: choice.filePath });
      } catch (error) {
        return err('write-failed', messageOf(error));
      }
    },

    print: async (rawRequest: unknown): Promise<BridgeResult<PrintResult>> => {
      const validated = validatePrintRequest(rawRequest);
      if (!validated.ok) return validated;
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

/** Reduces an invoke event to the facts the sender policy needs. */
export function describeSender(
  event: IpcMainInvokeEvent,
  windowOf: (contents: WebContents) => BrowserWindow | null,
): SenderInfo {
  const frame = event.senderFrame;
  return {
    frameUrl: frame === null ? null : frame.url,
    isTopFrame: frame !== null && frame.parent === null,
    windowId: windowOf(event.sender)?.id ?? null,
  };
}

/** The answer to an untrusted sender: a value, never a thrown error with details. */
export const untrustedSenderResult = err('untrusted-sender', 'message from an untrusted sender');

/** The code reported if a handler throws despite returning errors as values. */
const unexpectedFailureCode = {
  getAppInfo: 'unsupported',
  saveFile: 'write-failed',
  print: 'print-failed',
} as const satisfies Record<keyof KioskBridge, BridgeErrorCode>;

/**
 * Registers one `ipcMain.handle` per bridge call. Each checks the sender before anything else,
 * then hands the (still unvalidated) argument to the handler, which validates it.
 */
export function setupIpc(deps: HandlerDeps, policy: SenderPolicy): void {
  for (const name of Object.keys(ipcChannels) as (keyof KioskBridge)[]) {
    ipcMain.handle(ipcChannels[name], async (event, arg: unknown) => {
      if (!isTrustedSender(describeSender(event, deps.windowOf), policy)) {
        return untrustedSenderResult;
      }
      const handlers = createKioskHandlers(deps, { sender: event.sender });
      try {
        // Each handler validates its own argument; `never` keeps the call typed without trusting it.
        return await handlers[name](arg as never);
      } catch (error) {
        return err(
          unexpectedFailureCode[name],
          error instanceof Error ? error.message : String(error),
        );
      }
    });
  }
}
