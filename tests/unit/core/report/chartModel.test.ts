import { describe, expect, it } from 'vitest';
import {
  barLength,
  barLengths,
  columnBox,
  columnRects,
  partShare,
  shareSegments,
} from '../../../../core/report/chartModel';

describe('chart geometry shared by the kiosk and the office dashboard', () => {
  it('scales bars to the largest figure and never draws a non-zero one as a sliver', () => {
    expect(barLengths([50, 100, 0, 1])).toEqual([50, 100, 0, 1.5]);
    expect(barLength(3, 0)).toBe(0);
    expect(barLengths([])).toEqual([]);
  });

  it('stands columns on the axis, one unit each', () => {
    expect(columnBox(3)).toEqual({
      viewBox: '0 0 3 100',
      axis: { x: 0, y: 99.4, width: 3, height: 0.6 },
    });
    expect(columnRects([2, 0, 4])).toEqual([
      { x: 0.15, y: 50, width: 0.7, height: 50 },
      { x: 1.15, y: 100, width: 0.7, height: 0 },
      { x: 2.15, y: 0, width: 0.7, height: 100 },
    ]);
  });

  it('splits a whole into parts that start where the last ended', () => {
    expect(shareSegments([1, 3])).toEqual([
      { start: 0, width: 25 },
      { start: 25, width: 75 },
    ]);
    expect(shareSegments([0, 0])).toEqual([
      { start: 0, width: 0 },
      { start: 0, width: 0 },
    ]);
    expect(partShare(1, [1, 3])).toBe(0.25);
    expect(partShare(0, [0])).toBe(0);
  });
});
