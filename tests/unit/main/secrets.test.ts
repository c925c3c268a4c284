import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../main/contract';
import {
  type CallbackKeyStoreDeps,
  createCallbackKeyStore,
  createSecretsHandlers,
  readKeyFile,
  writeKeyFileAtomically,
} from '../../../main/ipc/secrets';
import { fakeDisk, fakeSafeStorage } from './support/syncFakes';

// The key store imports no Electron: safeStorage and the disk reach it as injected deps, faked here.

const keyFile = '/userData/callback-key.bin';

function store(disk = fakeDisk(), safeStorage = fakeSafeStorage()) {
  const deps: CallbackKeyStoreDeps = {
    safeStorage,
    keyFile,
    readFile: disk.readFile,
    writeFile: disk.writeFile,
  };
  return { keys: createCallbackKeyStore(deps), disk };
}

function keyOf(result: { ok: boolean; value?: { key: string } }): string {
  if (!result.ok || result.value === undefined) throw new Error(JSON.stringify(result));
  return result.value.key;
}

describe('callback key store', () => {
  it('makes a 32-byte key on first use and stores it only encrypted', async () => {
    const { keys, disk } = store();
    const key = keyOf(await keys.getCallbackKey());
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
    expect(disk.writeFile).toHaveBeenCalledOnce();
    const stored = disk.files.get(keyFile);
    expect(stored).toBeDefined();
    expect(stored?.toString('latin1')).not.toContain(key);
    expect(stored?.includes(Buffer.from(key, 'base64'))).toBe(false);
    expect(fakeSafeStorage().decryptString(stored ?? Buffer.alloc(0))).toBe(key);
  });

  it('answers the same key on every later call and after a restart, writing nothing more', async () => {
    const disk = fakeDisk();
    const first = store(disk).keys;
    const key = keyOf(await first.getCallbackKey());
    expect(keyOf(await first.getCallbackKey())).toBe(key);
    const afterRestart = store(disk).keys;
    expect(keyOf(await afterRestart.getCallbackKey())).toBe(key);
    expect(disk.writeFile).toHaveBeenCalledOnce();
  });

  it('makes one key for simultaneous first calls', async () => {
    const { keys, disk } = store();
    const results = await Promise.all([keys.getCallbackKey(), keys.getCallbackKey()]);
    expect(new Set(results.map(keyOf)).size).toBe(1);
    expect(disk.writeFile).toHaveBeenCalledOnce();
  });

  it('is unsupported, reading and writing nothing, where the system cannot protect a key', async () => {
    for (const safeStorage of [
      fakeSafeStorage({ isEncryptionAvailable: () => false }),
      fakeSafeStorage({ getSelectedStorageBackend: () => 'basic_text' }),
    ]) {
      const { keys, disk } = store(fakeDisk(), safeStorage);
      const result = await keys.getCallbackKey();
      expect(result).toMatchObject({ ok: false, error: { code: 'unsupported' } });
      expect(disk.readFile).not.toHaveBeenCalled();
      expect(disk.writeFile).not.toHaveBeenCalled();
    }
    const protectedByKeyring = store(
      fakeDisk(),
      fakeSafeStorage({ getSelectedStorageBackend: () => 'gnome_libsecret' }),
    );
    expect((await protectedByKeyring.keys.getCallbackKey()).ok).toBe(true);
  });

  it('reports a key file that no longer decrypts, and leaves it as it is', async () => {
    for (const corrupt of [
      Buffer.from('not an envelope'),
      fakeSafeStorage().encryptString('not a key'),
      fakeSafeStorage().encryptString(Buffer.alloc(16).toString('base64')),
    ]) {
      const disk = fakeDisk();
      disk.files.set(keyFile, corrupt);
      const result = await store(disk).keys.getCallbackKey();
      expect(result).toMatchObject({ ok: false, error: { code: 'key-unreadable' } });
      expect(disk.writeFile).not.toHaveBeenCalled();
      expect(disk.files.get(keyFile)).toEqual(corrupt);
    }
  });

  it('reports a file it cannot read as key-unreadable', async () => {
    const disk = fakeDisk();
    disk.readFile.mockRejectedValueOnce(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
    const result = await store(disk).keys.getCallbackKey();
    expect(result).toMatchObject({ ok: false, error: { code: 'key-unreadable' } });
    expect(disk.writeFile).not.toHaveBeenCalled();
  });

  it('answers write-failed when the key cannot be stored, and tries again next time', async () => {
    const disk = fakeDisk();
    disk.writeFile.mockRejectedValueOnce(new Error('ENOSPC: no space left on device'));
    const { keys } = store(disk);
    const failed = await keys.getCallbackKey();
    expect(failed).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    expect(disk.files.size).toBe(0);
    const key = keyOf(await keys.getCallbackKey());
    expect(fakeSafeStorage().decryptString(disk.files.get(keyFile) ?? Buffer.alloc(0))).toBe(key);
  });

  it('is the handler behind secret:get-callback-key', async () => {
    const { keys } = store();
    const handlers = createSecretsHandlers({ callbackKeys: keys });
    expect(ipcChannels.getCallbackKey).toBe('secret:get-callback-key');
    expect(keyOf(await handlers.getCallbackKey())).toBe(keyOf(await keys.getCallbackKey()));
  });
});

describe('the key file on disk', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rukn-secrets-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads nothing when there is no file yet', async () => {
    expect(await readKeyFile(path.join(dir, 'callback-key.bin'))).toBeNull();
  });

  it('writes atomically, readable by this user only, leaving no temporary file', async () => {
    const file = path.join(dir, 'callback-key.bin');
    await writeKeyFileAtomically(file, Buffer.from('first'));
    await writeKeyFileAtomically(file, Buffer.from('second'));
    expect((await readKeyFile(file))?.toString()).toBe('second');
    expect(await readdir(dir)).toEqual(['callback-key.bin']);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('throws and leaves no temporary file when the write fails', async () => {
    const file = path.join(dir, 'missing-folder', 'callback-key.bin');
    await expect(writeKeyFileAtomically(file, Buffer.from('x'))).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
