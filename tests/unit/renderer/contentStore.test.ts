/**
 * The content store as the office and an attacker meet it: a bundle signed by a trusted key and
 * newer than the one in use is stored (current and previous together) and waits for the visit to
 * end; anything else is refused with its reason and changes nothing but the last refusal.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentBundle } from '../../../core/content/schema';
import { signBundle, type BundleRefusal } from '../../../core/content/signedBundle';
import { bytesToBase64 } from '../../../core/base64';
import { contentKeyId } from '../../../core/content/signedBundle';
import { createContentStore, type ContentStore } from '../../../renderer/content/contentStore';
import { loadShippedContent } from '../../../renderer/content/loadContent';
import { swapBetweenVisits } from '../../../renderer/content/useContent';
import {
  createContentRepository,
  lastRefusalKey,
  type ContentRepository,
} from '../../../renderer/db/contentRepository';
import { openDatabase, type RuknDatabase } from '../../../renderer/db/database';
import {
  signTestPayload,
  signedTestBundle,
  tamperedEnvelope,
  testContentKey,
  withVersion,
} from '../../fixtures/content-keys/sign';

const shipped = loadShippedContent(() => undefined);
const firstAnswer = shipped.faq[0]!.answer.en[0]!;
const keys = [testContentKey];
let db: RuknDatabase;
let repository: ContentRepository;
let clock: number;
const logged: string[] = [];

beforeEach(() => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
  repository = createContentRepository(db);
  clock = 5_000;
  logged.length = 0;
});

afterEach(async () => {
  db.close();
  await db.delete();
});

function openStore(options: { prepare?: (bundle: ContentBundle) => void } = {}): ContentStore {
  return createContentStore({
    shipped,
    stored: repository,
    keys,
    now: () => clock,
    log: (message) => logged.push(message),
    ...options,
  });
}

/** The shipped content with one answer reworded and the version set. */
function newer(version: string, answer = `Reworded: ${firstAnswer}`): ContentBundle {
  const bundle = withVersion(shipped, version);
  const [first, ...rest] = bundle.faq;
  return {
    ...bundle,
    faq: [{ ...first!, answer: { ...first!.answer, en: [answer] } }, ...rest],
  };
}

