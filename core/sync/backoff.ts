/**
 * Retry timing for the sync client. Policy: full-jitter exponential backoff, a random wait between
 * 0 and min(cap, base × 2^attempt), base 1 s and cap 5 min, so a hall of kiosks coming back online
 * together spread their retries instead of knocking at the hub at the same instant.
 */

/** First retry waits up to this long. */
export const backoffBaseMs = 1000;
/** No retry waits longer than this. */
export const backoffCapMs = 5 * 60 * 1000;

/**
 * How long to wait before retry number `attempt` (0 for the first retry after a failure).
 * `random` returns a number in [0, 1); it is a parameter so tests can pin it.
 */
export function backoffDelay(
  attempt: number,
  random: () => number = Math.random,
  baseMs: number = backoffBaseMs,
  capMs: number = backoffCapMs,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(Math.max(attempt, 0), 30));
  return Math.floor(random() * ceiling);
}
