/**
 * `npm start`: runs the kiosk in Electron when its binary is installed; otherwise serves the built
 * kiosk on localhost and opens it in the system Chromium in app mode, and says which it did.
 * Flags: --kiosk (fullscreen kiosk window in either shell). RUKN_PORT chooses the port (4173 by
 * default); a taken port is said and the next few are tried.
 *
 * The Chromium window fills the screen with or without a window manager: `--start-maximized`
 * needs one (a bare X server or a kiosk session often has none), so the window is also placed at
 * 0,0 with the screen's size, read from `xrandr` or `xdpyinfo` (1920x1080 when neither answers).
 * No bar covers the kiosk: no "unsupported flag" bar for `--no-sandbox` (`--test-type`), no
 * crash-restore bubble after Ctrl+C, no default-browser or first-run prompt, no translate bubble
 * (`Translate` disabled, and the page says `translate="no"`).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findElectronBinary, projectRoot } from './electronBinary';
import { serverPort, startServer } from './serve';

/** The port `npm start` tries first, then the next `portTries - 1`. */
export const defaultPort = 4173;
export const portTries = 5;

/** Screen size when the system cannot tell: the kiosk's landscape screen. */
export const fallbackScreen = { width: 1920, height: 1080 } as const;

export type ScreenSize = { readonly width: number; readonly height: number };

const chromiumCandidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The port from RUKN_PORT, or the default; anything but a port number is the default. */
export function portFromEnv(value: string | undefined): number {
  const port = Number(value);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : defaultPort;
}

/**
 * The screen size from `xrandr --current` (`current 1920 x 1080`) or `xdpyinfo`
 * (`dimensions:    1080x1920 pixels`); null when the text holds neither (pure).
 */
export function parseScreenSize(output: string): ScreenSize | null {
  const match =
    /\bcurrent (\d+) x (\d+)/u.exec(output) ?? /\bdimensions:\s+(\d+)x(\d+) pixels/u.exec(output);
  if (match === null) return null;
  const width = Number(match[1]);
  const height = Number(match[2]);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** Asks the X server for its size; null off X11 or when neither tool is installed. */
function detectScreenSize(): ScreenSize | null {
  if (process.platform !== 'linux' || !process.env.DISPLAY) return null;
  for (const [tool, args] of [
    ['xrandr', ['--current']],
    ['xdpyinfo', []],
  ] as const) {
    try {
      const output = execFileSync(tool, args, {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const size = parseScreenSize(output);
      if (size !== null) return size;
    } catch {
      // Not installed, or no X server answering: try the next tool.
    }
  }
  return null;
}

export type ChromiumLaunch = {
  readonly url: string;
  readonly profile: string;
  readonly isKiosk: boolean;
  readonly screen: ScreenSize;
  /** Chromium refuses to run as root without `--no-sandbox`. */
  readonly isRoot: boolean;
};

/** Chromium's command line for the kiosk window (pure). */
export function chromiumArgs(launch: ChromiumLaunch): string[] {
  return [
    `--app=${launch.url}`,
    ...(launch.isKiosk ? ['--kiosk'] : ['--start-maximized']),
    // With no window manager, maximised and kiosk windows keep their default size: say it.
    '--window-position=0,0',
    `--window-size=${launch.screen.width},${launch.screen.height}`,
    `--user-data-dir=${launch.profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-infobars',
    // Ctrl+C kills Chromium; the next start must not offer to restore pages.
    '--hide-crash-restore-bubble',
    '--disable-features=Translate',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    // As root Chromium needs --no-sandbox, which otherwise shows an "unsupported command-line
    // flag" bar across the top of the kiosk; --test-type hides that bar.
    ...(launch.isRoot ? ['--no-sandbox', '--test-type'] : []),
  ];
}

function runElectron(binary: string, isKiosk: boolean): void {
  console.info(`Rukn: starting in Electron (${binary}).`);
  const args = [projectRoot, ...(isKiosk ? ['--kiosk'] : [])];
  const child = spawn(binary, args, { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function runInChromium(isKiosk: boolean): Promise<void> {
  let port: number;
  try {
    port = serverPort(await startServer(portFromEnv(process.env.RUKN_PORT), { portTries }));
  } catch (error) {
    console.error(`Rukn: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const url = `http://127.0.0.1:${port}/`;
  const browser = chromiumCandidates.find((candidate) => candidate && existsSync(candidate));
  if (!browser) {
    console.info(`Rukn: no Electron binary and no Chromium found. Open ${url} in a browser.`);
    return;
  }
  const screen = detectScreenSize() ?? fallbackScreen;
  console.info(
    `Rukn: the Electron binary is not installed, so the kiosk runs in Chromium (${browser}) ` +
      `in ${isKiosk ? 'kiosk' : 'app'} mode at ${url}, ${screen.width}x${screen.height}. ` +
      'Close the window or press Ctrl+C to stop.',
  );
  const profile = path.join(projectRoot, 'node_modules', '.cache', 'rukn-chromium-profile');
  const args = chromiumArgs({
    url,
    profile,
    isKiosk,
    screen,
    isRoot: process.getuid?.() === 0,
  });
  const child = spawn(browser, args, { stdio: 'ignore' });
  child.on('exit', () => process.exit(0));
}

if (require.main === module) {
  const isKiosk = process.argv.includes('--kiosk');
  const binary = findElectronBinary();
  if (binary) runElectron(binary, isKiosk);
  else void runInChromium(isKiosk);
}
