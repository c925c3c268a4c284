/**
 * The one set of run-time shape checks for untrusted values: IPC arguments in main, the office's
 * configuration file, content bundles. Pure; every boundary that parses JSON or receives a message
 * uses these instead of its own copy.
 */

/** A plain object (not null, not an array): the only shape a JSON record may have. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `record` has no keys but `allowed`: a sender cannot smuggle in extra options. */
export function hasOnlyKeys(record: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(record).every((key) => allowed.includes(key));
}

/** A string with something other than white space in it. */
export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** One of a fixed list of values (an enum read from JSON). */
export function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}
