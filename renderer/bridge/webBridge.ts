/**
 * The kiosk bridge for a plain browser: the same contract as Electron's preload, done with web
 * APIs. Saving becomes a download (a browser cannot choose folders) and printing, or saving the
 * page as a PDF, opens the browser's print dialog (it cannot print silently, and cannot know
 * whether anyone printed). There is no operating system keyring to keep a callback key in:
 * `getCallbackKey` answers `unsupported`, and the keyring keeps a non-extractable key in
 * IndexedDB instead. Nor is there a main process to hold the hub token: the sync calls keep it in
 * the kiosk database and add the `Authorization` header themselves (webSync.ts).
 */
import type { KioskBridge, SaveFileRequest, SavePagePdfRequest } from '../../main/contract';
import { fileExtension, isPlainFileName } from '../../core/fileNames';
import { mimeTypeOf } from '../../core/mimeTypes';
import { err, ok } from '../../core/result';
import { openDatabase, type RuknDatabase } from '../db/database';
import { createWebSyncBridge, filePicker, settingsTableStore, type WebSyncStore } from './webSync';

function toBlob(request: SaveFileRequest): Blob {
  const type = mimeTypeOf(request.fileName);
  if (request.encoding === 'base64') {
    const bytes = Uint8Array.from(atob(request.content), (char) => char.charCodeAt(0));
    return new Blob([bytes], { type });
  }
  return new Blob([request.content], { type });
}

/** The kiosk database, opened once for the sync rows when first needed. */
function lazySettingsStore(): WebSyncStore {
  let db: RuknDatabase | undefined;
  return settingsTableStore(() => {
    db ??= openDatabase();
    return db.settings;
  });
}

/**
 * The bridge for a plain browser; `doc` is the page it downloads and prints from, `syncStore`
 * where the hub connection is kept (the kiosk database's settings unless a test gives one).
 */
export function createWebBridge(
  doc: Document = document,
  syncStore: WebSyncStore = lazySettingsStore(),
): KioskBridge {
  return Object.freeze({
    ...createWebSyncBridge(syncStore, filePicker(doc)),
    async getAppInfo() {
      return ok({ version: __APP_VERSION__, shell: 'web', isKiosk: false, platform: 'web' });
    },
    async saveFile(request: SaveFileRequest) {
      // The same rule as main's: a browser download is a file on the machine too.
      if (!isPlainFileName(request.fileName)) {
        return err('invalid-request', 'file name must be a plain csv, pdf, json or txt name');
      }
      const url = URL.createObjectURL(toBlob(request));
      const link = doc.createElement('a');
      link.href = url;
      link.download = request.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return ok({ savedTo: request.fileName });
    },
    async print() {
      doc.defaultView?.print();
      // The dialog may be cancelled or printed from: the page cannot tell, so it claims neither.
      return ok({ outcome: 'dialog-shown' as const });
    },
    async getCallbackKey() {
      return err('unsupported', 'a browser has no operating system keyring for the callback key');
    },
    async savePagePdf(request: SavePagePdfRequest) {
      if (!isPlainFileName(request.fileName) || fileExtension(request.fileName) !== '.pdf') {
        return err('invalid-request', 'file name must be a plain pdf name');
      }
      // A page cannot make a PDF by itself: the print dialog offers "Save as PDF".
      doc.defaultView?.print();
      return ok({ outcome: 'dialog-shown' as const });
    },
  } satisfies KioskBridge);
}
