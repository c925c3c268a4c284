/**
 * Printing policy: a visit prints at most `maxPrintsPerVisit` checklists, and at most one every
 * `printIntervalSeconds` (a double tap or an impatient second tap never wastes a page). Both come
 * from the kiosk's settings; the paper and toner are the office's. Pure: the caller passes the
 * clock.
 */

/** The two print settings, as `KioskSettings` holds them. */
export type PrintLimits = {
  readonly maxPrintsPerVisit: number;
  readonly printIntervalSeconds: number;
};

/** Whether a print may start now, and if not, why. */
export type PrintVerdict =
  | { readonly kind: 'allowed' }
  /** This visit has printed all it may: the staff member can give another copy. */
  | { readonly kind: 'visit-limit'; readonly maxPrints: number }
  /** The last print was moments ago; another may start after `secondsLeft`. */
  | { readonly kind: 'too-soon'; readonly secondsLeft: number };

/**
 * Decides whether a print may start at `now` (ms), given when this visit's earlier prints started
 * (`printedAt`, ms, any order). The visit limit is checked first: waiting would not help there.
 */
export function printVerdict(
  printedAt: readonly number[],
  limits: PrintLimits,
  now: number,
): PrintVerdict {
  if (printedAt.length >= limits.maxPrintsPerVisit) {
    return { kind: 'visit-limit', maxPrints: limits.maxPrintsPerVisit };
  }
  const last = Math.max(...printedAt, Number.NEGATIVE_INFINITY);
  const waitMs = last + limits.printIntervalSeconds * 1000 - now;
  return waitMs > 0
    ? { kind: 'too-soon', secondsLeft: Math.ceil(waitMs / 1000) }
    : { kind: 'allowed' };
}
