import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// main/protocol.ts registers its handler through Electron's `protocol`: faked, never called here.
vi.mock('electron', () => ({
  protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
}));
import type { HubFetch, HubFetchInit } from '../../../core/sync/hubExchange';
import { maxBodyBytes } from '../../../core/sync/wire';
import { ipcChannels } from '../../../main/contract';
import { createSyncHandlers } from '../../../main/ipc/sync';
import { handleAppRequest } from '../../../main/protocol';
import {
  configFile,
  fakeDisk,
  fakeSafeStorage,
  fakeSyncDeps,
  tokenFile,
} from './support/syncFakes';

const token = `rk1_${'A'.repeat(43)}`;
const otherToken = `rk1_${'B'.repeat(43)}`;
const hub = 'http://192.168.1.20:8440';

const provisioning = {
  format: 'rukn-provisioning',
  formatVersion: 1,
  hubUrl: `${hub}/`,
  officeId: 'office-1',
  kioskId: 'kiosk-7',
  kioskName: 'Market corner',
  token,
};

async function configured(disk = fakeDisk(), overrides = {}) {
  const deps = fakeSyncDeps(disk, fakeSafeStorage(), overrides);
  await deps.syncStore.load();
  const handlers = createSyncHandlers(deps);
  return { deps, handlers, disk };
}

describe('sync handlers', () => {
  it('stores the token encrypted, answers the connection without it', async () => {
    const { handlers, disk } = await configured();
    const saved = await handlers.setSyncConfig({ hubUrl: `${hub}/`, token, kioskId: 'kiosk-7' });
    expect(saved).toEqual({ ok: true, value: { hubUrl: hub, kioskId: 'kiosk-7', hasToken: true } });
    expect(JSON.stringify(saved)).not.toContain(token);
    expect(disk.files.get(tokenFile)?.toString('latin1')).not.toContain(token);
    expect(disk.files.get(configFile)?.toString()).not.toContain(token);
    expect(JSON.stringify(await handlers.getSyncConfig())).not.toContain(token);

    // A restart reads it back.
    const again = await configured(disk);
    expect(await again.handlers.getSyncConfig()).toEqual({
      ok: true,
      value: { hubUrl: hub, kioskId: 'kiosk-7', hasToken: true },
    });
    expect(again.deps.syncStore.current().token).toBe(token);
  });

  it('refuses a bad address or token, and a new hub without its token', async () => {
    const { deps, handlers } = await configured();
    for (const request of [
      { hubUrl: 'ftp://hub', token },
      { hubUrl: `${hub}/api`, token },
      { hubUrl: 'http://user:pw@hub', token },
      { hubUrl: hub, token: 'secret' },
      { hubUrl: hub, token, extra: 1 },
      { hubUrl: hub },
    ]) {
      const result = await handlers.setSyncConfig(request);
      expect(result.ok ? 'ok' : result.error.code, JSON.stringify(request)).toBe('invalid-request');
    }
    await handlers.setSyncConfig({ hubUrl: hub, token });
    // Same hub: the token may stay. Another hub: never the stored token.
    expect((await handlers.setSyncConfig({ hubUrl: hub, kioskId: 'k2' })).ok).toBe(true);
    expect((await handlers.setSyncConfig({ hubUrl: 'http://other.hub' })).ok).toBe(false);
    expect(deps.syncStore.current().hubUrl).toBe(hub);
  });

  it('never stores a token where the operating system cannot protect it', async () => {
    const deps = fakeSyncDeps(
      fakeDisk(),
      fakeSafeStorage({ getSelectedStorageBackend: () => 'basic_text' }),
    );
    const result = await createSyncHandlers(deps).setSyncConfig({ hubUrl: hub, token });
    expect(result.ok ? 'ok' : result.error.code).toBe('unsupported');
  });

  it('reports a token that no longer decrypts, and sends nothing with it', async () => {
    const disk = fakeDisk();
    disk.files.set(tokenFile, Buffer.from('garbage'));
    disk.files.set(configFile, Buffer.from(JSON.stringify({ hubUrl: hub, kioskId: 'k' })));
    const { deps, handlers } = await configured(disk);
    const result = await handlers.getSyncConfig();
    expect(result.ok ? 'ok' : result.error.code).toBe('key-unreadable');
    const sent = await handlers.hubRequest({ kind: 'content' });
    expect(sent.ok ? 'ok' : sent.error.code).toBe('not-configured');
    expect(deps.hubFetch).not.toHaveBeenCalled();
  });

  it('imports a provisioning file and answers it without the token', async () => {
    const { deps, handlers } = await configured(fakeDisk(), {
      pickProvisioningFile: async () => ({ ok: true, value: JSON.stringify(provisioning) }),
    });
    const result = await handlers.importProvisioning();
    expect(result).toEqual({
      ok: true,
      value: { hubUrl: hub, kioskId: 'kiosk-7', kioskName: 'Market corner' },
    });
    expect(deps.syncStore.current()).toMatchObject({ hubUrl: hub, token, kioskId: 'kiosk-7' });

    const bad = await configured(fakeDisk(), {
      pickProvisioningFile: async () => ({
        ok: true,
        value: JSON.stringify({ ...provisioning, token: otherToken.slice(0, 10) }),
      }),
    });
    const refused = await bad.handlers.importProvisioning();
    expect(refused.ok ? 'ok' : refused.error.code).toBe('invalid-request');
    expect(bad.deps.syncStore.current()).toEqual({});
    const cancelled = await (await configured()).handlers.importProvisioning();
    expect(cancelled.ok ? 'ok' : cancelled.error.code).toBe('cancelled');
  });

  it('forgets the hub and the token on disconnect', async () => {
    const { deps, handlers, disk } = await configured();
    await handlers.setSyncConfig({ hubUrl: hub, token });
    expect(await handlers.clearSyncConfig()).toEqual({ ok: true, value: { hasToken: false } });
    expect(disk.files.size).toBe(0);
    expect(deps.syncStore.current()).toEqual({});
  });

  it('has one channel per call in the sync domain', () => {
    expect(ipcChannels.setSyncConfig).toBe('sync:set-config');
    expect(ipcChannels.hubRequest).toBe('sync:hub-request');
  });
});

