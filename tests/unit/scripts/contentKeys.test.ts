/**
 * The content keys a build trusts: a key list that is not 32-byte keys with their own ids stops
 * the build, and so does a shipped key whose private half is committed (the test key).
 */
import type { webcrypto } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../core/base64';
import { contentKeyId } from '../../../core/content/signedBundle';
import {
  buildKeyProblems,
  contentKeyProblems,
  contentKeysFile,
  isTestKeyTrusted,
  repositoryKeys,
  testKeyFile,
} from '../../../scripts/contentKeys';
import testKey from '../../fixtures/content-keys/test-key.json';

const root = path.resolve(__dirname, '../../..');
let dir: string | undefined;

afterEach(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function freshKey() {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as webcrypto.CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { keyId: await contentKeyId(raw), publicKey: bytesToBase64(raw) };
}

/** A project folder with `keys` as the shipped list and the repository's test key fixture. */
function projectWith(keys: unknown): string {
  const project = mkdtempSync(path.join(os.tmpdir(), 'rukn-keys-'));
  dir = project;
  mkdirSync(path.join(project, path.dirname(contentKeysFile)), { recursive: true });
  writeFileSync(path.join(project, contentKeysFile), JSON.stringify(keys));
  cpSync(
    path.join(root, 'tests/fixtures/content-keys'),
    path.join(project, path.dirname(testKeyFile)),
    { recursive: true },
  );
  return project;
}

describe('content keys at build time', () => {
  it('accepts the shipped list as committed', async () => {
    expect(await buildKeyProblems(root, false)).toEqual([]);
    expect(await buildKeyProblems(root, true)).toEqual([]);
  });

  it('accepts an office key with its own id', async () => {
    expect(await buildKeyProblems(projectWith([await freshKey()]), false)).toEqual([]);
  });

  it('refuses to ship the test key, whose private half is in the repository', async () => {
    const shipped = [{ keyId: testKey.keyId, publicKey: testKey.publicKey }];
    const problems = await buildKeyProblems(projectWith(shipped), false);
    expect(problems.join('\n')).toContain(
      `key ${testKey.keyId} has its private key in the repository`,
    );
  });

  it('derives the committed keys from their private halves', async () => {
    expect(await repositoryKeys(root)).toContainEqual({
      keyId: testKey.keyId,
      publicKey: testKey.publicKey,
    });
  });

  it('names every problem of a bad list', async () => {
    const good = await freshKey();
    expect(await contentKeyProblems({ keys: [] }, 'keys.json')).toEqual([
      'keys.json: must be a JSON list of { keyId, publicKey }',
    ]);
    const problems = await contentKeyProblems(
      [
        { ...good, keyId: '0000000000000000' },
        { keyId: 'short', publicKey: bytesToBase64(new Uint8Array(31)) },
        { ...good, label: 'office' },
        good,
        good,
      ],
      'keys.json',
    );
    expect(problems).toEqual([
      `keys.json[0]: keyId 0000000000000000 should be ${good.keyId}`,
      'keys.json[1]: publicKey is 31 bytes; an Ed25519 key is 32',
      'keys.json[2]: must be exactly { "keyId": …, "publicKey": … }',
      `keys.json[4]: keyId ${good.keyId} is listed twice`,
    ]);
  });

  it('trusts the test key only when the variable is exactly 1', () => {
    expect(isTestKeyTrusted({ RUKN_TRUST_TEST_CONTENT_KEY: '1' })).toBe(true);
    expect(isTestKeyTrusted({ RUKN_TRUST_TEST_CONTENT_KEY: '' })).toBe(false);
    expect(isTestKeyTrusted({ RUKN_TRUST_TEST_CONTENT_KEY: 'true' })).toBe(false);
    expect(isTestKeyTrusted({})).toBe(false);
  });
});
