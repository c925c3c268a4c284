/** Dates in both calendars, from formatters made once and reused. */
import { describe, expect, it, vi } from 'vitest';
import {
  dateFormatter,
  formatDualDate,
  formatSourceDate,
  warmDateFormatters,
} from '../../../renderer/i18n/dates';

describe('dates', () => {
  it('formats a date in the Hijri and Gregorian calendars, Western digits', () => {
    expect(formatDualDate('2026-11-28', 'en')).toEqual({
      hijri: expect.stringContaining('1448'),
      gregorian: '28 November 2026',
    });
    const ar = formatDualDate('2026-11-28', 'ar');
    expect(ar.hijri).toMatch(/1448/);
    expect(ar.gregorian).toMatch(/^28 نوفمبر 2026$/);
    expect(formatSourceDate('2023-10', 'en')).toBe('October 2023');
    expect(formatSourceDate('2023', 'ar')).toBe('2023');
  });

  it('gives the same formatter for the same locale and options, another for others', () => {
    const options = { month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
    const formatter = dateFormatter('en-GB', options);
    expect(dateFormatter('en-GB', { ...options })).toBe(formatter);
    expect(dateFormatter('ar-SA-u-ca-gregory-nu-latn', options)).not.toBe(formatter);
    expect(dateFormatter('en-GB', { ...options, day: 'numeric' })).not.toBe(formatter);
  });

  it('creates no formatter while rendering once the formatters are warmed', () => {
    warmDateFormatters();
    const create = vi.spyOn(Intl, 'DateTimeFormat');
    for (const lang of ['ar', 'en'] as const) {
      formatDualDate('2026-03-01', lang);
      formatSourceDate('2024-05', lang);
    }
    expect(create).not.toHaveBeenCalled();
  });
});
