import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// main/protocol.ts registers its handler through Electron's `protocol`: faked, never called here.
vi.mock('electron', () => ({
  protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
}));
import { buildContentSecurityPolicy } from '../../../core/csp';
import { ipcChannels } from '../../../main/contract';
import {
  type HeaderHookSession,
  createSyncHandlers,
  hubAuthorizationFor,
  setupHubAuthorization,
} from '../../../main/ipc/sync';
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
  it('stores the token encrypted, answers the connection without it, and reloads the window', async () => {
    const { deps, handlers, disk } = await configured();
    const saved = await handlers.setSyncConfig({ hubUrl: `${hub}/`, token, kioskId: 'kiosk-7' });
    expect(saved).toEqual({ ok: true, value: { hubUrl: hub, kioskId: 'kiosk-7', hasToken: true } });
    expect(JSON.stringify(saved)).not.toContain(token);
    expect(deps.reloadAfterChange).toHaveBeenCalledTimes(1);
    expect(disk.files.get(tokenFile)?.toString('latin1')).not.toContain(token);
    expect(disk.files.get(configFile)?.toString()).not.toContain(token);
    expect(JSON.stringify(await handlers.getSyncConfig())).not.toContain(token);
    expect(await handlers.hubRequestHeaders()).toEqual({ ok: true, value: {} });

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
    expect(deps.reloadAfterChange).not.toHaveBeenCalled();
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
    expect(hubAuthorizationFor(`${hub}/api/v1/visits`, deps.syncStore.current())).toBeUndefined();
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
    expect(ipcChannels.hubRequestHeaders).toBe('sync:hub-request-headers');
  });
});

describe('hub authorization header', () => {
  const connection = { hubUrl: hub, token };

  it('goes to exactly the configured origin and nowhere else', () => {
    expect(hubAuthorizationFor(`${hub}/api/v1/visits`, connection)).toBe(`Bearer ${token}`);
    expect(hubAuthorizationFor(`${hub}/api/v1/content/latest?x=1`, connection)).toBe(
      `Bearer ${token}`,
    );
    for (const url of [
      'https://192.168.1.20:8440/api/v1/visits',
      'http://192.168.1.20:8441/api/v1/visits',
      'http://192.168.1.20/api/v1/visits',
      'http://192.168.1.20.evil.test:8440/',
      'http://evil.test/?http://192.168.1.20:8440',
      'rukn://app/index.html',
      'not a url',
    ]) {
      expect(hubAuthorizationFor(url, connection), url).toBeUndefined();
    }
    expect(hubAuthorizationFor(`${hub}/`, { hubUrl: hub })).toBeUndefined();
    expect(hubAuthorizationFor(`${hub}/`, { token })).toBeUndefined();
  });

  it('is added by the session hook, and a header the page set is never passed on', async () => {
    const { deps, handlers } = await configured();
    await handlers.setSyncConfig({ hubUrl: hub, token });
    let listener: Parameters<HeaderHookSession['webRequest']['onBeforeSendHeaders']>[1] | undefined;
    const session: HeaderHookSession = {
      webRequest: {
        onBeforeSendHeaders: (_filter, added) => {
          listener = added;
        },
      },
    };
    setupHubAuthorization(session, deps.syncStore);
    const send = (url: string, requestHeaders: Record<string, string>) => {
      const callback = vi.fn();
      listener?.({ url, requestHeaders }, callback);
      return callback.mock.calls[0]?.[0].requestHeaders as Record<string, string>;
    };
    expect(send(`${hub}/api/v1/visits`, { Accept: '*/*' })).toEqual({
      Accept: '*/*',
      Authorization: `Bearer ${token}`,
    });
    expect(send('http://elsewhere.test/', { authorization: 'Bearer stolen' })).toEqual({});
    expect(send(`${hub}/api/v1/visits`, { authorization: `Bearer ${otherToken}` })).toEqual({
      Authorization: `Bearer ${token}`,
    });
  });
});

describe('content security policy with a hub', () => {
  let dir: string | undefined;
  afterEach(() => (dir === undefined ? undefined : rm(dir, { recursive: true, force: true })));

  it('lets the page connect to its own origin and exactly the configured hub', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rukn-csp-'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html>');
    const response = await handleAppRequest(
      'rukn://app/',
      dir,
      undefined,
      buildContentSecurityPolicy(hub),
    );
    const policy = response.headers.get('content-security-policy') ?? '';
    const connect = policy.split('; ').find((directive) => directive.startsWith('connect-src'));
    expect(connect).toBe(`connect-src 'self' ${hub}`);
    const without = await handleAppRequest('rukn://app/', dir);
    expect(without.headers.get('content-security-policy')).toContain("connect-src 'self';");
  });
});