describe('content store: accepting a bundle', () => {
  it('uses the shipped bundle while nothing is stored', async () => {
    const store = openStore();
    await store.ready;
    expect(store.current()).toBe(shipped);
    expect(store.status()).toEqual({ version: shipped.version, source: 'shipped' });
    expect(store.etag()).toBeUndefined();
  });

  it('stores a good bundle as current, prepares it, and uses it only after the swap', async () => {
    const prepared: string[] = [];
    const store = openStore({ prepare: (bundle) => prepared.push(bundle.version) });
    const before = store.getSnapshot();
    const envelope = await signedTestBundle(newer('2099.01.01-1'));

    const result = await store.offer(envelope, '"v1"');

    expect(result.ok).toBe(true);
    expect(prepared).toEqual(['2099.01.01-1']);
    expect(store.current()).toBe(shipped);
    expect(store.getSnapshot().inUse).toBe(before.inUse);
    expect(store.getSnapshot().waiting?.faq[0]!.answer.en).toEqual([`Reworded: ${firstAnswer}`]);
    expect(store.status().waitingVersion).toBe('2099.01.01-1');
    const rows = await repository.load();
    expect(rows.current).toEqual({
      slot: 'current',
      version: '2099.01.01-1',
      envelope,
      etag: '"v1"',
      installedAt: 5_000,
    });
    expect(rows.previous).toBeUndefined();

    expect(store.swap()).toBe(true);
    expect(store.version()).toBe('2099.01.01-1');
    expect(store.status()).toEqual({
      version: '2099.01.01-1',
      source: 'hub',
      installedAt: 5_000,
      previousVersion: shipped.version,
    });
    expect(store.swap()).toBe(false);
    expect(store.etag()).toBe('"v1"');
  });

  it('keeps the bundle it replaced as previous, in the same transaction', async () => {
    const store = openStore();
    const first = await signedTestBundle(newer('2099.01.01-1'));
    const second = await signedTestBundle(newer('2099.01.02-1', 'Second rewording.'));
    await store.offer(first, '"v1"');
    clock = 6_000;
    await store.offer(second, '"v2"');
    const rows = await repository.load();
    expect(rows.current).toMatchObject({ version: '2099.01.02-1', envelope: second, etag: '"v2"' });
    expect(rows.previous).toMatchObject({
      slot: 'previous',
      version: '2099.01.01-1',
      envelope: first,
    });
  });

  it('changes neither slot when writing the new current fails halfway', async () => {
    const store = openStore();
    await store.offer(await signedTestBundle(newer('2099.01.01-1')), '"v1"');
    await store.offer(await signedTestBundle(newer('2099.01.02-1')), '"v2"');
    const before = await repository.load();
    // The disk refuses the second write of the swap (current), after previous was written.
    db.contentBundles.hook('updating', (_changes, key) => {
      if (key === 'current') throw new Error('disk full');
    });
    await expect(
      repository.install({ version: '2099.01.03-1', envelope: '{}', installedAt: 7_000 }),
    ).rejects.toThrow('disk full');
    expect(await repository.load()).toEqual(before);
  });

  it('starts from a stored bundle that still verifies and is newer than the shipped one', async () => {
    const envelope = await signedTestBundle(newer('2099.01.01-1'));
    await openStore().offer(envelope, '"v1"');

    const restarted = openStore();
    await restarted.ready;
    expect(restarted.getSnapshot().waiting?.version).toBe('2099.01.01-1');
    expect(swapBetweenVisits(restarted, false)).toBe(true);
    expect(restarted.status()).toMatchObject({
      version: '2099.01.01-1',
      source: 'hub',
      installedAt: 5_000,
      previousVersion: shipped.version,
    });
    expect(restarted.etag()).toBe('"v1"');
  });

  it('starts from the shipped bundle when the app now ships newer content than the stored one', async () => {
    await repository.install({
      version: '2000.01.01-1',
      envelope: await signedTestBundle(withVersion(shipped, '2000.01.01-1')),
      installedAt: 1,
    });
    const store = openStore();
    await store.ready;
    expect(store.getSnapshot()).toEqual({ inUse: shipped });
    expect(store.status().lastRefusal).toBeUndefined();
  });
});

