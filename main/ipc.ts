/**
 * The typed IPC handlers behind `window.kiosk`, joined from their domains (`ipc/app.ts`,
 * `ipc/files.ts`, `ipc/print.ts`, `ipc/secrets.ts`, `ipc/pdf.ts`, `ipc/sync.ts`). Policy: a message is answered only if it comes from the top
 * frame of a window the app created, showing an app origin; every argument is re-validated by its
 * domain's validator (the renderer is never trusted); failures are values, never thrown across the
 * bridge.
 */
import { type BrowserWindow, type IpcMainInvokeEvent, type WebContents, ipcMain } from 'electron';
import { err } from '../core/result';
import {
  type KioskBridge,
  type KioskHandlers,
  ipcChannels,
  unexpectedFailureCodes,
} from './contract';
import { type AppDeps, createAppHandlers } from './ipc/app';
import { type FilesDeps, createFilesHandlers } from './ipc/files';
import { type PdfDeps, createPdfHandlers } from './ipc/pdf';
import { type PrintDeps, createPrintHandlers } from './ipc/print';
import { type SecretsDeps, createSecretsHandlers } from './ipc/secrets';
import { type SyncDeps, createSyncHandlers } from './ipc/sync';
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

/** Everything the handlers need from Electron and the system, injected so tests can fake it. */
export type HandlerDeps = AppDeps & FilesDeps & PrintDeps & SecretsDeps & PdfDeps & SyncDeps;

/** The context of one call: the verified sender's web contents. */
export type CallContext = { readonly sender: WebContents };

/** Builds the handlers for one verified call. The request arguments are still untrusted. */
export function createKioskHandlers(deps: HandlerDeps, context: CallContext): KioskHandlers {
  return {
    ...createAppHandlers(deps),
    ...createFilesHandlers(deps, context),
    ...createPrintHandlers(deps, context),
    ...createSecretsHandlers(deps),
    ...createPdfHandlers(deps, context),
    ...createSyncHandlers(deps),
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
          unexpectedFailureCodes[name],
          error instanceof Error ? error.message : String(error),
        );
      }
    });
  }
}
