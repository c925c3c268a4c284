import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../../core/result';
import type { HubRequest, KioskBridge, SyncConfig } from '../../../../main/contract';
import { onHubReachable, startSync, type SyncStatus } from '../../../../renderer/sync';
import { setupTestDatabase } from '../support/testDatabase';
import { seedEndedVisits } from './seedVisits';

const kiosk = setupTestDatabase();
const token = `rk1_${'A'.repeat(43)}`;

/** The sync calls of a bridge, in memory; the hub answers every push by accepting it all. */
function fakeBridge() {
  let stored: (SyncConfig & { token?: string }) | undefined;
  const publicOf = (): SyncConfig => {
    if (stored === undefined) return { hasToken: false };
    return Object.fromEntries(
      Object.entries(stored).filter(([key]) => key !== 'token'),
    ) as SyncConfig;
  };
  const bridge = {
    getSyncConfig: vi.fn(async () => ok(publicOf())),
    setSyncConfig: vi.fn(async (request: { hubUrl: string; token?: string; kioskId?: string }) => {
      stored = {
        hubUrl: request.hubUrl,
        kioskId: request.kioskId,
        hasToken: true,
        token: request.token,
      };
      return ok(publicOf());
    }),
    importProvisioning: vi.fn(),
    clearSyncConfig: vi.fn(async () => {
      stored = undefined;
      return ok(publicOf());
    }),
    hubRequest: vi.fn(async (request: HubRequest) => {
      const body = JSON.parse(request.kind === 'push' ? request.body : '{"visits":[]}') as {
        visits: { visit: { id: string } }[];
      };
      const accepted = body.visits.map((record) => record.visit.id);
      return ok({ status: 200, body: JSON.stringify({ accepted, rejected: [] }) });
    }),
  };
  return bridge as unknown as KioskBridge & typeof bridge;
}

function start(bridge = fakeBridge()) {
  const settings = { adoptKioskId: vi.fn(async () => undefined) };
  const audit = { record: vi.fn(async () => undefined) };
  const sync = startSync({
    db: kiosk.db(),
    bridge,
    recorder: { afterEnd: () => () => undefined, flush: async () => undefined },
    settings,
    audit,
    localKioskId: 'kiosk-local',
    retentionDays: () => 90,
  });
  return { sync, settings, audit, bridge };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('startSync', () => {
  it('keeps every unsent visit until it knows whether a hub is configured', async () => {
    const { sync } = start();
    expect(sync.sendsToOffice()).toBe(true);
    await settled();
    expect(sync.sendsToOffice()).toBe(false);
    expect(sync.status().state).toBe('not-configured');
    const content = await sync.fetchContent();
    expect(content.ok ? 'ok' : content.error.code).toBe('not-configured');
  });

  it('asks for content through the bridge once the configuration is read, even at once', async () => {
    const bridge = fakeBridge();
    await bridge.setSyncConfig({ hubUrl: 'http://hub.test:8440', token, kioskId: 'k' });
    const { sync } = start(bridge);
    // Asked before the start-up read finished: it waits for it instead of finding no hub.
    const content = await sync.fetchContent('"v1"');
    expect(content).toEqual({
      ok: true,
      value: { kind: 'bundle', text: expect.any(String) as unknown as string },
    });
    expect(bridge.hubRequest).toHaveBeenCalledWith({ kind: 'content', etag: '"v1"' });
  });

  it('connects as an audited admin action, adopts the hub kiosk id and sends under it', async () => {
    const ids = await seedEndedVisits(kiosk.repository(), 2);
    const { sync, settings, audit, bridge } = start();
    await settled();
    const result = await sync.connect('admin-1', {
      hubUrl: 'http://hub.test:8440',
      token,
      kioskId: 'hub-kiosk-7',
    });
    expect(result.ok).toBe(true);
    expect(settings.adoptKioskId).toHaveBeenCalledWith('hub-kiosk-7');
    expect(audit.record).toHaveBeenCalledWith('hub-connected', {
      staffId: 'admin-1',
      detail: 'http://hub.test:8440',
    });
    expect(sync.sendsToOffice()).toBe(true);
    await vi.waitFor(() => expect(sync.status()).toMatchObject({ state: 'idle', pending: 0 }));
    // Every hub request goes through the bridge (main makes it in Electron).
    const [pushed] = bridge.hubRequest.mock.calls[0] ?? [];
    expect(pushed?.kind).toBe('push');
    const sent = JSON.parse(pushed?.kind === 'push' ? pushed.body : '{}') as {
      kioskId: string;
      visits: unknown[];
    };
    expect(sent.kioskId).toBe('hub-kiosk-7');
    expect(sent.visits).toHaveLength(ids.length);

    await sync.disconnect('admin-1');
    expect(audit.record).toHaveBeenCalledWith('hub-disconnected', { staffId: 'admin-1' });
    expect(sync.sendsToOffice()).toBe(false);
    expect(sync.status().state).toBe('not-configured');
  });
});

describe('onHubReachable', () => {
  it('fires when the hub answers after a gap, and when the network comes back', () => {
    let publish: (status: SyncStatus) => void = () => undefined;
    const sync = {
      subscribe: (listener: (status: SyncStatus) => void) => {
        publish = listener;
        return () => undefined;
      },
    };
    const events = new EventTarget();
    const listener = vi.fn();
    const stop = onHubReachable(sync, listener, events as unknown as Window);
    const status = (state: SyncStatus['state'], lastSyncAt?: number) =>
      ({ state, pending: 0, rejected: 0, lastSyncAt }) as SyncStatus;
    publish(status('idle', 1));
    publish(status('idle', 2));
    expect(listener).toHaveBeenCalledTimes(1);
    publish(status('offline', 2));
    publish(status('idle', 3));
    expect(listener).toHaveBeenCalledTimes(2);
    // Nothing waiting to be sent: no round reaches the hub, but the network is back.
    events.dispatchEvent(new Event('online'));
    expect(listener).toHaveBeenCalledTimes(3);
    stop();
    events.dispatchEvent(new Event('online'));
    expect(listener).toHaveBeenCalledTimes(3);
  });
});
