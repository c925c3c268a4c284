/**
 * The one IPC contract between the kiosk's main process and its renderer, joined from its domains:
 * app (`contract/app.ts`), files (`contract/files.ts`), print (`contract/print.ts`), secrets
 * (`contract/secrets.ts`), pdf (`contract/pdf.ts`: the page as a PDF, for the visit report) and
 * sync (`contract/sync.ts`: the office hub's address, and the two hub requests main makes; the
 * token stays in main). Each domain declares its requests and results, its part of
 * the bridge, its channel names, its handler type and its validators; main implements each in
 * `ipc/<domain>.ts`.
 *
 * The preload exposes exactly `KioskBridge` as `window.kiosk`; the renderer's web bridge implements
 * the same `KioskBridge` for plain browsers. The renderer may import this file's types only (lint
 * enforces it). Pure: no Electron or Node.
 */
import { type AppBridge, type AppHandlers, appChannels, appFailureCodes } from './contract/app';
import type { BridgeErrorCode } from './contract/errors';
import {
  type FilesBridge,
  type FilesHandlers,
  filesChannels,
  filesFailureCodes,
} from './contract/files';
import { type PdfBridge, type PdfHandlers, pdfChannels, pdfFailureCodes } from './contract/pdf';
import {
  type PrintBridge,
  type PrintHandlers,
  printChannels,
  printFailureCodes,
} from './contract/print';
import {
  type SecretsBridge,
  type SecretsHandlers,
  secretsChannels,
  secretsFailureCodes,
} from './contract/secrets';
import {
  type SyncBridge,
  type SyncHandlers,
  syncChannels,
  syncFailureCodes,
} from './contract/sync';

export type { AppInfo } from './contract/app';
export type { BridgeErrorCode, BridgeResult } from './contract/errors';
export type { SaveFileRequest, SaveFileResult } from './contract/files';
export type { PrintRequest, PrintResult } from './contract/print';
export type { CallbackKey } from './contract/secrets';
export type { SavePagePdfRequest, SavePagePdfResult } from './contract/pdf';
export type {
  HubAnswer,
  HubRequest,
  HubRequestErrorCode,
  HubRequestResult,
  ProvisioningSummary,
  SetSyncConfigRequest,
  SyncConfig,
} from './contract/sync';

/** The narrow object the preload exposes as `window.kiosk` (and the web bridge imitates). */
export type KioskBridge = AppBridge &
  FilesBridge &
  PrintBridge &
  SecretsBridge &
  PdfBridge &
  SyncBridge;

/** IPC channel names, `domain:verb-noun`, one per bridge call. */
export const ipcChannels = {
  ...appChannels,
  ...filesChannels,
  ...printChannels,
  ...secretsChannels,
  ...pdfChannels,
  ...syncChannels,
} as const satisfies Record<keyof KioskBridge, string>;

export type IpcChannel = (typeof ipcChannels)[keyof typeof ipcChannels];

/** Main's side: one handler per bridge call, taking the same argument the renderer passed. */
export type KioskHandlers = AppHandlers &
  FilesHandlers &
  PrintHandlers &
  SecretsHandlers &
  PdfHandlers &
  SyncHandlers;

/** The code reported if a handler throws despite returning errors as values. */
export const unexpectedFailureCodes = {
  ...appFailureCodes,
  ...filesFailureCodes,
  ...printFailureCodes,
  ...secretsFailureCodes,
  ...pdfFailureCodes,
  ...syncFailureCodes,
} as const satisfies Record<keyof KioskBridge, BridgeErrorCode>;
