/**
 * The kiosk-local day a ticket belongs to. Policy: ticket numbers restart at 1 at local midnight;
 * "local" is a fixed offset east of UTC (Saudi Arabia is UTC+3 all year, no daylight saving), so
 * the day never depends on how the machine's clock zone happens to be set.
 */

/** Saudi Arabia's offset from UTC, in minutes. */
export const saudiUtcOffsetMinutes = 180;

/** `YYYY-MM-DD` of the kiosk-local day containing `epochMs` (pure). */
export function ticketDay(
  epochMs: number,
  utcOffsetMinutes: number = saudiUtcOffsetMinutes,
): string {
  return new Date(epochMs + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}
