/**
 * The files domain's handler. Policy: the renderer names files, never folders: main writes only
 * into the office's configured export folder, never over an existing file, and opens no save
 * dialog in kiosk builds.
 */
import { randomUUID } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import type {
  BrowserWindow,
  SaveDialogOptions,
  SaveDialogReturnValue,
  WebContents,
} from 'electron';
import { fileExtension } from '../../core/fileNames';
import { err, ok } from '../../core/result';
import type { BridgeResult } from '../contract';
import {
  type FilesHandlers,
  type SaveFileResult,
  validateSaveFileRequest,
} from '../contract/files';
import type { KioskConfig } from '../kioskConfig';
import { messageOf, writeToExportFolder } from './exportFolder';

export type FilesDeps = {
  /** True in a kiosk build: no save dialog. */
  readonly appInfo: { readonly isKiosk: boolean };
  /** The office's configuration, read afresh for each call. */
  readonly loadConfig: () => Promise<KioskConfig>;
  readonly showSaveDialog: (
    window: BrowserWindow | null,
    options: SaveDialogOptions,
  ) => Promise<SaveDialogReturnValue>;
  readonly windowOf: (contents: WebContents) => BrowserWindow | null;
};

/**
 * True when a save may open a file dialog (pure). Never in a kiosk build: a save dialog is a file
 * browser, a classic way out of a kiosk; a developer may use it.
 */
export function isSaveDialogAllowed(isKiosk: boolean): boolean {
  return !isKiosk;
}

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

export function createFilesHandlers(
  deps: FilesDeps,
  context: { readonly sender: WebContents },
): FilesHandlers {
  return {
    saveFile: async (rawRequest: unknown): Promise<BridgeResult<SaveFileResult>> => {
      const validated = validateSaveFileRequest(rawRequest);
      if (!validated.ok) return validated;
      const request = validated.value;
      const data = Buffer.from(request.content, request.encoding);
      if (request.target === 'folder') {
        const written = await writeToExportFolder(await deps.loadConfig(), request.fileName, data);
        return written.ok ? ok({ savedTo: written.value }) : written;
      }
      return saveThroughDialog(deps, context.sender, request.fileName, data);
    },
  };
}

/**
 * Asks where to save `fileName` and writes `data` there (development only: `unsupported` in a
 * kiosk build). Shared by `saveFile` and the PDF domain's `savePagePdf`.
 */
export async function saveThroughDialog(
  deps: FilesDeps,
  sender: WebContents,
  fileName: string,
  data: Buffer,
): Promise<BridgeResult<SaveFileResult>> {
  if (!isSaveDialogAllowed(deps.appInfo.isKiosk)) {
    return err('unsupported', 'a kiosk build never opens a save dialog');
  }
  const filter = dialogFilters[fileExtension(fileName)];
  const choice = await deps.showSaveDialog(deps.windowOf(sender), {
    defaultPath: fileName,
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
}
