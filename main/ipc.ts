/**
 * The typed IPC handlers behind `window.kiosk`. Policy: a message is answered only if it comes from
 * the top frame of a window the app created, showing an app origin; every argument is re-validated
 * here (the renderer is never trusted); failures are values, never thrown across the bridge.
 */
import { randomUUID } from 'node:crypto';
import { rename, stat, unlink, writeFile } from 'node:fs/promises';
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

const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

/** Validates a `saveFile` argument at run time (pure; the folder's existence is checked later). */
export function validateSaveFileRequest(value: unknown): BridgeResult<SaveFileRequest> {
  if (!isRecord(value)) return err('invalid-request', 'saveFile expects an object');
  const { fileName, content, encoding, target, folder } = value;
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
  if (target === 'dialog') {
    return ok({ fileName, content, encoding, target });
  }
  if (target === 'folder') {
    if (typeof folder !== 'string' || !path.isAbsolute(folder) || folder.includes('\0')) {
      return err('invalid-request', 'folder must be an absolute path');
    }
    return ok({ fileName, content, encoding, target, folder: path.normalize(folder) });
  }
  return err('invalid-request', 'target must be dialog or folder');
}

/** Validates a `print` argument at run time (pure). */
export function validatePrintRequest(value: unknown): BridgeResult<PrintRequest> {
  const request = value === undefined ? {} : value;
  if (!isRecord(request)) return err('invalid-request', 'print expects an object');
  const { deviceName, toPdf } = request;
  if (deviceName !== undefined && (typeof deviceName !== 'string' || deviceName.length > 256)) {
    return err('invalid-request', 'deviceName must be a printer name');
  }
  if (toPdf !== undefined && typeof toPdf !== 'boolean') {
    return err('invalid-request', 'toPdf must be a boolean');
  }
  return ok({
    ...(deviceName === undefined || deviceName === '' ? {} : { deviceName }),
    ...(toPdf === undefined ? {} : { toPdf }),
  });
}

/** Everything the handlers need from Electron and the system, injected so tests can fake it. */
export type HandlerDeps = {
  readonly appInfo: AppInfo;
  readonly showSaveDialog: (
    window: BrowserWindow | null,
    options: SaveDialogOptions,
  ) => Promise<SaveDialogReturnValue>;
  readonly windowOf: (contents: WebContents) => BrowserWindow | null;
};

/** The context of one call: the verified sender's web contents. */
export type CallContext = { readonly sender: WebContents };

/** Writes via a temporary file and a rename, so an office folder never holds a half-written report. */
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

async function isExistingFolder(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}

const dialogFilters: Readonly<Record<string, { name: string; extensions: string[] }>> = {
  '.csv': { name: 'CSV', extensions: ['csv'] },
  '.pdf': { name: 'PDF', extensions: ['pdf'] },
  '.json': { name: 'JSON', extensions: ['json'] },
  '.txt': { name: 'Text', extensions: ['txt'] },
};

function printPage(contents: WebContents, deviceName: string | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    contents.print(
      { silent: true, printBackground: true, ...(deviceName === undefined ? {} : { deviceName }) },
      (success) => resolve(success),
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
      let filePath: string;
      if (request.target === 'folder') {
        const folder = request.folder ?? '';
        if (!(await isExistingFolder(folder))) {
          return err('invalid-request', 'the export folder does not exist');
        }
        filePath = path.join(folder, request.fileName);
      } else {
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
        filePath = choice.filePath;
      }
      try {
        await writeFileAtomically(filePath, data);
        return ok({ savedTo: filePath });
      } catch (error) {
        return err('write-failed', error instanceof Error ? error.message : String(error));
      }
    },

    print: async (rawRequest: unknown): Promise<BridgeResult<PrintResult>> => {
      const validated = validatePrintRequest(rawRequest);
      if (!validated.ok) return validated;
      const request = validated.value;
      try {
        if (request.toPdf === true) {
          const pdf = await context.sender.printToPDF({ printBackground: true, pageSize: 'A4' });
          return ok({ pdfBase64: pdf.toString('base64') });
        }
        const printed = await printPage(context.sender, request.deviceName);
        return printed ? ok({}) : err('print-failed', 'the printer did not accept the page');
      } catch (error) {
        return err('print-failed', error instanceof Error ? error.message : String(error));
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
