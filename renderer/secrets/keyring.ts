/**
 * The key that seals citizens' callback details (AES-256-GCM). Policy: script never holds a key it
 * could hand out: in Electron, main's key (kept encrypted by the operating system) is imported as
 * a non-extractable `CryptoKey` and its bytes are wiped; where main answers `unsupported` (a plain
 * browser, or a machine whose keyring cannot protect a key), a non-extractable key is generated
 * once and kept in IndexedDB as the `CryptoKey` itself, which stays non-extractable there. Details
 * sealed under one of the two keys cannot be opened with the other.
 */
import type { BridgeErrorCode, KioskBridge } from '../../main/contract';
import type { RuknDatabase } from '../db/database';

/** The `secrets` row that holds the browser build's key. */
export const callbackKeyName = 'callback-key';

/** What the keyring needs of the bridge. */
export type KeyringBridge = Pick<KioskBridge, 'getCallbackKey'>;

/** A key could not be had; `code` is translatable (`errors.<code>`). */
export class CallbackKeyError extends Error {
  /** The bridge's error code, or `key-unreadable` for a stored value that is not a usable key. */
  readonly code: BridgeErrorCode;

  constructor(code: BridgeErrorCode, message: string) {
    super(message);
    this.name = 'CallbackKeyError';
    this.code = code;
  }
}

const algorithm = { name: 'AES-GCM', length: 256 } as const;
const usages: KeyUsage[] = ['encrypt', 'decrypt'];

/** One load per database for the life of the page; a failed load is forgotten so it can retry. */
const loads = new WeakMap<RuknDatabase, Promise<CryptoKey>>();

/**
 * The callback key: main's, imported non-extractable, or else the browser build's own from
 * `db.secrets`, generated on first use. Rejects with a `CallbackKeyError` when neither can be had.
 */
export function loadCallbackKey(bridge: KeyringBridge, db: RuknDatabase): Promise<CryptoKey> {
  const cached = loads.get(db);
  if (cached !== undefined) return cached;
  const load = loadKey(bridge, db);
  loads.set(db, load);
  load.catch(() => loads.delete(db));
  return load;
}

async function loadKey(bridge: KeyringBridge, db: RuknDatabase): Promise<CryptoKey> {
  const result = await bridge.getCallbackKey();
  if (result.ok) return importMainKey(result.value.key);
  if (result.error.code !== 'unsupported') {
    throw new CallbackKeyError(result.error.code, result.error.message);
  }
  return loadBrowserKey(db);
}

/** Imports main's base64 key as non-extractable and wipes the decoded bytes. */
async function importMainKey(base64: string): Promise<CryptoKey> {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  try {
    if (bytes.length !== 32)
      throw new CallbackKeyError('key-unreadable', 'main sent no 32-byte key');
    return await crypto.subtle.importKey('raw', bytes, algorithm, false, usages);
  } finally {
    bytes.fill(0);
  }
}

/**
 * The stored browser key, or a new one. The key is generated before the transaction (WebCrypto
 * promises would end it) and stored only if no other window stored one first.
 */
async function loadBrowserKey(db: RuknDatabase): Promise<CryptoKey> {
  const existing = await db.secrets.get(callbackKeyName);
  if (existing !== undefined) return checked(existing);
  const generated = await crypto.subtle.generateKey(algorithm, false, usages);
  const kept = await db.transaction('rw', db.secrets, async () => {
    const stored = await db.secrets.get(callbackKeyName);
    if (stored !== undefined) return stored;
    await db.secrets.put(generated, callbackKeyName);
    return generated;
  });
  return checked(kept);
}

/** A stored value is used only if it is a non-extractable AES-GCM key for both uses. */
function checked(value: unknown): CryptoKey {
  if (
    !(value instanceof CryptoKey) ||
    value.extractable ||
    value.algorithm.name !== algorithm.name ||
    !usages.every((usage) => value.usages.includes(usage))
  ) {
    throw new CallbackKeyError('key-unreadable', 'the stored callback key is not a usable key');
  }
  return value;
}
