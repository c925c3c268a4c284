/**
 * The chaos run at a small size: simulated kiosks with the kiosk's own sync code push through a
 * fault-injecting proxy to a real hub while they are killed mid-push; every visit must be stored
 * once. Runs the command itself (`npm run chaos`), as an office or CI would.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `name=value` pairs of one output line. */
function figures(line: string | undefined): Record<string, number> {
  return Object.fromEntries(
    [...(line ?? '').matchAll(/([a-z_-]+)=([\d.]+)/g)].map((match) => [match[1], Number(match[2])]),
  );
}

describe('the chaos run', () => {
  it('stores every visit once through dropped requests, lost answers, 5xx and kills', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/chaos.ts',
        '--kiosks',
        '2',
        '--sessions',
        '600',
        '--waves',
        '6',
        '--batch',
        '25',
        '--fault-rate',
        '0.3',
        '--seed',
        'unit',
      ],
      { cwd: resolve(__dirname, '../..'), encoding: 'utf8', timeout: 240_000 },
    );
    const lines = run.stdout.trim().split('\n');
    expect(run.status, run.stderr).toBe(0);
    expect(lines.at(-1)).toBe('sent=1200 stored=1200 duplicates=0 lost=0');
    // The run was hard: processes were killed, and faults of several kinds were met.
    expect(figures(lines[0]).kills).toBeGreaterThan(0);
    const faults = figures(lines[1]);
    const kinds = Object.entries(faults).filter(([kind, count]) => kind !== 'passed' && count > 0);
    expect(kinds.length).toBeGreaterThanOrEqual(3);
  }, 240_000);
});
