import { describe, expect, it } from 'vitest';
import { kioskDay } from '../../../../core/report/options';

describe('kioskDay', () => {
  it('gives the Riyadh date (UTC+3) by default, for tickets and reports alike', () => {
    // 23:59 on 1 March in Riyadh is 20:59 UTC; 00:01 on 2 March is 21:01 UTC on 1 March.
    expect(kioskDay(Date.UTC(2026, 2, 1, 20, 59))).toBe('2026-03-01');
    expect(kioskDay(Date.UTC(2026, 2, 1, 21, 1))).toBe('2026-03-02');
    expect(kioskDay(Date.UTC(2026, 2, 1, 21, 0))).toBe('2026-03-02');
  });

  it('takes another offset', () => {
    expect(kioskDay(Date.UTC(2026, 2, 1, 21, 1), 0)).toBe('2026-03-01');
    expect(kioskDay(Date.UTC(2026, 11, 31, 23, 30), 60)).toBe('2027-01-01');
  });
});
