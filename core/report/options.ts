/**
 * Kiosk-local days and the report's options. Policy: a day is a calendar day at the kiosk's fixed
 * UTC offset (Saudi Arabia is UTC+3 all year, no daylight saving), so the same visits make the
 * same report wherever and whenever it is computed (kiosk, command line, office hub).
 */
import type { ContentBundle } from '../content/schema';
import type { ReportOptions } from './types';

/** Saudi Arabia's offset from UTC in minutes, all year. */
export const saudiUtcOffsetMinutes = 180;

const dayMs = 86_400_000;
const minuteMs = 60_000;
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch milliseconds of `day`'s midnight in UTC, or NaN when `day` is not a real `YYYY-MM-DD`. */
export function utcMidnight(day: string): number {
  const match = dayPattern.exec(day);
  if (!match) return Number.NaN;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, date);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March: such a day does not exist.
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== date) return Number.NaN;
  return ms;
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isDay(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(utcMidnight(value));
}

/** The kiosk-local day (`YYYY-MM-DD`) an instant falls on. */
export function kioskDay(ms: number, utcOffsetMinutes: number = saudiUtcOffsetMinutes): string {
  return new Date(ms + utcOffsetMinutes * minuteMs).toISOString().slice(0, 10);
}

/** The day `count` days after `day` (before, when negative). */
export function addDays(day: string, count: number): string {
  return new Date(utcMidnight(day) + count * dayMs).toISOString().slice(0, 10);
}

/**
 * How many days `from` to `to` spans, both included; 0 when `to` is before `from` or either is
 * not a real day.
 */
export function daysBetween(from: string, to: string): number {
  const span = Math.round((utcMidnight(to) - utcMidnight(from)) / dayMs) + 1;
  return Number.isFinite(span) ? Math.max(0, span) : 0;
}

/**
 * The instants of a kiosk-local period: `fromMs` is `from`'s local midnight, `toMs` the local
 * midnight after `to` (exclusive), so `[fromMs, toMs)` is every instant of the period.
 */
export function dayRange(
  from: string,
  to: string,
  utcOffsetMinutes: number = saudiUtcOffsetMinutes,
): { fromMs: number; toMs: number } {
  const offset = utcOffsetMinutes * minuteMs;
  return { fromMs: utcMidnight(from) - offset, toMs: utcMidnight(to) + dayMs - offset };
}

/**
 * The options for a report of `from`..`to` (inclusive) from a content bundle: the guide's step
 * ids in order for the funnel and each answer's topic.
 */
export function reportOptionsFor(
  bundle: ContentBundle,
  from: string,
  to: string,
  now: number,
  utcOffsetMinutes: number = saudiUtcOffsetMinutes,
): ReportOptions {
  const entryCategory: Record<string, string> = {};
  for (const entry of bundle.faq) entryCategory[entry.id] = entry.category;
  return {
    from,
    to,
    utcOffsetMinutes,
    guideStepIds: bundle.guide.steps.map((step) => step.id),
    entryCategory,
    now,
  };
}
