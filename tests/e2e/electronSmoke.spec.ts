/**
 * Smoke test of the real Electron shell: the built main process opens the attract screen from
 * rukn://app, exposes exactly the three bridge calls and refuses a folder named by the page.
 * Skipped where no Electron binary is installed (this build machine cannot download one); the
 * browser e2e suite covers the UI.
 */
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electronBinary';

const projectRoot = path.resolve(__dirname, '..', '..');

const electronBinary = findElectronBinary();
const hasElectronBinary = electronBinary !== null;

test.describe('Electron shell', () => {
  test.skip(
    !hasElectronBinary,
    'Electron binary not installed here (node_modules/electron/path.txt or dist/ is missing: ' +
      'the postinstall download was blocked and no binary can be fetched offline)',
  );

  test('opens the attract screen from rukn://app with a narrow bridge', async () => {
    const app = await electron.launch({
      executablePath: electronBinary ?? undefined,
      args: [path.join(projectRoot, 'dist', 'main', 'main.js')],
      cwd: projectRoot,
      env: { ...process.env, RUKN_KIOSK: '0', RUKN_DEV_URL: '' },
    });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveURL(/^rukn:\/\/app\//);
      await expect(page).toHaveTitle(/Rukn|ركن/);
      await expect(page.getByRole('button', { name: /ابدأ|Start/ }).first()).toBeVisible();

      // Runs in the page: `globalThis` is the renderer's window there.
      const bridge = await page.evaluate(() => {
        const scope = globalThis as { kiosk?: Record<string, unknown>; require?: unknown };
        const kiosk = scope.kiosk;
        return {
          keys: kiosk === undefined ? null : Object.keys(kiosk).sort(),
          isFrozen: kiosk !== undefined && Object.isFrozen(kiosk),
          hasNodeRequire: typeof scope.require !== 'undefined',
        };
      });
      expect(bridge).toEqual({
        keys: ['getAppInfo', 'print', 'saveFile', 'savePagePdf'],
        isFrozen: true,
        hasNodeRequire: false,
      });

      const info = await page.evaluate(() =>
        (globalThis as { kiosk?: { getAppInfo: () => Promise<unknown> } }).kiosk?.getAppInfo(),
      );
      expect(info).toMatchObject({ ok: true, value: { shell: 'electron', isKiosk: false } });

      // The renderer names files, never folders: a request that names one is refused by main.
      const namedFolder = await page.evaluate(() =>
        (
          globalThis as { kiosk?: { saveFile: (request: unknown) => Promise<unknown> } }
        ).kiosk?.saveFile({
          fileName: 'visits.csv',
          content: 'x',
          encoding: 'utf8',
          target: 'folder',
          folder: '/tmp',
        }),
      );
      expect(namedFolder).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    } finally {
      await app.close();
    }
  });
});