/** A hub stand-in for main's fetch: records each request and answers `answer`. */
function fakeHub(answer: (url: string, init: HubFetchInit) => Promise<Response> | Response) {
  const calls: { url: string; init: HubFetchInit }[] = [];
  const hubFetch: HubFetch = vi.fn(async (url: string, init: HubFetchInit) => {
    calls.push({ url, init });
    return answer(url, init);
  });
  return { calls, hubFetch };
}

async function withHub(
  answer: Parameters<typeof fakeHub>[0],
  overrides: { hubTimeoutMs?: number; maxHubAnswerBytes?: number } = {},
) {
  const fake = fakeHub(answer);
  const { handlers } = await configured(fakeDisk(), { hubFetch: fake.hubFetch, ...overrides });
  await handlers.setSyncConfig({ hubUrl: hub, token });
  return { handlers, calls: fake.calls };
}

const codeOf = (result: { ok: boolean; error?: { code: string } }) =>
  result.ok ? 'ok' : result.error?.code;

describe('hub requests made by main', () => {
  it('posts a push to the configured hub, the token only in Authorization, never in the answer', async () => {
    const { handlers, calls } = await withHub(
      () => new Response('{"accepted":["a"],"rejected":[]}', { headers: { etag: '"x"' } }),
    );
    const body = JSON.stringify({ protocol: 1, kioskId: 'kiosk-7', visits: [] });
    const answer = await handlers.hubRequest({ kind: 'push', body });
    expect(answer).toEqual({
      ok: true,
      value: { status: 200, etag: '"x"', body: '{"accepted":["a"],"rejected":[]}' },
    });
    expect(JSON.stringify(answer)).not.toContain(token);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(`${hub}/api/v1/visits`);
    expect(calls[0]?.init).toMatchObject({
      method: 'POST',
      body,
      redirect: 'error',
      credentials: 'omit',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
  });

  it('gets the latest content with If-None-Match, and answers 304 and errors as statuses', async () => {
    let status = 200;
    const { handlers, calls } = await withHub(() =>
      status === 304 ? new Response(null, { status }) : new Response('{"format":"x"}', { status }),
    );
    expect(await handlers.hubRequest({ kind: 'content', etag: '"v1"' })).toEqual({
      ok: true,
      value: { status: 200, body: '{"format":"x"}' },
    });
    status = 304;
    expect(await handlers.hubRequest({ kind: 'content' })).toEqual({
      ok: true,
      value: { status: 304, body: '' },
    });
    status = 401;
    const refused = await handlers.hubRequest({ kind: 'content' });
    expect(refused.ok && refused.value.status).toBe(401);
    expect(calls.map((call) => `${call.init.method} ${call.url}`)).toEqual([
      `GET ${hub}/api/v1/content/latest`,
      `GET ${hub}/api/v1/content/latest`,
      `GET ${hub}/api/v1/content/latest`,
    ]);
    expect(calls[0]?.init.headers).toEqual({
      authorization: `Bearer ${token}`,
      'if-none-match': '"v1"',
    });
    expect(calls[1]?.init.headers).toEqual({ authorization: `Bearer ${token}` });
  });

  it('refuses anything but the two requests, and never lets the page choose where or how', async () => {
    const { handlers, calls } = await withHub(() => new Response(''));
    for (const request of [
      undefined,
      'push',
      { kind: 'delete' },
      { kind: 'push' },
      { kind: 'push', body: 42 },
      { kind: 'push', body: '{}', url: 'http://evil.test/' },
      { kind: 'push', body: '{}', headers: { authorization: 'Bearer stolen' } },
      { kind: 'push', body: 'x'.repeat(maxBodyBytes + 1) },
      { kind: 'push', body: 'é'.repeat(maxBodyBytes / 2 + 1) },
      { kind: 'content', path: '/api/v1/reports' },
      { kind: 'content', etag: '"v1"\r\nAuthorization: Bearer x' },
      { kind: 'content', etag: '' },
      { kind: 'content', etag: 'x'.repeat(257) },
    ]) {
      expect(
        codeOf(await handlers.hubRequest(request)),
        JSON.stringify(request)?.slice(0, 80),
      ).toBe('invalid-request');
    }
    expect(calls).toHaveLength(0);
    expect(
      codeOf(await handlers.hubRequest({ kind: 'push', body: 'x'.repeat(maxBodyBytes) })),
    ).toBe('ok');
    expect(calls.map((call) => call.url)).toEqual([`${hub}/api/v1/visits`]);
  });

  it('answers not-configured without a hub or a token, and asks nothing', async () => {
    const { deps, handlers } = await configured();
    expect(codeOf(await handlers.hubRequest({ kind: 'content' }))).toBe('not-configured');
    expect(deps.hubFetch).not.toHaveBeenCalled();
  });

  it('answers network when the hub cannot be reached, without the token', async () => {
    const { handlers } = await withHub(() => Promise.reject(new TypeError('fetch failed')));
    const answer = await handlers.hubRequest({ kind: 'content' });
    expect(codeOf(answer)).toBe('network');
    expect(JSON.stringify(answer)).not.toContain(token);
  });

  it('gives up on a hub that does not answer in time, and aborts the request', async () => {
    let aborted = false;
    const { handlers } = await withHub(
      (_url, init) =>
        new Promise((_resolve, reject) =>
          init.signal.addEventListener('abort', () => {
            aborted = true;
            reject(new Error('aborted'));
          }),
        ),
      { hubTimeoutMs: 20 },
    );
    expect(codeOf(await handlers.hubRequest({ kind: 'content' }))).toBe('timeout');
    expect(aborted).toBe(true);
  });

  it('gives up on an answer whose body never ends', async () => {
    const { handlers } = await withHub(
      () => new Response(new ReadableStream({ pull: () => new Promise(() => undefined) })),
      {
        hubTimeoutMs: 20,
      },
    );
    expect(codeOf(await handlers.hubRequest({ kind: 'content' }))).toBe('timeout');
  });

  it('stops reading an answer longer than the limit', async () => {
    let cancelled = false;
    const chunk = new Uint8Array(40).fill(0x61);
    const endless = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull: (controller) => controller.enqueue(chunk),
          cancel: () => {
            cancelled = true;
          },
        }),
      );
    const { handlers } = await withHub(endless, { maxHubAnswerBytes: 100 });
    expect(codeOf(await handlers.hubRequest({ kind: 'content' }))).toBe('too-large');
    expect(cancelled).toBe(true);
    const chunks = (count: number) => {
      let left = count;
      return () =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull: (controller) => {
              if (left-- > 0) controller.enqueue(chunk);
              else controller.close();
            },
          }),
        );
    };
    const over = await withHub(chunks(3), { maxHubAnswerBytes: 100 });
    expect(codeOf(await over.handlers.hubRequest({ kind: 'content' }))).toBe('too-large');
    const under = await withHub(chunks(2), { maxHubAnswerBytes: 100 });
    expect(await under.handlers.hubRequest({ kind: 'content' })).toEqual({
      ok: true,
      value: { status: 200, body: 'a'.repeat(80) },
    });
    const declared = await withHub(
      // Refused on the declared length, before a byte of the body is read.
      () => new Response('{}', { headers: { 'content-length': '101' } }),
      { maxHubAnswerBytes: 100 },
    );
    expect(codeOf(await declared.handlers.hubRequest({ kind: 'content' }))).toBe('too-large');
    const fits = await withHub(() => new Response('a'.repeat(100)), { maxHubAnswerBytes: 100 });
    expect(codeOf(await fits.handlers.hubRequest({ kind: 'content' }))).toBe('ok');
  });
});

describe('content security policy in Electron', () => {
  let dir: string | undefined;
  afterEach(() => (dir === undefined ? undefined : rm(dir, { recursive: true, force: true })));

  it('lets the page connect to its own origin only: main makes the hub requests', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rukn-csp-'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html>');
    const response = await handleAppRequest('rukn://app/', dir);
    const policy = response.headers.get('content-security-policy') ?? '';
    const connect = policy.split('; ').find((directive) => directive.startsWith('connect-src'));
    expect(connect).toBe("connect-src 'self'");
  });
});
