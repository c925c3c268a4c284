/** What every bridge call answers: a value, or an error code the renderer can translate. */
import type { Result } from '../../core/result';

/** Error codes a bridge call can return; each has an `errors.<code>` translation in both locales. */
export const bridgeErrorCodes = [
  'invalid-request',
  'cancelled',
  'write-failed',
  'print-failed',
  /** A second print from one window within main's floor (`minPrintIntervalMs`). */
  'too-soon',
  'untrusted-sender',
  'unsupported',
  /** The stored secret key cannot be decrypted here (another Windows user, a restored disk). */
  'key-unreadable',
] as const;

export type BridgeErrorCode = (typeof bridgeErrorCodes)[number];

export type BridgeResult<T> = Result<T, BridgeErrorCode>;