describe('content store: refusing a bundle', () => {
  async function otherKeyEnvelope(bundle: ContentBundle): Promise<string> {
    const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
    expect(bytesToBase64(raw)).not.toBe(testContentKey.publicKey);
    return JSON.stringify(
      await signBundle(JSON.stringify(bundle), pair.privateKey, await contentKeyId(raw)),
    );
  }

  const cases: [string, BundleRefusal, () => Promise<string>][] = [
    [
      'a payload edited after signing',
      'bad-signature',
      async () =>
        tamperedEnvelope(await signedTestBundle(newer('2099.01.01-1')), 'Reworded', 'Forged'),
    ],
    [
      'a signature made for another payload',
      'bad-signature',
      async () => {
        const genuine = JSON.parse(await signedTestBundle(newer('2099.01.01-1'))) as object;
        const other = JSON.parse(await signedTestBundle(newer('2099.01.02-1'))) as {
          payload: string;
        };
        return JSON.stringify({ ...genuine, payload: other.payload });
      },
    ],
    [
      'a key the kiosk does not trust',
      'unknown-key',
      () => otherKeyEnvelope(newer('2099.01.01-1')),
    ],
    ['an older version', 'not-newer', () => signedTestBundle(withVersion(shipped, '2000.01.01-1'))],
    ['the same version', 'not-newer', () => signedTestBundle(shipped)],
    [
      'a signed bundle that fails the content schema',
      'invalid-content',
      async () =>
        JSON.stringify(
          await signTestPayload(JSON.stringify({ ...newer('2099.01.01-1'), faq: 'none' })),
        ),
    ],
    [
      'a signed payload that is not JSON',
      'invalid-content',
      async () => JSON.stringify(await signTestPayload('{ not json')),
    ],
    ['text that is not JSON', 'malformed', () => Promise.resolve('<html>proxy error</html>')],
    [
      'an envelope of the wrong format',
      'malformed',
      async () =>
        JSON.stringify({
          ...(JSON.parse(await signedTestBundle(newer('2099.01.01-1'))) as object),
          format: 'zip',
        }),
    ],
  ];

  for (const [what, reason, envelope] of cases) {
    it(`refuses ${what} as ${reason}, keeping the content in use`, async () => {
      const store = openStore();
      await store.ready;
      const snapshot = store.getSnapshot();

      const result = await store.offer(await envelope(), '"bad"');

      expect(result.ok ? 'accepted' : result.error.code).toBe(reason);
      expect(store.getSnapshot()).toBe(snapshot);
      expect(swapBetweenVisits(store, false)).toBe(false);
      expect(store.current()).toBe(shipped);
      expect(await repository.load()).toEqual({});
      expect(store.status().lastRefusal).toMatchObject({ reason, from: 'hub', at: 5_000 });
      expect(await repository.lastRefusal()).toEqual(store.status().lastRefusal);
      expect(logged.join('\n')).toContain(`content update refused (${reason}`);
      // The same refused bundle is not downloaded again: its ETag goes back as If-None-Match.
      expect(store.etag()).toBe('"bad"');
    });
  }

  it('names the version a refused bundle claims, when it reads as one', async () => {
    const store = openStore();
    await store.offer(
      tamperedEnvelope(await signedTestBundle(newer('2099.01.01-1')), 'Reworded', 'Forged'),
    );
    expect(store.status().lastRefusal?.version).toBe('2099.01.01-1');
  });

  it('keeps the last refusal across a restart', async () => {
    await openStore().offer('nonsense');
    const restarted = openStore();
    await restarted.ready;
    expect(restarted.status().lastRefusal).toMatchObject({ reason: 'malformed', from: 'hub' });
    expect((await db.settings.get(lastRefusalKey))?.value).toMatchObject({ reason: 'malformed' });
  });

  it('refuses at start-up a stored bundle edited on disk, and uses the shipped one', async () => {
    await openStore().offer(await signedTestBundle(newer('2099.01.01-1')), '"v1"');
    const row = (await db.contentBundles.get('current'))!;
    await db.contentBundles.put({
      ...row,
      envelope: tamperedEnvelope(row.envelope, 'Reworded', 'Forged'),
    });

    const restarted = openStore();
    await restarted.ready;

    expect(restarted.getSnapshot()).toEqual({ inUse: shipped });
    expect(swapBetweenVisits(restarted, false)).toBe(false);
    expect(restarted.status()).toMatchObject({
      version: shipped.version,
      source: 'shipped',
      lastRefusal: { reason: 'bad-signature', from: 'disk', version: '2099.01.01-1' },
    });
    // Asked again, the hub sends its genuine copy (no ETag is claimed for the refused one).
    expect(restarted.etag()).toBeUndefined();
  });

  it('answers newer than a bundle already waiting, not only newer than the one in use', async () => {
    const store = openStore();
    await store.offer(await signedTestBundle(newer('2099.01.02-1')));
    const result = await store.offer(await signedTestBundle(newer('2099.01.01-1')));
    expect(result.ok ? 'accepted' : result.error.code).toBe('not-newer');
    expect(store.getSnapshot().waiting?.version).toBe('2099.01.02-1');
  });
});

describe('content store: swapping between visits', () => {
  it('keeps the bundle in use while a visit is open, and swaps once it has ended', async () => {
    const store = openStore();
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().inUse.version));
    await store.offer(await signedTestBundle(newer('2099.01.01-1')));

    expect(swapBetweenVisits(store, true)).toBe(false);
    expect(store.current()).toBe(shipped);
    expect(store.status()).toMatchObject({
      version: shipped.version,
      waitingVersion: '2099.01.01-1',
    });

    expect(swapBetweenVisits(store, false)).toBe(true);
    expect(store.version()).toBe('2099.01.01-1');
    expect(store.status().waitingVersion).toBeUndefined();
    expect(seen.at(-1)).toBe('2099.01.01-1');
  });
});
