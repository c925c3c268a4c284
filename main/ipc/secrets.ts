/**
 * The secrets domain's handler: the callback key. Policy: the key is 32 random bytes made on
 * first use and kept only encrypted by the operating system (Electron `safeStorage`: DPAPI on
 * Windows, the Keychain on macOS, the desktop's secret store on Linux) in a file in userData that
 * only this user may read (mode 0600), written atomically; where no such protection exists
 * (encryption unavailable, or Linux's `basic_text` fallback, whose password is built in) the answer
 * is `unsupported` and nothing is written, so a key is never stored in plain; a key file that no
 * longer decrypts is reported (`key-unreadable`) and left alone, never silently replaced.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { chmod, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { err, ok } from '../../core/result';
import type { BridgeResult } from '../contract';
import { type CallbackKey, type SecretsHandlers, callbackKeyBytes } from '../contract/secrets';
import { messageOf } from './exportFolder';

/** The part of Electron's `safeStorage` the key store uses. */
export type SafeStorage = {
  readonly isEncryptionAvailable: () => boolean;
  readonly encryptString: (plainText: string) => Buffer;
  readonly decryptString: (encrypted: Buffer) => string;
  /** Linux only: which secret store protects the key; `basic_text` means none does. */
  readonly getSelectedStorageBackend?: () => string;
};

export type CallbackKeyStoreDeps = {
  readonly safeStorage: SafeStorage;
  /** Where the encrypted key lives: `callback-key.bin` in userData. */
  readonly keyFile: string;
  /** The file's bytes, or null when there is no file yet. */
  readonly readFile: (path: string) => Promise<Buffer | null>;
  /** Replaces the file atomically, readable by this user only. */
  readonly writeFile: (path: string, data: Buffer) => Promise<void>;
  /** Random bytes for a new key; node:crypto's unless a test fixes them. */
  readonly randomBytes?: (size: number) => Buffer;
};

/** One store for the life of the app, so simultaneous first calls make one key, not two. */
export type CallbackKeyStore = {
  readonly getCallbackKey: () => Promise<BridgeResult<CallbackKey>>;
};

export type SecretsDeps = { readonly callbackKeys: CallbackKeyStore };

/** The name of the key file in userData. */
export const callbackKeyFileName = 'callback-key.bin';

const base64Key = /^[A-Za-z0-9+/]{43}=$/;

/** True when the operating system protects what `safeStorage` encrypts. */
function isProtected(safeStorage: SafeStorage): boolean {
  return (
    safeStorage.isEncryptionAvailable() &&
    safeStorage.getSelectedStorageBackend?.() !== 'basic_text'
  );
}

/** Reads the stored key, or makes and stores one when there is none. */
async function loadOrCreate(deps: CallbackKeyStoreDeps): Promise<BridgeResult<CallbackKey>> {
  if (!isProtected(deps.safeStorage)) {
    return err('unsupported', 'the operating system cannot protect a stored key here');
  }
  let stored: Buffer | null;
  try {
    stored = await deps.readFile(deps.keyFile);
  } catch (error) {
    return err('key-unreadable', `the key file cannot be read: ${messageOf(error)}`);
  }
  if (stored !== null) {
    let key: string;
    try {
      key = deps.safeStorage.decryptString(stored);
    } catch {
      return err('key-unreadable', 'the key file does not decrypt for this user on this machine');
    }
    if (!base64Key.test(key)) return err('key-unreadable', 'the key file holds no valid key');
    return ok({ key });
  }
  const key = (deps.randomBytes ?? randomBytes)(callbackKeyBytes).toString('base64');
  try {
    await deps.writeFile(deps.keyFile, deps.safeStorage.encryptString(key));
  } catch (error) {
    return err('write-failed', `the key could not be stored: ${messageOf(error)}`);
  }
  return ok({ key });
}

/**
 * The callback key store. A key found or made is kept for the life of the app; a failure is not,
 * so the next call tries again (a keyring that unlocks later).
 */
export function createCallbackKeyStore(deps: CallbackKeyStoreDeps): CallbackKeyStore {
  let pending: Promise<BridgeResult<CallbackKey>> | null = null;
  return {
    getCallbackKey() {
      pending ??= loadOrCreate(deps).then((result) => {
        if (!result.ok) pending = null;
        return result;
      });
      return pending;
    },
  };
}

export function createSecretsHandlers(deps: SecretsDeps): SecretsHandlers {
  return { getCallbackKey: () => deps.callbackKeys.getCallbackKey() };
}

/** The key file's bytes, or null when it does not exist yet. */
export async function readKeyFile(filePath: string): Promise<Buffer | null> {
  try {
    return await readFile(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Writes a temporary file readable by this user only (0600), then renames it over the key file,
 * so a crash never leaves half a key.
 */
export async function writeKeyFileAtomically(filePath: string, data: Buffer): Promise<void> {
  const temporary = `${filePath}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, data, { flag: 'wx', mode: 0o600 });
    // The umask may have narrowed the mode further, never widened it; chmod makes it exact.
    await chmod(temporary, 0o600);
    await rename(temporary, filePath);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
