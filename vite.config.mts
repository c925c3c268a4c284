import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

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
  define: { __APP_VERSION__: JSON.stringify(version) },
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
