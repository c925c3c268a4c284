import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskBridge } from '../../../main/contract';
import { err, ok } from '../../../core/result';
import { createWebBridge } from '../../../renderer/bridge/webBridge';
import { openDatabase, type RuknDatabase } from '../../../renderer/db/database';
import {
  CallbackKeyError,
  callbackKeyName,
  loadCallbackKey,
} from '../../../renderer/secrets/keyring';

// fake-indexeddb clones with Node's structuredClone, which keeps a CryptoKey a CryptoKey (and
// non-extractable), as browsers' IndexedDB does: these tests use the real store, not a stand-in.

let name = '';
let db: RuknDatabase;

beforeEach(() => {
  name = `test-${crypto.randomUUID()}`;
  db = openDatabase(name);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

type KeyBridge = Pick<KioskBridge, 'getCallbackKey'>;

/** Electron's bridge, answering with main's key (base64 of 32 bytes). */
function electronBridge(keyBytes: Uint8Array) {
  const key = btoa(String.fromCharCode(...keyBytes));
  return { getCallbackKey: vi.fn<KeyBridge['getCallbackKey']>(async () => ok({ key })) };
}

async function seal(key: CryptoKey, text: string) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(text),
  );
  return { iv, data };
}

async function open(key: CryptoKey, box: { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer }) {
  return new TextDecoder().decode(
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv: box.iv }, key, box.data),
  );
}

function expectNonExtractableAesGcm(key: CryptoKey) {
  expect(key.extractable).toBe(false);
  expect(key.algorithm).toEqual({ name: 'AES-GCM', length: 256 });
  expect([...key.usages].sort()).toEqual(['decrypt', 'encrypt']);
}

describe('callback keyring in Electron', () => {
  it('imports main’s key as non-extractable AES-GCM, storing nothing in the page', async () => {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const key = await loadCallbackKey(electronBridge(bytes), db);
    expectNonExtractableAesGcm(key);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    const mains = await crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, ['decrypt']);
    expect(await open(mains, await seal(key, 'سارة 0551234567'))).toBe('سارة 0551234567');
    expect(await db.secrets.count()).toBe(0);
  });

  it('asks main once and reuses the same key', async () => {
    const bridge = electronBridge(crypto.getRandomValues(new Uint8Array(32)));
    const [first, second] = await Promise.all([
      loadCallbackKey(bridge, db),
      loadCallbackKey(bridge, db),
    ]);
    expect(second).toBe(first);
    expect(await loadCallbackKey(bridge, db)).toBe(first);
    expect(bridge.getCallbackKey).toHaveBeenCalledOnce();
  });

  it('fails with main’s error code, keeps no key in the page, and tries again next time', async () => {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const bridge = electronBridge(bytes);
    bridge.getCallbackKey.mockResolvedValueOnce(err('key-unreadable', 'does not decrypt'));
    const failure = await loadCallbackKey(bridge, db).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CallbackKeyError);
    expect((failure as CallbackKeyError).code).toBe('key-unreadable');
    expect(await db.secrets.count()).toBe(0);
    expectNonExtractableAesGcm(await loadCallbackKey(bridge, db));
    expect(bridge.getCallbackKey).toHaveBeenCalledTimes(2);
  });

  it('refuses a key of the wrong size from main', async () => {
    const failure = loadCallbackKey(electronBridge(new Uint8Array(16)), db);
    await expect(failure).rejects.toMatchObject({ code: 'key-unreadable' });
  });
});

describe('callback keyring in a browser', () => {
  const browser = () => createWebBridge({} as Document);

  it('is told unsupported by the web bridge', async () => {
    expect(await browser().getCallbackKey()).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });

  it('generates a non-extractable key once and keeps it in IndexedDB as a CryptoKey', async () => {
    const key = await loadCallbackKey(browser(), db);
    expectNonExtractableAesGcm(key);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    expect(await loadCallbackKey(browser(), db)).toBe(key);
    const stored = await db.secrets.get(callbackKeyName);
    expect(stored).toBeInstanceOf(CryptoKey);
    expectNonExtractableAesGcm(stored as CryptoKey);
    expect(await db.secrets.count()).toBe(1);
  });

  it('opens after a reload what it sealed before', async () => {
    const box = await seal(await loadCallbackKey(browser(), db), 'نورة 0509876543');
    const reloaded = openDatabase(name);
    try {
      const key = await loadCallbackKey(browser(), reloaded);
      expectNonExtractableAesGcm(key);
      expect(await open(key, box)).toBe('نورة 0509876543');
    } finally {
      reloaded.close();
    }
  });

  it('keeps one key when two windows start at once', async () => {
    const other = openDatabase(name);
    try {
      const [mine, theirs] = await Promise.all([
        loadCallbackKey(browser(), db),
        loadCallbackKey(browser(), other),
      ]);
      expect(await open(theirs, await seal(mine, 'one key'))).toBe('one key');
      expect(await db.secrets.count()).toBe(1);
    } finally {
      other.close();
    }
  });

  it('refuses a stored value that is not a non-extractable AES-GCM key', async () => {
    const extractable = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
      'encrypt',
      'decrypt',
    ]);
    await db.secrets.put(extractable, callbackKeyName);
    await expect(loadCallbackKey(browser(), db)).rejects.toMatchObject({ code: 'key-unreadable' });
  });
});
