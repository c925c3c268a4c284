/** Kiosk-local days and the report's options from the shipped content. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayRange,
  daysBetween,
  isDay,
  kioskDay,
  reportOptionsFor,
} from '../../../../core/report/options';
import { shippedContentBundle } from '../../../../scripts/contentFiles';

describe('kiosk-local days', () => {
  it('puts an instant on its day in Riyadh', () => {
    // 21:00 UTC on the 9th is midnight on the 10th in Riyadh (UTC+3).
    expect(kioskDay(Date.parse('2026-03-09T20:59:59.999Z'))).toBe('2026-03-09');
    expect(kioskDay(Date.parse('2026-03-09T21:00:00Z'))).toBe('2026-03-10');
    expect(kioskDay(Date.parse('2026-03-09T21:00:00Z'), 0)).toBe('2026-03-09');
  });

  it('spans a period from its first local midnight to the midnight after its last day', () => {
    expect(dayRange('2026-03-10', '2026-03-10', 180)).toEqual({
      fromMs: Date.parse('2026-03-09T21:00:00Z'),
      toMs: Date.parse('2026-03-10T21:00:00Z'),
    });
    const week = dayRange('2026-03-04', '2026-03-10');
    expect(week.toMs - week.fromMs).toBe(7 * 86_400_000);
  });

  it('counts days and steps across months and leap days', () => {
    expect(daysBetween('2028-02-27', '2028-03-01')).toBe(4); // 2028 is a leap year
    expect(daysBetween('2026-03-10', '2026-03-09')).toBe(0);
    expect(daysBetween('nonsense', '2026-03-09')).toBe(0);
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('accepts only real calendar days', () => {
    expect(isDay('2026-03-10')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-3-10')).toBe(false);
    expect(isDay(20260310)).toBe(false);
  });
});

describe('report options from the content', () => {
  it("takes the guide's steps in order and every answer's topic", () => {
    const bundle = shippedContentBundle();
    const options = reportOptionsFor(bundle, '2026-03-10', '2026-03-10', 5);
    expect(options.guideStepIds).toEqual(bundle.guide.steps.map((step) => step.id));
    expect(options.guideStepIds.length).toBeGreaterThan(3);
    expect(Object.keys(options.entryCategory)).toHaveLength(bundle.faq.length);
    const first = bundle.faq[0];
    expect(first && options.entryCategory[first.id]).toBe(first?.category);
    expect(options).toMatchObject({ from: '2026-03-10', to: '2026-03-10', utcOffsetMinutes: 180 });
    expect(options.now).toBe(5);
  });
});
