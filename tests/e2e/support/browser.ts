/**
 * How the tests (and the screenshot script) start Chromium: Debian's /usr/bin/chromium where it
 * exists, with the flags that keep it quiet on a closed network; Playwright's own browser on a
 * developer laptop that has one installed.
 */
import { existsSync } from 'node:fs';

export const systemChromium = '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

export function launchOptions(): { executablePath?: string; args: string[] } {
  return existsSync(systemChromium)
    ? { executablePath: systemChromium, args: chromiumArgs }
    : { args: chromiumArgs };
}
