/**
 * The one IPC contract between the kiosk's main process and its renderer.
 *
 * Main implements every handler in `KioskHandlers`; the preload exposes exactly these calls as
 * `window.kiosk`; the renderer's web bridge implements the same `KioskBridge` for plain browsers.
 * The renderer may import this file's types only (lint enforces it). Pure: no Electron or Node.
 */
import type { Result } from '../core/result';

/** What the renderer may learn about the running app. */
export type AppInfo = {
  /** Semantic version from package.json. */
  readonly version: string;
  /** `electron` inside the Electron shell, `web` in a plain browser. */
  readonly shell: 'electron' | 'web';
  /** True when running as a locked-down kiosk (fullscreen, shortcuts blocked). */
  readonly isKiosk: boolean;
  /** `process.platform` in Electron, `web` in a browser. */
  readonly platform: string;
};

/**
 * A file the renderer wants written, such as the daily visit report. The renderer names the file,
 * never the folder: main writes into the export folder the office configured on the machine.
 */
export type SaveFileRequest = {
  /** File name only, no folders: `visits-2026-11-28.csv`. Validated by main. */
  readonly fileName: string;
  /** UTF-8 text, or base64 when `encoding` is `base64` (PDF). */
  readonly content: string;
  readonly encoding: 'utf8' | 'base64';
  /**
   * `folder` writes into the office's export folder under a name no other file has (`unsupported`
   * when none is configured); `dialog` asks where to save, in development only (`unsupported` in
   * kiosk builds: a save dialog is a file browser, a way out of the kiosk).
   */
  readonly target: 'dialog' | 'folder';
};

export type SaveFileResult = {
  /** Where the file was written, for the caseworker's confirmation message. */
  readonly savedTo: string;
};

/**
 * Print the current page. How is the office's choice, made on the machine: Electron prints to the
 * configured printer or saves a PDF into the export folder; a browser opens its print dialog.
 */
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

/** Error codes a bridge call can return; each has an `errors.<code>` translation. */
export type BridgeErrorCode =
  | 'invalid-request'
  | 'cancelled'
  | 'write-failed'
  | 'print-failed'
  | 'untrusted-sender'
  | 'unsupported';

export type BridgeResult<T> = Result<T, BridgeErrorCode>;

/** The narrow object the preload exposes as `window.kiosk` (and the web bridge imitates). */
export type KioskBridge = {
  readonly getAppInfo: () => Promise<BridgeResult<AppInfo>>;
  readonly saveFile: (request: SaveFileRequest) => Promise<BridgeResult<SaveFileResult>>;
  readonly print: (request: PrintRequest) => Promise<BridgeResult<PrintResult>>;
};

/** IPC channel names, `domain:verb-noun`, one per bridge call. */
export const ipcChannels = {
  getAppInfo: 'app:get-info',
  saveFile: 'file:save-file',
  print: 'print:print-page',
} as const satisfies Record<keyof KioskBridge, string>;

export type IpcChannel = (typeof ipcChannels)[keyof typeof ipcChannels];

/** Main's side: one handler per bridge call, taking the same argument the renderer passed. */
export type KioskHandlers = {
  readonly [K in keyof KioskBridge]: KioskBridge[K];
};
