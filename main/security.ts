/**
 * Security policy for every web page the app shows. Policy: sandboxed, context-isolated renderers
 * with no Node; navigation only within the app's origins; no new windows, no webviews, no
 * downloads; every permission denied except the short allowlist below.
 */
import { type Session, type WebContents, type WebPreferences } from 'electron';
import { originOf } from './config';

/** What varies between builds when creating a window's web preferences. */
export type WebPreferencesOptions = {
  /** Absolute path of the bundled, self-contained preload script. */
  readonly preloadPath: string;
  /** Devtools are available only in development builds. */
  readonly isDevelopment: boolean;
};

/** The web preferences of every app window (pure). Each flag restates a secure default on purpose. */
export function buildWebPreferences(options: WebPreferencesOptions): WebPreferences {
  return {
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // The kiosk has an on-screen keyboard in Arabic and English; OS spellcheck adds nothing.
    spellcheck: false,
    navigateOnDragDrop: false,
    devTools: options.isDevelopment,
    safeDialogs: true,
    // Middle-click would otherwise try to open links in a new window (denied anyway, see below).
    disableBlinkFeatures: 'Auxclick',
  };
}

/** True when `url` belongs to one of `allowedOrigins` (compared as `scheme://host[:port]`). */
export function isAllowedNavigation(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}

/**
 * Permissions the app may use, and why. Only `fullscreen`: the attract screen may ask for HTML
 * fullscreen on a non-kiosk display. Speech synthesis (read aloud) and IndexedDB need no
 * permission; camera, microphone, geolocation, notifications, clipboard and the rest are never
 * needed by an anonymous information kiosk.
 */
export const allowedPermissions: ReadonlySet<string> = new Set(['fullscreen']);

/** Grants a permission only if allowlisted and asked for by a page of the app itself (pure). */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string,
  allowedOrigins: readonly string[],
): boolean {
  return allowedPermissions.has(permission) && isAllowedNavigation(requestingUrl, allowedOrigins);
}

/** Applies the permission and download policy to a session (the default one, in practice). */
export function setupSessionSecurity(session: Session, allowedOrigins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, allowedOrigins));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, allowedOrigins),
  );
  // USB, HID and serial devices: never.
  session.setDevicePermissionHandler(() => false);
  // Files leave the kiosk only through the validated `saveFile` bridge call, never as downloads.
  session.on('will-download', (event) => event.preventDefault());
}

/** Denies navigation away from the app, new windows and webviews for one web contents. */
export function hardenWebContents(contents: WebContents, allowedOrigins: readonly string[]): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, allowedOrigins)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, allowedOrigins)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, allowedOrigins)) event.preventDefault();
  });
  // Links with target=_blank and window.open: the kiosk never opens a second window or a browser.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
