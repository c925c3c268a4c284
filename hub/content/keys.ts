/**
 * The office's content signing key. Policy: made with WebCrypto (Ed25519), the private key is
 * written once to a file only its owner can read (0600) and never overwritten; its public half is
 * printed for the kiosk's `assets/keys/content-keys.json`, where the kiosk learns whom to trust.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { base64ToBytes, bytesToBase64, isBase64 } from '../../core/base64';
import {
  contentKeyId,
  type ContentPublicKey,
  type SigningKey,
} from '../../core/content/signedBundle';
import { err, ok, type Result } from '../../core/result';
import { hasOnlyKeys, isNonEmptyString, isRecord } from '../../core/validation';

export const signingKeyFormat = 'rukn-content-signing-key';

/** The private key file `keygen` writes. */
export type SigningKeyFile = {
  readonly format: typeof signingKeyFormat;
  readonly formatVersion: 1;
  /** `contentKeyId` of the public key: what kiosks look the key up by. */
  readonly keyId: string;
  /** Base64 of the PKCS#8 private key. Secret. */
  readonly privateKey: string;
  /** Base64 of the 32-byte raw public key (also printed for the kiosk). */
  readonly publicKey: string;
};

const ed25519 = { name: 'Ed25519' } as const;

/** A new key pair: the file to keep secret and the entry kiosks trust. */
export async function generateSigningKey(): Promise<{
  file: SigningKeyFile;
  publicEntry: ContentPublicKey;
}> {
  const pair = (await crypto.subtle.generateKey(ed25519, true, ['sign', 'verify'])) as {
    privateKey: SigningKey;
    publicKey: SigningKey;
  };
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const keyId = await contentKeyId(raw);
  const publicKey = bytesToBase64(raw);
  return {
    file: {
      format: signingKeyFormat,
      formatVersion: 1,
      keyId,
      privateKey: bytesToBase64(pkcs8),
      publicKey,
    },
    publicEntry: { keyId, publicKey },
  };
}

/** Writes a key file readable by its owner only; refuses to replace an existing file. */
export function writeSigningKeyFile(path: string, file: SigningKeyFile): void {
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
}

/** Reads a key file and imports its private key for signing. */
export async function readSigningKeyFile(
  path: string,
): Promise<Result<{ privateKey: SigningKey; keyId: string }, 'invalid-key'>> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return err('invalid-key', `${path}: not a readable key file`);
  }
  const keys = ['format', 'formatVersion', 'keyId', 'privateKey', 'publicKey'];
  if (
    !isRecord(value) ||
    !hasOnlyKeys(value, keys) ||
    value.format !== signingKeyFormat ||
    value.formatVersion !== 1 ||
    !isNonEmptyString(value.keyId) ||
    !isBase64(value.privateKey) ||
    !isBase64(value.publicKey)
  ) {
    return err('invalid-key', `${path}: not a content signing key file (made by keygen)`);
  }
  try {
    const privateKey = await crypto.subtle.importKey(
      'pkcs8',
      base64ToBytes(value.privateKey),
      ed25519,
      false,
      ['sign'],
    );
    if ((await contentKeyId(base64ToBytes(value.publicKey))) !== value.keyId) {
      return err('invalid-key', `${path}: the key id does not match its public key`);
    }
    return ok({ privateKey, keyId: value.keyId });
  } catch {
    return err('invalid-key', `${path}: the private key cannot be read`);
  }
}
