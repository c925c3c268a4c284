/** Base64 (standard alphabet, padded) for stored hashes, salts, IVs and sealed boxes. */

const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

/** True for strict base64: the standard alphabet, padded to a multiple of 4. */
export function isBase64(text: unknown): text is string {
  return typeof text === 'string' && text.length % 4 === 0 && base64Pattern.test(text);
}

/** Base64 of bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The bytes of a base64 text; throws on text that is not base64. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
