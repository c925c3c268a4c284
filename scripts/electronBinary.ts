/**
 * Where the `electron` package would find its binary, without `require('electron')`: that call
 * tries to download the binary when it is missing, which must not happen here. Mirrors
 * node_modules/electron/index.js (path.txt names the binary inside dist/).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(__dirname, '..');

export function findElectronBinary(): string | null {
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env['ELECTRON_OVERRIDE_DIST_PATH'] ?? path.join(packageDir, 'dist');
  const binary = path.join(distDir, relative);
  return existsSync(binary) ? binary : null;
}
