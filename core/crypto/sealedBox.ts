/**
 * Sealed text at rest: AES-GCM through WebCrypto (`crypto.subtle`, in browsers and in Node 20).
 * Policy: a fresh random 96-bit IV for every seal, never reused with a key; the 128-bit tag means
 * a changed byte, a wrong key or a box moved to another record (when sealed with associated data)
 * is refused, never read as other text. The key is the caller's (a non-extractable `CryptoKey`):
 * this module never sees key bytes.
 */
import { base64ToBytes, bytesToBase64 } from '../base64';
import type { SealedBox } from '../help/types';

/**
 * The AES-GCM key `sealText` and `openText` take: WebCrypto's `CryptoKey`, spelled through
 * `crypto.subtle` so this portable module type-checks with DOM and with Node's types alike.
 */
export type SealKey = Parameters<typeof crypto.subtle.encrypt>[1];

/** AES-GCM's recommended IV length: 12 bytes. */
const ivBytes = 12;

function gcmParams(iv: Uint8Array<ArrayBuffer>, associatedData: string | undefined) {
  return associatedData === undefined
    ? { name: 'AES-GCM', iv }
    : { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(associatedData) };
}

/**
 * Encrypts `plaintext` (UTF-8) with `key`. `associatedData` (e.g. the record's id) is not stored
 * but must be given again to open the box: a box copied onto another record will not open.
 */
export async function sealText(
  key: SealKey,
  plaintext: string,
  associatedData?: string,
): Promise<SealedBox> {
  const iv = crypto.getRandomValues(new Uint8Array(ivBytes));
  const data = await crypto.subtle.encrypt(
    gcmParams(iv, associatedData),
    key,
    new TextEncoder().encode(plaintext),
  );
  return { alg: 'AES-GCM', iv: bytesToBase64(iv), data: bytesToBase64(new Uint8Array(data)) };
}

/**
 * Decrypts a box made by `sealText` with the same key and associated data. Rejects when the box
 * was changed, the key is another one, the associated data differs or the box is malformed.
 */
export async function openText(
  key: SealKey,
  box: SealedBox,
  associatedData?: string,
): Promise<string> {
  if (box.alg !== 'AES-GCM') throw new Error(`unknown sealed box algorithm ${String(box.alg)}`);
  const iv = base64ToBytes(box.iv);
  if (iv.length !== ivBytes) throw new Error('sealed box IV must be 12 bytes');
  const plain = await crypto.subtle.decrypt(
    gcmParams(iv, associatedData),
    key,
    base64ToBytes(box.data),
  );
  return new TextDecoder('utf-8', { fatal: true }).decode(plain);
}
