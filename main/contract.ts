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

/** A file the renderer wants written, such as the daily visit report. */
export type SaveFileRequest = {
  /** File name only, no folders: `visits-2026-11-28.csv`. Validated by main. */
  readonly fileName: string;
  /** UTF-8 text, or base64 when `encoding` is `base64` (PDF). */
  readonly content: string;
  readonly encoding: 'utf8' | 'base64';
  /** `dialog` asks where to save; `folder` writes into the folder configured by the office. */
  readonly target: 'dialog' | 'folder';
  /** Required when `target` is `folder`: the office's export folder (an absolute path). */
  readonly folder?: string;
};

export type SaveFileResult = {
  /** Where the file was written, for the caseworker's confirmation message. */
  readonly savedTo: string;
};

/** Print the current page: to the configured printer, or (Electron only) to a PDF returned. */
export type PrintRequest = {
  /** Printer name from settings; empty means the system default. */
  readonly deviceName?: string;
  /** When true, main renders the page to PDF and returns it instead of printing. */
  readonly toPdf?: boolean;
};

export type PrintResult = {
  /** Base64 PDF bytes when `toPdf` was asked, otherwise absent. */
  readonly pdfBase64?: string;
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
