/** Content versions order as dates and numbers, not as text. */
import { describe, expect, it } from 'vitest';
import { compareContentVersions } from '../../../core/content/signedBundle';

describe('compareContentVersions', () => {
  it.each([
    ['2026.12.10-1', '2026.12.02-1'],
    ['2026.12.02-10', '2026.12.02-9'],
    ['2027.01.01-1', '2026.12.31-9'],
    ['2026.12.02-1', '2026.12.02'],
  ])('%s is newer than %s', (newer, older) => {
    expect(compareContentVersions(newer, older)).toBeGreaterThan(0);
    expect(compareContentVersions(older, newer)).toBeLessThan(0);
  });

  it('finds equal versions equal', () => {
    expect(compareContentVersions('2026.12.02-1', '2026.12.02-1')).toBe(0);
  });
});
