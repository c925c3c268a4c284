/**
 * Bundles the main process and the preload with esbuild into dist/main/. Each is one
 * self-contained CommonJS file: a sandboxed preload cannot require relative files, and the
 * packaged app ships no node_modules. Only `electron` stays external (the runtime provides it).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

const projectRoot = path.resolve(__dirname, '..');
const outDir = path.join(projectRoot, 'dist', 'main');

async function buildMain(): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: { main: 'main/main.ts', preload: 'main/preload.ts' },
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    // No source maps: the package must not ship them (scripts/checkPackage.ts asserts it).
    sourcemap: false,
    minify: false,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    console.info(`built ${file} (${(output.bytes / 1024).toFixed(1)} KiB)`);
  }
}

buildMain().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
