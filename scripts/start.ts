/**
 * `npm start`: runs the kiosk in Electron when its binary is installed; otherwise serves the built
 * kiosk on localhost and opens it in the system Chromium in app mode, and says which it did.
 * Flags: --kiosk (fullscreen kiosk window in either shell).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findElectronBinary, projectRoot } from './electronBinary';
import { startServer } from './serve';

const isKiosk = process.argv.includes('--kiosk');

const chromiumCandidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function runElectron(binary: string): void {
  console.info(`Rukn: starting in Electron (${binary}).`);
  const args = [projectRoot, ...(isKiosk ? ['--kiosk'] : [])];
  const child = spawn(binary, args, { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function runInChromium(): Promise<void> {
  const port = Number(process.env.RUKN_PORT ?? 4173);
  await startServer(port);
  const url = `http://127.0.0.1:${port}/`;
  const browser = chromiumCandidates.find((candidate) => candidate && existsSync(candidate));
  if (!browser) {
    console.info(`Rukn: no Electron binary and no Chromium found. Open ${url} in a browser.`);
    return;
  }
  console.info(
    `Rukn: the Electron binary is not installed, so the kiosk runs in Chromium (${browser}) ` +
      `in ${isKiosk ? 'kiosk' : 'app'} mode at ${url}. Close the window or press Ctrl+C to stop.`,
  );
  const profile = path.join(projectRoot, 'node_modules', '.cache', 'rukn-chromium-profile');
  const child = spawn(
    browser,
    [
      isKiosk ? '--kiosk' : '--start-maximized',
      `--app=${url}`,
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-translate',
      '--disable-pinch',
      '--overscroll-history-navigation=0',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
    { stdio: 'ignore' },
  );
  child.on('exit', () => process.exit(0));
}

const binary = findElectronBinary();
if (binary) runElectron(binary);
else void runInChromium();
