/**
 * Entry point of the kiosk's main process. Read top to bottom: what must happen before Electron is
 * ready, then the `setupX()` steps of `onReady()` in order. Domain logic lives in the renderer;
 * each policy lives in its own module with a pure, tested function.
 */
import { readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, net, safeStorage, session } from 'electron';
import { err, ok } from '../core/result';
import { resolveRunMode } from './config';
import { setupIpc } from './ipc';
import { createPrintFloor } from './ipc/print';
import {
  callbackKeyFileName,
  createCallbackKeyStore,
  readKeyFile,
  type SafeStorage,
  writeKeyFileAtomically,
} from './ipc/secrets';
import {
  createSyncStore,
  maxProvisioningFileBytes,
  syncConfigFileName,
  syncTokenFileName,
} from './ipc/sync';
import { loadKioskConfig } from './kioskConfig';
import { setupDisplayAwake, setupKioskMenu, setupKioskShortcuts } from './kioskMode';
import { registerAppScheme, setupAppProtocol } from './protocol';
import { setupRecovery } from './recovery';
import { hardenWebContents, setupSessionSecurity } from './security';
import { appWindowIds, createMainWindow, focusWindow } from './window';

const runMode = resolveRunMode({
  isPackaged: app.isPackaged,
  argv: process.argv,
  env: process.env,
});

let mainWindow: BrowserWindow | null = null;
let isQuitting = false;

/** The operating system's keyring, as the callback key and the hub token stores use it. */
const osSafeStorage: SafeStorage = {
  isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
  encryptString: (plainText) => safeStorage.encryptString(plainText),
  decryptString: (encrypted) => safeStorage.decryptString(encrypted),
  // Linux only: elsewhere the operating system always protects what it encrypts.
  ...(process.platform === 'linux'
    ? { getSelectedStorageBackend: () => safeStorage.getSelectedStorageBackend() }
    : {}),
};

/** The office hub's address and this kiosk's token (encrypted), in userData. */
const syncStore = createSyncStore({
  safeStorage: osSafeStorage,
  tokenFile: path.join(app.getPath('userData'), syncTokenFileName),
  configFile: path.join(app.getPath('userData'), syncConfigFileName),
  readFile: readKeyFile,
  writeFile: writeKeyFileAtomically,
  removeFile: (file) =>
    unlink(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    }),
});

/** Sandbox every renderer, including any Electron might create on its own. */
function setupSandbox(): void {
  app.enableSandbox();
}

/** One kiosk per machine: a second launch focuses the running window and exits. */
function setupSingleInstance(): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => focusWindow(mainWindow));
  return true;
}

/** Navigation, window-open and webview policy for every web contents, as soon as it exists. */
function setupWebContentsHardening(): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, runMode.allowedOrigins);
  });
}

function setupLifecycle(): void {
  // app.quit() emits this before closing windows, so a real quit gets past the kiosk close guard.
  app.on('before-quit', () => {
    isQuitting = true;
  });
  app.on('window-all-closed', () => app.quit());
}

/** Permissions and downloads for the default session, which the app window uses. */
function setupSecurity(): void {
  setupSessionSecurity(session.defaultSession, runMode.allowedOrigins);
}

/** Asks the administrator for a provisioning file and reads it (small files only). */
async function pickProvisioningFile() {
  const options = {
    properties: ['openFile' as const],
    filters: [{ name: 'Rukn provisioning', extensions: ['json'] }],
  };
  const chosen =
    mainWindow === null
      ? await dialog.showOpenDialog(options)
      : await dialog.showOpenDialog(mainWindow, options);
  const file = chosen.filePaths[0];
  if (chosen.canceled || file === undefined) return ok(null);
  try {
    if ((await stat(file)).size > maxProvisioningFileBytes) {
      return err('read-failed' as const, 'the file is too large to be a provisioning file');
    }
    return ok(await readFile(file, 'utf8'));
  } catch (error) {
    return err('read-failed' as const, error instanceof Error ? error.message : String(error));
  }
}

/** Serves `rukn://app/` from the renderer that Vite built into dist/renderer. */
function setupProtocol(): void {
  // Relative to this bundle (dist/main/main.js), not app.getAppPath(): `electron dist/main/main.js`
  // sets the app path to dist/main, while inside the asar both resolve to the same folder.
  setupAppProtocol(path.join(__dirname, '..', 'renderer'));
}

function setupBridge(): void {
  setupIpc(
    {
      appInfo: {
        version: app.getVersion(),
        shell: 'electron',
        isKiosk: runMode.isKiosk,
        platform: process.platform,
      },
      // The office's kiosk-config.json in userData; RUKN_EXPORT_DIR only in unpackaged builds.
      loadConfig: () => loadKioskConfig(app.getPath('userData'), process.env, !app.isPackaged),
      showSaveDialog: (window, options) =>
        window === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(window, options),
      windowOf: (contents) => BrowserWindow.fromWebContents(contents),
      printFloor: createPrintFloor(),
      callbackKeys: createCallbackKeyStore({
        safeStorage: osSafeStorage,
        keyFile: path.join(app.getPath('userData'), callbackKeyFileName),
        readFile: readKeyFile,
        writeFile: writeKeyFileAtomically,
      }),
      pdfFloor: createPrintFloor(),
      syncStore,
      pickProvisioningFile,
      // Main makes the hub requests: the page, on a secure scheme, could not reach a plain-http hub.
      hubFetch: (url, init) => net.fetch(url, init),
    },
    { allowedOrigins: runMode.allowedOrigins, appWindowIds },
  );
}

function setupWindow(): BrowserWindow {
  // The preload is bundled next to this file (dist/main/preload.js) by scripts/buildMain.ts.
  const window = createMainWindow(runMode, path.join(__dirname, 'preload.js'), () => isQuitting);
  window.on('closed', () => {
    mainWindow = null;
  });
  // Windows logs off or shuts down without `before-quit`: a kiosk window must not block that.
  window.on('session-end', () => {
    isQuitting = true;
  });
  return window;
}

function setupKiosk(window: BrowserWindow): void {
  setupDisplayAwake();
  if (!runMode.isKiosk) return;
  setupKioskMenu();
  setupKioskShortcuts(window.webContents);
}

function setupCrashRecovery(window: BrowserWindow): void {
  setupRecovery(window.webContents, {
    entryUrl: runMode.entryUrl,
    appOrigins: runMode.allowedOrigins,
    isQuitting: () => isQuitting,
  });
}

async function onReady(): Promise<void> {
  // The hub connection is read before the first page loads: its first round may ask for it.
  await syncStore.load();
  setupSecurity();
  setupProtocol();
  setupBridge();
  mainWindow = setupWindow();
  setupKiosk(mainWindow);
  setupCrashRecovery(mainWindow);
}

// Before ready: the scheme's privileges and the sandbox can only be set now.
registerAppScheme();
setupSandbox();
if (setupSingleInstance()) {
  setupWebContentsHardening();
  setupLifecycle();
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('start-up failed', error);
      app.exit(1);
    });
} else {
  app.quit();
}
