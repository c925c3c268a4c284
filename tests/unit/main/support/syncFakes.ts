/**
 * Fakes for main's Electron edge: an operating-system keyring (`safeStorage`) and a user data
 * folder in memory (the secrets and sync domains' tests), and the sync deps its tests build on.
 */
import { vi } from 'vitest';
import type { SafeStorage } from '../../../../main/ipc/secrets';
import { type SyncDeps, createSyncStore } from '../../../../main/ipc/sync';

/** A keyring stand-in: a versioned, byte-scrambled envelope that fails on anything else. */
export function fakeSafeStorage(overrides: Partial<SafeStorage> = {}): SafeStorage {
  return {
    isEncryptionAvailable: () => true,
    encryptString: (plainText) =>
      Buffer.concat([Buffer.from('v10'), Buffer.from(plainText).map((byte) => byte ^ 0x5a)]),
    decryptString: (encrypted) => {
      if (encrypted.subarray(0, 3).toString() !== 'v10') throw new Error('Error while decrypting');
      return Buffer.from(encrypted.subarray(3).map((byte) => byte ^ 0x5a)).toString();
    },
    ...overrides,
  };
}

/** A user data folder in memory. */
export function fakeDisk() {
  const files = new Map<string, Buffer>();
  return {
    files,
    readFile: vi.fn(async (file: string) => files.get(file) ?? null),
    writeFile: vi.fn(async (file: string, data: Buffer) => {
      files.set(file, Buffer.from(data));
    }),
    removeFile: vi.fn(async (file: string) => {
      files.delete(file);
    }),
  };
}

export const tokenFile = '/userData/sync-token.bin';
export const configFile = '/userData/sync-config.json';

/** Sync deps on a fake disk and keyring; nothing configured, no file to pick, a hub that accepts. */
export function fakeSyncDeps(
  disk = fakeDisk(),
  safeStorage = fakeSafeStorage(),
  overrides: Partial<SyncDeps> = {},
): SyncDeps {
  return {
    syncStore: createSyncStore({ safeStorage, tokenFile, configFile, ...disk }),
    pickProvisioningFile: async () => ({ ok: true, value: null }),
    hubFetch: vi.fn(async () => new Response('{"accepted":[],"rejected":[]}')),
    ...overrides,
  };
}
