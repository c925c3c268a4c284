/**
 * `npm run build` checks the content bundle first: a broken part stops the build with the entry id
 * and field, instead of building a kiosk that loops on the restart screen.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
let dir: string;

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the build's content step on a copy of the shipped parts, broken by `breakIt`. */
function buildWith(breakIt: (faq: { faq: Record<string, unknown>[] }) => void) {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rukn-content-'));
  cpSync(path.join(root, 'assets/content'), dir, { recursive: true });
  const file = path.join(dir, 'faq.json');
  const faq = JSON.parse(readFileSync(file, 'utf8')) as { faq: Record<string, unknown>[] };
  breakIt(faq);
  writeFileSync(file, JSON.stringify(faq));
  try {
    const stdout = execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'scripts/buildContent.ts'), dir, '--check-only'],
      { encoding: 'utf8', stdio: 'pipe' },
    );
    return { status: 0, output: stdout };
  } catch (error) {
    const failed = error as { status: number; stderr: string };
    return { status: failed.status, output: failed.stderr };
  }
}

describe('the content step of the build', () => {
  it('accepts the shipped content', () => {
    const result = buildWith(() => undefined);
    expect(result).toMatchObject({ status: 0 });
    expect(result.output).toMatch(/valid/);
  });

  it('stops on a broken entry, naming its id and field', () => {
    const result = buildWith((faq) => {
      const entry = faq.faq[2] as { id: string; question: { en?: string } };
      delete entry.question.en;
    });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/faq\[2\] \([a-z-]+\)\.question\.en: empty or missing/);
  });
});
