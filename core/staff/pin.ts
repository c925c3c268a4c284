/**
 * Staff PINs. Policy: a PIN is stored only as a PBKDF2-SHA-256 hash (WebCrypto) with a 16-byte
 * random salt and at least 600,000 iterations (OWASP's 2023 figure for PBKDF2-SHA-256); each hash
 * keeps its own iteration count, so the count can be raised later without locking anyone out;
 * hashes are compared in constant time. A PIN is 4 to 8 digits, typed in ASCII, Arabic-Indic or
 * Persian digits (all mean the same PIN); a new PIN may not be one digit repeated or a straight
 * run such as 1234 or 9876. Pure: WebCrypto is in browsers and Node alike.
 */
import { base64ToBytes, bytesToBase64, isBase64 } from '../base64';
import type { PinHash } from './types';

/** The iteration count every new hash gets unless a test passes a lower one explicitly. */
export const pinIterations = 600_000;

/**
 * The most iterations a stored hash may claim: a tampered row cannot make one sign-in attempt
 * freeze the kiosk for minutes. Far above any count the kiosk will raise to.
 */
export const maxPinIterations = 10_000_000;

/** Bytes of random salt per hash. */
export const pinSaltBytes = 16;

/** Bytes of derived key per hash. */
export const pinHashBytes = 32;

/** Shortest and longest PIN, in digits. */
export const minPinLength = 4;
export const maxPinLength = 8;

const arabicIndicZero = 0x0660;
const persianZero = 0x06f0;

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits become ASCII; everything else is kept (pure). */
export function normalizePinDigits(pin: string): string {
  return pin.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= persianZero ? persianZero : arabicIndicZero;
    return String(code - zero);
  });
}

/** True when the PIN is 4 to 8 digits once normalised (pure). */
export function isValidPinFormat(pin: string): boolean {
  return new RegExp(`^[0-9]{${minPinLength},${maxPinLength}}$`).test(normalizePinDigits(pin));
}

/**
 * True when a PIN may be chosen as a new PIN (pure): a valid format, and neither one digit
 * repeated (0000) nor a straight run up or down (1234, 98765): the first PINs anyone tries.
 */
export function isAcceptableNewPin(pin: string): boolean {
  if (!isValidPinFormat(pin)) return false;
  const digits = [...normalizePinDigits(pin)].map(Number);
  const steps = new Set(digits.slice(1).map((digit, i) => digit - (digits[i] ?? 0)));
  return !(steps.size === 1 && (steps.has(0) || steps.has(1) || steps.has(-1)));
}

/** Options for `hashPin`; both exist for tests and for raising the count later. */
export type HashPinOptions = {
  /** Defaults to `pinIterations`; lower only in tests that must run fast. */
  readonly iterations?: number;
  /** Defaults to 16 fresh random bytes; must be 16 bytes. */
  readonly salt?: Uint8Array;
};

/**
 * Hashes a PIN (digits normalised first) with PBKDF2-SHA-256 and a fresh random salt. Throws a
 * RangeError only for a caller's mistake (an iteration count or salt outside the policy).
 */
export async function hashPin(pin: string, options: HashPinOptions = {}): Promise<PinHash> {
  const iterations = options.iterations ?? pinIterations;
  if (!isIterationCount(iterations)) {
    throw new RangeError(`iterations must be an integer from 1 to ${maxPinIterations}`);
  }
  const salt = options.salt ?? crypto.getRandomValues(new Uint8Array(pinSaltBytes));
  if (salt.length !== pinSaltBytes) throw new RangeError(`salt must be ${pinSaltBytes} bytes`);
  const hash = await derive(pin, new Uint8Array(salt), iterations);
  return {
    alg: 'PBKDF2-SHA-256',
    iterations,
    salt: bytesToBase64(salt),
    hash: bytesToBase64(hash),
  };
}

/**
 * True when the PIN (digits normalised first) matches the stored hash, derived with the hash's
 * own iteration count and compared in constant time. A malformed or tampered hash (wrong
 * algorithm, sizes or count) never matches.
 */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  if (stored.alg !== 'PBKDF2-SHA-256' || !isIterationCount(stored.iterations)) return false;
  const salt = fromBase64(stored.salt);
  const expected = fromBase64(stored.hash);
  if (salt?.length !== pinSaltBytes || expected?.length !== pinHashBytes) return false;
  const actual = await derive(pin, salt, stored.iterations);
  return isEqualConstantTime(actual, expected);
}

function isIterationCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 1 && value <= maxPinIterations;
}

async function derive(
  pin: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(normalizePinDigits(pin)),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    pinHashBytes * 8,
  );
  return new Uint8Array(bits);
}

/** Compares equal-length byte arrays without an early exit, so timing says nothing of where. */
function isEqualConstantTime(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** Decodes strict base64; null for anything else. */
function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  return isBase64(text) ? base64ToBytes(text) : null;
}
