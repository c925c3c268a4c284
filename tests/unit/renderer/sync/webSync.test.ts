import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

function bridge(file: string | null = null) {
  return createWebSyncBridge(
    settingsTableStore(() => db.settings),
    async () => file,
  );
}

describe('web bridge: sync', () => {
  it('keeps the hub in the kiosk database and answers it without the token', async () => {
    const sync = bridge();
    expect(await sync.getSyncConfig()).toEqual({ ok: true, value: { hasToken: false } });
    expect(await sync.hubRequestHeaders()).toEqual({ ok: true, value: {} });
    const saved = await sync.setSyncConfig({ hubUrl: `${hub}/`, token, kioskId: 'kiosk-7' });
    expect(saved).toEqual({ ok: true, value: { hubUrl: hub, kioskId: 'kiosk-7', hasToken: true } });
    expect(JSON.stringify(await bridge().getSyncConfig())).not.toContain(token);
    // The browser has no main process: the page adds the header itself.
    expect(await bridge().hubRequestHeaders()).toEqual({
      ok: true,
      value: { authorization: `Bearer ${token}` },
    });
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
    expect(typeof web.hubRequestHeaders).toBe('function');
  });
});
