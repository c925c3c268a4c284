/**
 * The content keys a kiosk build trusts, checked at build time. Policy: the shipped list is
 * `assets/keys/content-keys.json` and nothing else; each entry is a 32-byte Ed25519 public key
 * whose `keyId` is `contentKeyId` of it; no key whose private half is committed to the repository
 * (the test fixtures) may be in it; the test key is added only to test builds, when
 * `RUKN_TRUST_TEST_CONTENT_KEY=1` (set by `npm run test:e2e`), never to a package.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { base64ToBytes, bytesToBase64, isBase64 } from '../core/base64';
import { contentKeyId, type ContentPublicKey } from '../core/content/signedBundle';
import { hasOnlyKeys, isNonEmptyString, isRecord } from '../core/validation';

/** The shipped key list, relative to the project root. */
export const contentKeysFile = path.join('assets', 'keys', 'content-keys.json');

/** Where committed (hence public) private keys live: test fixtures only. */
export const fixtureFolder = 'tests';

/** The environment variable that makes a build trust the repository's test key. */
export const trustTestKeyVariable = 'RUKN_TRUST_TEST_CONTENT_KEY';

/** Whether this build trusts the test key: only for `1`, so an empty or `0` value never does. */
export function isTestKeyTrusted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[trustTestKeyVariable] === '1';
}

/** Every problem with a key list (empty when it is good); `source` names the file. */
export async function contentKeyProblems(value: unknown, source: string): Promise<string[]> {
  if (!Array.isArray(value)) return [`${source}: must be a JSON list of { keyId, publicKey }`];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of value.entries()) {
    const where = `${source}[${index}]`;
    if (!isRecord(entry) || !hasOnlyKeys(entry, ['keyId', 'publicKey'])) {
      problems.push(`${where}: must be exactly { "keyId": …, "publicKey": … }`);
      continue;
    }
    const { keyId, publicKey } = entry;
    if (!isNonEmptyString(keyId) || !isBase64(publicKey)) {
      problems.push(`${where}: keyId must be text and publicKey base64`);
      continue;
    }
    const raw = base64ToBytes(publicKey);
    if (raw.length !== 32) {
      problems.push(`${where}: publicKey is ${raw.length} bytes; an Ed25519 key is 32`);
      continue;
    }
    const expected = await contentKeyId(raw);
    if (keyId !== expected) problems.push(`${where}: keyId ${keyId} should be ${expected}`);
    if (seen.has(keyId)) problems.push(`${where}: keyId ${keyId} is listed twice`);
    seen.add(keyId);
  }
  return problems;
}

function jsonFilesUnder(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * The public keys whose private halves are committed under `tests/` (any JSON file with a
 * `privateKey` field holding a PKCS#8 Ed25519 key), derived from the private key itself.
 */
export async function repositoryKeys(root: string): Promise<ContentPublicKey[]> {
  const keys: ContentPublicKey[] = [];
  for (const file of jsonFilesUnder(path.join(root, fixtureFolder))) {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    if (!isRecord(value) || !isBase64(value.privateKey)) continue;
    const publicKey = await publicKeyOf(value.privateKey).catch(() => undefined);
    if (publicKey)
      keys.push({ keyId: await contentKeyId(publicKey), publicKey: bytesToBase64(publicKey) });
  }
  return keys;
}

async function publicKeyOf(pkcs8: string): Promise<Uint8Array<ArrayBuffer>> {
  const key = await crypto.subtle.importKey('pkcs8', base64ToBytes(pkcs8), 'Ed25519', true, [
    'sign',
  ]);
  const jwk = await crypto.subtle.exportKey('jwk', key);
  if (jwk.x === undefined) throw new Error('no public part');
  return base64ToBytes(jwk.x.replaceAll('-', '+').replaceAll('_', '/').padEnd(44, '='));
}

/** The committed test key (its public half is what a test build trusts; see vite.config.mts). */
export const testKeyFile = path.join(fixtureFolder, 'fixtures', 'content-keys', 'test-key.json');

/**
 * Every problem with the keys a build would trust (empty when there is none): the shipped list's
 * shape, sizes and ids; any shipped key whose private half is committed under `tests/`; and, for
 * a test build, that the test key file's public half and id belong to its private key.
 */
export async function buildKeyProblems(root: string, includeTestKey: boolean): Promise<string[]> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path.join(root, contentKeysFile), 'utf8'));
  } catch (error) {
    return [`${contentKeysFile}: ${error instanceof Error ? error.message : String(error)}`];
  }
  const problems = await contentKeyProblems(value, contentKeysFile);
  if (problems.length > 0) return problems;
  const committed = await repositoryKeys(root);
  for (const key of value as ContentPublicKey[]) {
    if (committed.some((own) => own.publicKey === key.publicKey)) {
      problems.push(
        `${contentKeysFile}: key ${key.keyId} has its private key in the repository (${fixtureFolder}/); it must never be shipped`,
      );
    }
  }
  if (includeTestKey) {
    const testKey = JSON.parse(readFileSync(path.join(root, testKeyFile), 'utf8')) as unknown;
    const { keyId, publicKey } = (isRecord(testKey) ? testKey : {}) as Partial<ContentPublicKey>;
    const isOwn = committed.some((own) => own.keyId === keyId && own.publicKey === publicKey);
    if (!isOwn)
      problems.push(`${testKeyFile}: keyId and publicKey do not belong to its privateKey`);
  }
  return problems;
}
