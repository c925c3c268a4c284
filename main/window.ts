/**
 * The one app window. Policy: a fullscreen kiosk window in kiosk builds, a normal resizable window
 * in development; shown only once painted; a kiosk window cannot be closed except by the app
 * quitting; every window the app creates is recorded, because IPC is answered only for those
 * windows.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { type RunMode } from './config';
import { buildWebPreferences } from './security';

/** Ids of the windows the app created: the IPC sender check trusts these and nothing else. */
export const appWindowIds = new Set<number>();

/** The window's options for a run mode (pure). Web preferences come from the security policy. */
export function buildWindowOptions(
  mode: Pick<RunMode, 'isKiosk' | 'isDevelopment'>,
  preloadPath: string,
): BrowserWindowConstructorOptions {
  return {
    title: 'Rukn',
    kiosk: mode.isKiosk,
    fullscreen: mode.isKiosk,
    // Portrait 1080×1920 is the primary target; the development window is a scaled-down one.
    width: 720,
    height: 1080,
    minWidth: 480,
    minHeight: 640,
    // Painted before it is shown, so a citizen never sees a white flash.
    show: false,
    backgroundColor: '#FFFFFF',
    autoHideMenuBar: true,
    webPreferences: buildWebPreferences({ preloadPath, isDevelopment: mode.isDevelopment }),
  };
}

/** What decides whether a window may close. */
export type CloseState = {
  readonly isKiosk: boolean;
  /** True once the app itself is quitting (`before-quit`, or the OS ending the session). */
  readonly isQuitting: boolean;
};

/**
 * True when a request to close the window must be refused (pure): in a kiosk build only the app's
 * own quit may close it, never the window manager, a stray key or a touch gesture.
 */
export function shouldPreventClose(state: CloseState): boolean {
  return state.isKiosk && !state.isQuitting;
}

/** Creates, records and loads the app window; `isQuitting` tells a real quit from a close. */
export function createMainWindow(
  mode: RunMode,
  preloadPath: string,
  isQuitting: () => boolean,
): BrowserWindow {
  // Electronegativity's AST checks read only option literals written inside `new BrowserWindow(...)`
  // and cannot follow `buildWindowOptions`; the flags they look for (contextIsolation, sandbox,
  // Auxclick disabled) are set by `buildWebPreferences`, unit-tested, and re-asserted by
  // scripts/checkElectronegativity.ts against the real object. Hence this one narrow exclusion:
  const window = new BrowserWindow(buildWindowOptions(mode, preloadPath)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  const id = window.id;
  appWindowIds.add(id);
  window.on('closed', () => appWindowIds.delete(id));
  window.on('close', (event) => {
    if (shouldPreventClose({ isKiosk: mode.isKiosk, isQuitting: isQuitting() })) {
      event.preventDefault();
    }
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(mode.entryUrl).catch((error: unknown) => {
    console.error(`loading ${mode.entryUrl} failed`, error);
  });
  return window;
}

/** Brings the window to the front (a second instance was started). */
export function focusWindow(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
