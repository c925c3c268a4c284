import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

/**
 * The content keys this build trusts: assets/keys/content-keys.json (checked by
 * scripts/buildContent.ts, the step before this one in `npm run build`), plus the repository's
 * test key only when RUKN_TRUST_TEST_CONTENT_KEY=1 (the `test:e2e` build). Never in a package:
 * scripts/checkPackage.ts looks for it there.
 */
function trustedContentKeys(): { keyId: string; publicKey: string }[] {
  const read = (file: string) => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'));
  const shipped = read('./assets/keys/content-keys.json') as { keyId: string; publicKey: string }[];
  if (process.env.RUKN_TRUST_TEST_CONTENT_KEY !== '1') return shipped;
  const { keyId, publicKey } = read('./tests/fixtures/content-keys/test-key.json') as {
    keyId: string;
    publicKey: string;
  };
  console.warn(
    'RUKN_TRUST_TEST_CONTENT_KEY=1: this build trusts the TEST content key; never ship it',
  );
  return [...shipped, { keyId, publicKey }];
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/**
 * The build says what it wrote in one line (file count, size, fonts) instead of one line per
 * file; warnings and errors still print, since the build's log level keeps them.
 */
function buildSummary(): Plugin {
  return {
    name: 'rukn-build-summary',
    apply: 'build',
    writeBundle(_options, bundle) {
      const sizes = Object.values(bundle).map((file) => ({
        name: file.fileName,
        bytes:
          file.type === 'chunk'
            ? Buffer.byteLength(file.code)
            : typeof file.source === 'string'
              ? Buffer.byteLength(file.source)
              : file.source.byteLength,
      }));
      const total = (files: typeof sizes) => files.reduce((sum, file) => sum + file.bytes, 0);
      const fonts = sizes.filter((file) => /\.woff2?$/.test(file.name));
      console.info(
        `built dist/renderer (${sizes.length} files, ${kib(total(sizes))}; ${fonts.length} of them fonts, ${kib(total(fonts))})`,
      );
    },
  };
}

// The renderer is built to plain files served by the Electron main process (rukn://app) or by
// scripts/serve.ts in a browser. No asset is inlined so the strict CSP never needs data: fonts.
export default defineConfig(({ command }) => ({
  root: 'renderer',
  base: './',
  plugins: [react(), buildSummary()],
  define: {
    __APP_VERSION__: JSON.stringify(version),
    __CONTENT_KEYS__: JSON.stringify(trustedContentKeys()),
  },
  // The build prints its one-line summary, warnings and errors; the dev server still shows its
  // address.
  logLevel: command === 'build' ? 'warn' : 'info',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'chrome130',
    reportCompressedSize: false,
    // One bundle read from local disk (rukn:// or localhost), never over a network: its size
    // costs nothing at load, so the web-oriented 500 kB warning does not apply.
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173, strictPort: true },
}));
