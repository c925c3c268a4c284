import { describe, expect, it } from 'vitest';
import { printVerdict } from '../../../renderer/features/handoff/printLimits';

const limits = { maxPrintsPerVisit: 2, printIntervalSeconds: 10 };

describe('print limits', () => {
  it('lets the first print of a visit through', () => {
    expect(printVerdict([], limits, 1_000)).toEqual({ kind: 'allowed' });
  });

  it('allows one print per interval, and says how long to wait', () => {
    expect(printVerdict([0], limits, 0)).toEqual({ kind: 'too-soon', secondsLeft: 10 });
    expect(printVerdict([0], limits, 9_001)).toEqual({ kind: 'too-soon', secondsLeft: 1 });
    expect(printVerdict([0], limits, 10_000)).toEqual({ kind: 'allowed' });
  });

  it('stops at the visit limit, however long the visitor waits', () => {
    expect(printVerdict([0, 20_000], limits, 3_600_000)).toEqual({
      kind: 'visit-limit',
      maxPrints: 2,
    });
    expect(printVerdict([0, 20_000], limits, 20_001)).toEqual({
      kind: 'visit-limit',
      maxPrints: 2,
    });
  });

  it('follows the settings', () => {
    const generous = { maxPrintsPerVisit: 3, printIntervalSeconds: 0 };
    expect(printVerdict([0, 0], generous, 0)).toEqual({ kind: 'allowed' });
    expect(printVerdict([0, 0, 0], generous, 0)).toEqual({ kind: 'visit-limit', maxPrints: 3 });
  });

  it('measures the interval from the latest print, in any order', () => {
    expect(printVerdict([5_000, 0], { ...limits, maxPrintsPerVisit: 5 }, 12_000)).toEqual({
      kind: 'too-soon',
      secondsLeft: 3,
    });
  });
});
