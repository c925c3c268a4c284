/**
 * How this run of the app behaves. Policy: packaged builds are always kiosks; a development build
 * becomes one with `--kiosk` or `RUKN_KIOSK=1`; the Vite dev server (`RUKN_DEV_URL`) may be loaded
 * only by an unpackaged build and only from a loopback address.
 */

/** The privileged scheme the renderer is served from (never file://). */
export const appScheme = 'rukn';

/** The stable origin of the app: IndexedDB is keyed by origin, so it must never change. */
export const appOrigin = `${appScheme}://app`;

/** Where the attract screen lives; crash recovery loads this afresh. */
export const appEntryUrl = `${appOrigin}/index.html`;

/** What decides the run mode: the packaging state, the command line and the environment. */
export type RunModeInput = {
  readonly isPackaged: boolean;
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
};

/** The resolved run mode, computed once at start-up. */
export type RunMode = {
  /** Fullscreen kiosk window, shortcuts blocked, no devtools. */
  readonly isKiosk: boolean;
  /** Devtools allowed: only an unpackaged, non-kiosk build. */
  readonly isDevelopment: boolean;
  /** The page to load first: the Vite dev server in development, else the app entry. */
  readonly entryUrl: string;
  /** Origins the window may show and the IPC bridge may answer. */
  readonly allowedOrigins: readonly string[];
};

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The origin of a URL as `scheme://host[:port]`, or null if it cannot be parsed.
 * Not `URL.origin`: WHATWG gives `null` as the origin of non-special schemes such as `rukn:`.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.host === '') return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** The dev server URL if it is acceptable (http(s) on a loopback host), else null. */
export function parseDevServerUrl(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  try {
    const url = new URL(value);
    const isHttp = url.protocol === 'http:' || url.protocol === 'https:';
    return isHttp && loopbackHosts.has(url.hostname) ? url.href : null;
  } catch {
    return null;
  }
}

/** Resolves the run mode from packaging state, arguments and environment (pure). */
export function resolveRunMode(input: RunModeInput): RunMode {
  const isKiosk =
    input.isPackaged || input.argv.includes('--kiosk') || input.env['RUKN_KIOSK'] === '1';
  // A packaged kiosk never loads anything but its own files, whatever the environment says.
  const devUrl = input.isPackaged ? null : parseDevServerUrl(input.env['RUKN_DEV_URL']);
  const devOrigin = devUrl === null ? null : originOf(devUrl);
  return {
    isKiosk,
    isDevelopment: !input.isPackaged && !isKiosk,
    entryUrl: devUrl ?? appEntryUrl,
    allowedOrigins: devOrigin === null ? [appOrigin] : [appOrigin, devOrigin],
  };
}
