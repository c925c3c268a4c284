/**
 * `npm run build` step: assembles the content bundle from `assets/content/`, validates it as one
 * unit and writes it to `dist/content/bundle.json`, the unit the office hub signs and ships. An
 * invalid bundle stops the build here, with every problem (entry id and field), instead of
 * building a kiosk that cannot start.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContentBundle } from './contentFiles';

const dir = process.argv[2] ? resolve(process.argv[2]) : undefined;
const result = loadContentBundle(dir);
if (!result.ok) {
  process.stderr.write(`content bundle is invalid:\n${result.error.message}\n`);
  process.exit(1);
}
const outDir = resolve(__dirname, '../dist/content');
mkdirSync(outDir, { recursive: true });
writeFileSync(resolve(outDir, 'bundle.json'), `${JSON.stringify(result.value)}\n`);
const { version, faq, guide } = result.value;
process.stdout.write(
  `content ${version}: ${faq.length} answers, ${guide.steps.length} guide steps; valid\n`,
);
