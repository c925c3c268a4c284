import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/e2e/support/browser';

// RUKN_E2E_PORT lets two checkouts run their end-to-end tests side by side.
const port = Number(process.env.RUKN_E2E_PORT ?? 4173);
// The office hub the sync tests start (tests/e2e/support/syncHub.ts) listens 14 ports above the
// kiosk; the served kiosk's CSP lets the page connect to exactly that origin.
const e2eHubOrigin = `http://127.0.0.1:${port + 14}`;

// End-to-end tests drive the built kiosk in Chromium (the engine Electron embeds), served with
// the same CSP as the rukn:// protocol. `npm run test:e2e` builds first.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1080, height: 1920 },
    launchOptions: launchOptions(),
    reducedMotion: 'reduce',
  },
  webServer: {
    command: `npx tsx scripts/serve.ts --port ${port} --hub ${e2eHubOrigin}`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
