/**
 * `npm run build` step (`npm run content:check` alone, `[DIR] [--check-only]`): assembles the content bundle from `assets/content/`, validates it as one
 * unit and writes it to `dist/content/bundle.json`, the unit the office hub signs and ships. An
 * invalid bundle stops the build here, with every problem (entry id and field), instead of
 * building a kiosk that cannot start. It also checks the content keys the build will trust
 * (scripts/contentKeys.ts): a bad key list, or a shipped key whose private half is in the
 * repository, stops the build too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContentBundle } from './contentFiles';
import { buildKeyProblems, isTestKeyTrusted } from './contentKeys';

const [dirArgument] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const isCheckOnly = process.argv.includes('--check-only');
const result = loadContentBundle(dirArgument === undefined ? undefined : resolve(dirArgument));
if (!result.ok) {
  process.stderr.write(`content bundle is invalid:\n${result.error.message}\n`);
  process.exit(1);
}
const { version, faq, guide } = result.value;
const summary = `content ${version}: ${faq.length} answers, ${guide.steps.length} guide steps; valid\n`;
void buildKeyProblems(resolve(__dirname, '..'), isTestKeyTrusted()).then((problems) => {
  if (problems.length > 0) {
    process.stderr.write(`content keys are invalid:\n  ${problems.join('\n  ')}\n`);
    process.exit(1);
  }
  if (isCheckOnly) {
    process.stdout.write(summary);
    process.exit(0);
  }
  const outDir = resolve(__dirname, '../dist/content');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(resolve(outDir, 'bundle.json'), `${JSON.stringify(result.value)}\n`);
  process.stdout.write(summary);
});
