import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../../core/base64';
import { openText, sealText, type SealKey } from '../../../../core/crypto/sealedBox';

function newKey(): Promise<SealKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** The box with one bit of its ciphertext flipped. */
function flipBit(data: string, index: number): string {
  const bytes = base64ToBytes(data);
  bytes[index] = (bytes[index] ?? 0) ^ 1;
  return bytesToBase64(bytes);
}

describe('sealed box', () => {
  it('opens what it sealed, Arabic included', async () => {
    const key = await newKey();
    const text = '{"name":"نورة بنت عبدالله","mobile":"0551234567"}';
    const box = await sealText(key, text);
    expect(box.alg).toBe('AES-GCM');
    expect(await openText(key, box)).toBe(text);
  });

  it('keeps the text out of the box: no name, no digits', async () => {
    const key = await newKey();
    const box = await sealText(key, 'Fatimah 0551234567');
    const stored = JSON.stringify(box);
    expect(stored).not.toContain('Fatimah');
    expect(stored).not.toContain('0551234567');
    expect(stored).not.toContain(bytesToBase64(new TextEncoder().encode('Fatimah')));
  });

  it('uses a fresh 12-byte IV every time, so the same text never seals the same', async () => {
    const key = await newKey();
    const boxes = await Promise.all(Array.from({ length: 50 }, () => sealText(key, 'same text')));
    for (const box of boxes) expect(base64ToBytes(box.iv)).toHaveLength(12);
    expect(new Set(boxes.map((box) => box.iv)).size).toBe(50);
    expect(new Set(boxes.map((box) => box.data)).size).toBe(50);
  });

  it('carries the 16-byte tag: ciphertext is the text plus 16 bytes', async () => {
    const key = await newKey();
    const box = await sealText(key, 'abc');
    expect(base64ToBytes(box.data)).toHaveLength(3 + 16);
  });

  it('refuses a box changed by one bit, in the data or the IV', async () => {
    const key = await newKey();
    const box = await sealText(key, 'call me back');
    await expect(openText(key, { ...box, data: flipBit(box.data, 0) })).rejects.toThrow();
    await expect(openText(key, { ...box, data: flipBit(box.data, 14) })).rejects.toThrow();
    await expect(openText(key, { ...box, iv: flipBit(box.iv, 5) })).rejects.toThrow();
  });

  it('refuses another key', async () => {
    const box = await sealText(await newKey(), 'call me back');
    await expect(openText(await newKey(), box)).rejects.toThrow();
  });

  it('binds the box to its associated data: a box moved to another record does not open', async () => {
    const key = await newKey();
    const box = await sealText(key, 'call me back', 'ticket-1');
    expect(await openText(key, box, 'ticket-1')).toBe('call me back');
    await expect(openText(key, box, 'ticket-2')).rejects.toThrow();
    await expect(openText(key, box)).rejects.toThrow();
  });

  it('refuses malformed boxes', async () => {
    const key = await newKey();
    const box = await sealText(key, 'x');
    await expect(openText(key, { ...box, iv: bytesToBase64(new Uint8Array(8)) })).rejects.toThrow(
      /12 bytes/,
    );
    await expect(openText(key, { ...box, alg: 'AES-CBC' as 'AES-GCM' })).rejects.toThrow(
      /algorithm/,
    );
    await expect(openText(key, { ...box, data: '***' })).rejects.toThrow();
  });

  it('writes and reads standard base64', () => {
    const bytes = Uint8Array.from([0, 1, 2, 250, 251, 252, 253, 254, 255]);
    expect(bytesToBase64(bytes)).toBe('AAEC+vv8/f7/');
    expect([...base64ToBytes('AAEC+vv8/f7/')]).toEqual([...bytes]);
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});
