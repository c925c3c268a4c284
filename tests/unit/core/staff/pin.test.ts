import { describe, expect, it } from 'vitest';
import {
  hashPin,
  isAcceptableNewPin,
  isValidPinFormat,
  normalizePinDigits,
  pinIterations,
  verifyPin,
} from '../../../../core/staff/pin';
import type { PinHash } from '../../../../core/staff/types';

/** Tests derive with few iterations so they run fast; one test checks the real default. */
const fast = { iterations: 1_000 } as const;

function bytesOf(base64: string): number {
  return atob(base64).length;
}

describe('PIN hashing', () => {
  it('uses at least 600,000 iterations by default and stores the count with the hash', async () => {
    expect(pinIterations).toBeGreaterThanOrEqual(600_000);
    const stored = await hashPin('4821');
    expect(stored.alg).toBe('PBKDF2-SHA-256');
    expect(stored.iterations).toBe(pinIterations);
    expect(bytesOf(stored.salt)).toBe(16);
    expect(bytesOf(stored.hash)).toBe(32);
    expect(await verifyPin('4821', stored)).toBe(true);
  });

  it('verifies the right PIN and refuses a wrong one', async () => {
    const stored = await hashPin('4821', fast);
    expect(await verifyPin('4821', stored)).toBe(true);
    expect(await verifyPin('4822', stored)).toBe(false);
    expect(await verifyPin('48210', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('never stores the PIN, and gives the same PIN a different salt and hash each time', async () => {
    const first = await hashPin('4821', fast);
    const second = await hashPin('4821', fast);
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(JSON.stringify(first)).not.toContain('4821');
  });

  it('derives the same hash from the same salt, and a PBKDF2 known answer', async () => {
    const salt = new Uint8Array(16).fill(7);
    const a = await hashPin('4821', { ...fast, salt });
    const b = await hashPin('٤٨٢١', { ...fast, salt });
    expect(a).toEqual(b);
    // RFC 6070-style check against Node's own PBKDF2, so the parameters are the ones claimed.
    const { pbkdf2Sync } = await import('node:crypto');
    const expected = pbkdf2Sync('4821', Buffer.from(salt), 1_000, 32, 'sha256').toString('base64');
    expect(a.hash).toBe(expected);
  });

  it('accepts a PIN typed in Arabic-Indic or Persian digits against one set in ASCII', async () => {
    const stored = await hashPin('4821', fast);
    expect(await verifyPin('٤٨٢١', stored)).toBe(true);
    expect(await verifyPin('۴۸۲۱', stored)).toBe(true);
    expect(await verifyPin('٤٨٢٢', stored)).toBe(false);
    const arabic = await hashPin('٤٨٢١', fast);
    expect(await verifyPin('4821', arabic)).toBe(true);
  });

  it('verifies with the count the hash carries, so the default can be raised later', async () => {
    const older = await hashPin('4821', { iterations: 2_000 });
    expect(older.iterations).toBe(2_000);
    expect(await verifyPin('4821', older)).toBe(true);
  });

  it('refuses a tampered hash, salt, count or algorithm, and malformed fields', async () => {
    const stored = await hashPin('4821', fast);
    const flipFirst = (base64: string) =>
      btoa(String.fromCharCode(atob(base64).charCodeAt(0) ^ 1) + atob(base64).slice(1));
    const tampered: PinHash[] = [
      { ...stored, hash: flipFirst(stored.hash) },
      { ...stored, salt: flipFirst(stored.salt) },
      { ...stored, iterations: stored.iterations + 1 },
      { ...stored, iterations: 0 },
      { ...stored, iterations: 1.5 },
      { ...stored, iterations: 1e12 },
      { ...stored, alg: 'PBKDF2-SHA-1' as never },
      { ...stored, hash: stored.hash.slice(4) },
      { ...stored, hash: `${stored.hash.slice(0, -4)}` },
      { ...stored, salt: 'not base64!' },
      { ...stored, hash: '' },
    ];
    for (const hash of tampered) {
      expect(await verifyPin('4821', hash), JSON.stringify(hash)).toBe(false);
    }
  });

  it('refuses to create a hash with a salt or count outside the policy', async () => {
    await expect(hashPin('4821', { salt: new Uint8Array(8) })).rejects.toThrow(RangeError);
    await expect(hashPin('4821', { iterations: 0 })).rejects.toThrow(RangeError);
  });
});

describe('PIN format', () => {
  it('normalises Arabic-Indic and Persian digits to ASCII and keeps anything else', () => {
    expect(normalizePinDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizePinDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normalizePinDigits('4٨2۱')).toBe('4821');
    expect(normalizePinDigits('12a ')).toBe('12a ');
  });

  it('accepts 4 to 8 digits in any of the three digit sets', () => {
    for (const pin of ['4821', '48213', '48213579', '٤٨٢١', '۴۸۲۱', '0000']) {
      expect(isValidPinFormat(pin), pin).toBe(true);
    }
    for (const pin of ['', '482', '482135790', '48 21', '482a', '４８２１', '-482', '4821\n']) {
      expect(isValidPinFormat(pin), JSON.stringify(pin)).toBe(false);
    }
  });

  it('refuses repeated digits and straight runs as new PINs, in any digit set', () => {
    for (const pin of ['0000', '٧٧٧٧', '1234', '12345678', '4321', '9876', '٠١٢٣', '۶۵۴۳', '482']) {
      expect(isAcceptableNewPin(pin), pin).toBe(false);
    }
    for (const pin of ['4821', '1235', '2468', '1212', '0001', '7890', '٤٨٢١']) {
      expect(isAcceptableNewPin(pin), pin).toBe(true);
    }
  });
});
