/**
 * Signed content bundles: how the office hub ships a newer content bundle and how the kiosk decides
 * whether to believe it. Policy: a bundle is accepted only if its Ed25519 signature over the exact
 * payload bytes verifies against a public key shipped with the app, its payload passes the content
 * schema, and its version is newer than the one in use; anything else is refused with its reason
 * and the content in use stays. Uses WebCrypto only, so the kiosk (Chromium) and the hub's command
 * line (Node) sign and verify with the same code.
 */
import { base64ToBytes, bytesToBase64, isBase64 } from '../base64';
import { err, ok, type Result } from '../result';
import { hasOnlyKeys, isNonEmptyString, isRecord } from '../validation';
import { validateContentBundle, type ContentBundle } from './schema';

export const signedBundleFormat = 'rukn-signed-content';

/** What the hub stores and serves: the payload as text, exactly as signed. */
export type SignedBundle = {
  readonly format: typeof signedBundleFormat;
  readonly formatVersion: 1;
  /** The signing key's id (`contentKeyId` of its public key). */
  readonly keyId: string;
  /** Base64 of the 64-byte Ed25519 signature over the UTF-8 bytes of `payload`. */
  readonly signature: string;
  /** The content bundle as JSON text. */
  readonly payload: string;
};

/** A public key the kiosk trusts for content, as shipped in `assets/keys/content-keys.json`. */
export type ContentPublicKey = {
  readonly keyId: string;
  /** Base64 of the 32-byte raw Ed25519 public key. */
  readonly publicKey: string;
};

/** Why a bundle was refused; logged and shown to staff. */
export const bundleRefusals = [
  'malformed',
  'unknown-key',
  'bad-signature',
  'invalid-content',
  'not-newer',
] as const;
export type BundleRefusal = (typeof bundleRefusals)[number];

const ed25519 = { name: 'Ed25519' } as const;

/** WebCrypto's `CryptoKey`, spelled through `crypto.subtle` so this type-checks in DOM and Node. */
export type SigningKey = Parameters<typeof crypto.subtle.sign>[1];
const envelopeKeys = ['format', 'formatVersion', 'keyId', 'signature', 'payload'];
/** The largest payload read: the shipped bundle is a few hundred KB. */
export const maxPayloadChars = 8 * 1024 * 1024;

/** A key's id: the first 16 hex digits of the SHA-256 of its raw bytes. */
export async function contentKeyId(rawPublicKey: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', rawPublicKey));
  return Array.from(digest.slice(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Orders content versions (`2026.12.02-1`): numbers compared as numbers, part by part. Answers
 * below 0 when `a` is older, 0 when equal, above 0 when newer.
 */
export function compareContentVersions(a: string, b: string): number {
  const parts = (version: string) => (version.match(/\d+/g) ?? []).map(Number);
  const left = parts(a);
  const right = parts(b);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Parses and shape-checks an envelope (not its signature). */
export function parseSignedBundle(text: string): Result<SignedBundle, 'malformed'> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return err('malformed', 'not JSON');
  }
  if (!isRecord(value) || !hasOnlyKeys(value, envelopeKeys)) return err('malformed', 'shape');
  if (value.format !== signedBundleFormat || value.formatVersion !== 1) {
    return err('malformed', 'format');
  }
  if (!isNonEmptyString(value.keyId) || value.keyId.length > 64) return err('malformed', 'keyId');
  if (!isBase64(value.signature) || base64ToBytes(value.signature).length !== 64) {
    return err('malformed', 'signature');
  }
  if (typeof value.payload !== 'string' || value.payload.length > maxPayloadChars) {
    return err('malformed', 'payload');
  }
  return ok(value as SignedBundle);
}

/**
 * Opens a signed bundle: checks its envelope, its signature against `trusted` keys, its payload
 * against the content schema, and that it is newer than `currentVersion` (when given).
 */
export async function openSignedBundle(
  text: string,
  trusted: readonly ContentPublicKey[],
  currentVersion?: string,
): Promise<Result<ContentBundle, BundleRefusal>> {
  const envelope = parseSignedBundle(text);
  if (!envelope.ok) return envelope;
  const key = trusted.find((candidate) => candidate.keyId === envelope.value.keyId);
  if (key === undefined) return err('unknown-key', `key ${envelope.value.keyId} is not trusted`);
  const isGenuine = await verifyPayload(envelope.value, key).catch(() => false);
  if (!isGenuine) return err('bad-signature', `signature does not verify with ${key.keyId}`);
  let data: unknown;
  try {
    data = JSON.parse(envelope.value.payload);
  } catch {
    return err('invalid-content', 'payload is not JSON');
  }
  const bundle = validateContentBundle(data);
  if (!bundle.ok) return err('invalid-content', bundle.error.message);
  if (
    currentVersion !== undefined &&
    compareContentVersions(bundle.value.version, currentVersion) <= 0
  ) {
    return err('not-newer', `${bundle.value.version} is not newer than ${currentVersion}`);
  }
  return ok(bundle.value);
}

async function verifyPayload(envelope: SignedBundle, key: ContentPublicKey): Promise<boolean> {
  const publicKey = await crypto.subtle.importKey(
    'raw',
    base64ToBytes(key.publicKey),
    ed25519,
    false,
    ['verify'],
  );
  return crypto.subtle.verify(
    ed25519,
    publicKey,
    base64ToBytes(envelope.signature),
    new TextEncoder().encode(envelope.payload),
  );
}

/** Signs `payload` (a content bundle's JSON text) with an Ed25519 private key. */
export async function signBundle(
  payload: string,
  privateKey: SigningKey,
  keyId: string,
): Promise<SignedBundle> {
  const signature = new Uint8Array(
    await crypto.subtle.sign(ed25519, privateKey, new TextEncoder().encode(payload)),
  );
  return {
    format: signedBundleFormat,
    formatVersion: 1,
    keyId,
    signature: bytesToBase64(signature),
    payload,
  };
}
