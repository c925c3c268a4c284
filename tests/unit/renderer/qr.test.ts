import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrPath } from '../../../renderer/ui/QrCode';

const url = 'https://sbis.hrsd.gov.sa/';

describe('qrPath', () => {
  it('draws a symbol of at least 25 modules plus the quiet zone', () => {
    const { size, d } = qrPath(url);
    expect(size - 2 * QUIET_ZONE).toBeGreaterThanOrEqual(25);
    expect(d.length).toBeGreaterThan(0);
    expect(d.startsWith('M')).toBe(true);
  });

  it('keeps every module inside the quiet zone', () => {
    const { size, d } = qrPath(url);
    const starts = [...d.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => m.slice(1).map(Number));
    expect(starts.length).toBeGreaterThan(0);
    for (const [x = 0, y = 0, run = 0] of starts) {
      expect(x).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(y).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(x + run).toBeLessThanOrEqual(size - QUIET_ZONE);
      expect(y).toBeLessThan(size - QUIET_ZONE);
    }
    // The top-left finder pattern's first row is 7 dark modules.
    expect(d.startsWith(`M${QUIET_ZONE} ${QUIET_ZONE}h7v1h-7z`)).toBe(true);
  });

  it('is deterministic and differs for different values', () => {
    expect(qrPath(url)).toEqual(qrPath(url));
    expect(qrPath(url).d).not.toBe(qrPath('https://example.org/').d);
  });

  it('grows with longer values', () => {
    expect(qrPath(`${url}${'x'.repeat(200)}`).size).toBeGreaterThan(qrPath(url).size);
  });

  it('throws on an empty value', () => {
    expect(() => qrPath('')).toThrow();
  });
});
