import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HubFetch, HubFetchInit } from '../../../../core/sync/hubExchange';
import { createWebBridge } from '../../../../renderer/bridge/webBridge';
import { createWebSyncBridge, settingsTableStore } from '../../../../renderer/bridge/webSync';
import { openDatabase, type RuknDatabase } from '../../../../renderer/db/database';

const token = `rk1_${'A'.repeat(43)}`;
const hub = 'http://192.168.1.20:8440';
const provisioning = {
  format: 'rukn-provisioning',
  formatVersion: 1,
  hubUrl: hub,
  officeId: 'office-1',
  kioskId: 'kiosk-7',
  kioskName: 'Market corner',
  token,
};

let db: RuknDatabase;
beforeEach(() => {
  db = openDatabase(`web-sync-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** What the page's own fetch was asked, and a hub that answers `{}` with an ETag. */
const requests: { url: string; init: HubFetchInit }[] = [];
const hubFetch: HubFetch = vi.fn(async (url: string, init: HubFetchInit) => {
  requests.push({ url, init });
  return new Response('{}', { headers: { etag: '"v3"' } });
});
beforeEach(() => {
  requests.length = 0;
});

function bridge(file: string | null = null) {
  return createWebSyncBridge(
    settingsTableStore(() => db.settings),
    async () => file,
    hubFetch,
  );
}

describe('web bridge: sync', () => {
  it('keeps the hub in the kiosk database and answers it without the token', async () => {
    const sync = bridge();
    expect(await sync.getSyncConfig()).toEqual({ ok: true, value: { hasToken: false } });
    const before = await sync.hubRequest({ kind: 'content' });
    expect(before.ok ? 'ok' : before.error.code).toBe('not-configured');
    expect(requests).toHaveLength(0);
    const saved = await sync.setSyncConfig({ hubUrl: `${hub}/`, token, kioskId: 'kiosk-7' });
    expect(saved).toEqual({ ok: true, value: { hubUrl: hub, kioskId: 'kiosk-7', hasToken: true } });
    expect(JSON.stringify(await bridge().getSyncConfig())).not.toContain(token);
    // The browser has no main process: the page makes the request itself, to the stored hub.
    const answer = await bridge().hubRequest({ kind: 'content', etag: '"v2"' });
    expect(answer).toEqual({ ok: true, value: { status: 200, etag: '"v3"', body: '{}' } });
    expect(JSON.stringify(answer)).not.toContain(token);
    expect(requests.map((request) => request.url)).toEqual([`${hub}/api/v1/content/latest`]);
    expect(requests[0]?.init.headers).toEqual({
      authorization: `Bearer ${token}`,
      'if-none-match': '"v2"',
    });
    expect(await bridge().hubRequest({ kind: 'push', body: '{}' })).toMatchObject({ ok: true });
    expect(requests[1]).toMatchObject({
      url: `${hub}/api/v1/visits`,
      init: { method: 'POST', body: '{}' },
    });
  });

  it('makes only the two requests, as main does', async () => {
    const sync = bridge();
    await sync.setSyncConfig({ hubUrl: hub, token });
    for (const request of [
      { kind: 'push', body: '{}', url: 'http://evil.test/' },
      { kind: 'content', etag: 'a\nb' },
      { kind: 'reports' },
    ]) {
      const result = await sync.hubRequest(request as never);
      expect(result.ok ? 'ok' : result.error.code, JSON.stringify(request)).toBe('invalid-request');
    }
    expect(requests).toHaveLength(0);
  });

  it('refuses what main refuses, and never moves a stored token to another hub', async () => {
    const sync = bridge();
    for (const request of [
      { hubUrl: 'javascript:alert(1)', token },
      { hubUrl: hub, token: 'x' },
      { hubUrl: hub },
    ]) {
      const result = await sync.setSyncConfig(request);
      expect(result.ok ? 'ok' : result.error.code, JSON.stringify(request)).toBe('invalid-request');
    }
    await sync.setSyncConfig({ hubUrl: hub, token });
    const moved = await sync.setSyncConfig({ hubUrl: 'http://evil.test' });
    expect(moved.ok).toBe(false);
    expect((await sync.getSyncConfig()).ok && (await sync.getSyncConfig())).toMatchObject({
      value: { hubUrl: hub },
    });
  });

  it('imports a provisioning file the user picked, and disconnects', async () => {
    const sync = bridge(JSON.stringify(provisioning));
    expect(await sync.importProvisioning()).toEqual({
      ok: true,
      value: { hubUrl: hub, kioskId: 'kiosk-7', kioskName: 'Market corner' },
    });
    expect(await sync.getSyncConfig()).toEqual({
      ok: true,
      value: { hubUrl: hub, kioskId: 'kiosk-7', kioskName: 'Market corner', hasToken: true },
    });
    const broken = await bridge('{"format":"rukn-provisioning"}').importProvisioning();
    expect(broken.ok ? 'ok' : broken.error.code).toBe('invalid-request');
    const cancelled = await bridge(null).importProvisioning();
    expect(cancelled.ok ? 'ok' : cancelled.error.code).toBe('cancelled');

    expect(await sync.clearSyncConfig()).toEqual({ ok: true, value: { hasToken: false } });
    expect(await db.settings.count()).toBe(0);
  });

  it('is part of the browser bridge', () => {
    const web = createWebBridge(
      {} as Document,
      settingsTableStore(() => db.settings),
    );
    expect(typeof web.importProvisioning).toBe('function');
    expect(typeof web.hubRequest).toBe('function');
  });
});
