import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

// The renderer is built to plain files served by the Electron main process (rukn://app) or by
// scripts/serve.ts in a browser. No asset is inlined so the strict CSP never needs data: fonts.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'chrome130',
    // One bundle read from local disk (rukn:// or localhost), never over a network: its size
    // costs nothing at load, so the web-oriented 500 kB warning does not apply.
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173, strictPort: true },
});
