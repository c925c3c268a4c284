/**
 * Sending visits to the office hub, as the app uses it: `startSync` builds the client on the
 * kiosk's database and bridge, starts it after boot, and wires its triggers (the `online` event,
 * each ended visit once its end is written, the timer) and the daily purge of sent visits past
 * retention. It answers the service the staff screens and the content updater use. Policy: the
 * hub's address and kiosk id come from the bridge, and every hub request goes through it
 * (`hubRequest`: in Electron main makes it with the token it holds, the page never reaches the hub); a
 * visit is always sent under the hub's kiosk id; connecting a kiosk also makes that id the one its
 * new visits are recorded under (settings `kioskId`, from the next start-up); and connecting,
 * disconnecting and sending a refused visit again are administrator actions, audited.
 */
import type { Result } from '../../core/result';
import type { KioskStatus } from '../../core/sync/wire';
import type { KioskBridge, ProvisioningSummary, SyncConfig } from '../../main/contract';
import type { AuditLog } from '../db/auditRepository';
import type { RuknDatabase } from '../db/database';
import {
  createOutboxRepository,
  type DeadLetterEntry,
  type OutboxRepository,
} from '../db/outboxRepository';
import { createSyncRecordStore, type SettingsRepository } from '../db/settingsRepository';
import { createSyncClient, type SyncClient, type SyncConnection, type SyncStatus } from './client';
import { startSentVisitPurge } from './retention';
import { createHubTransport, type ContentFetch, type HubErrorCode } from './transport';

export type { SyncStatus, SyncStateName, SyncErrorCode, SyncError } from './client';
export type { ContentFetch, HubErrorCode, HubTransport } from './transport';
export type { DeadLetterEntry } from '../db/outboxRepository';
export { createSyncClient } from './client';
export { createHubTransport, type HubRequestFunction } from './transport';

/** What the staff screens and the content updater use. */
export type KioskSync = {
  readonly status: () => SyncStatus;
  readonly subscribe: (listener: (status: SyncStatus) => void) => () => void;
  /** The staff's "Send now": a round at once, whatever the backoff. */
  readonly sendNow: () => Promise<void>;
  /** The hub connection as the renderer may see it (never the token). */
  readonly config: () => Promise<SyncConfig | undefined>;
  /** Imports a provisioning file (administrator). */
  readonly connectWithFile: (staffId: string) => Promise<Result<ProvisioningSummary, string>>;
  /** Connects to a hub typed by hand (administrator). */
  readonly connect: (
    staffId: string,
    request: { hubUrl: string; token?: string; kioskId?: string },
  ) => Promise<Result<SyncConfig, string>>;
  readonly disconnect: (staffId: string) => Promise<Result<SyncConfig, string>>;
  readonly deadLetters: () => Promise<DeadLetterEntry[]>;
  /** Puts a refused visit back in the outbox and starts a round (administrator). */
  readonly resend: (staffId: string, visitId: string) => Promise<boolean>;
  /**
   * The latest signed content bundle from the configured hub (unverified text: the caller
   * verifies it): `not-modified` when `etag` is still current, `none` when the hub has none.
   */
  readonly fetchContent: (
    etag?: string,
  ) => Promise<Result<ContentFetch, HubErrorCode | 'not-configured'>>;
  /** True once a hub is configured: visits not yet sent must then never be pruned. */
  readonly sendsToOffice: () => boolean;
};

export type StartSyncDeps = {
  readonly db: RuknDatabase;
  readonly bridge: KioskBridge;
  /** The visit recorder: a round after each ended visit, once its end is written. */
  readonly recorder: {
    readonly afterEnd: (listener: () => void) => () => void;
    readonly flush: () => Promise<void>;
  };
  readonly settings: Pick<SettingsRepository, 'adoptKioskId'>;
  readonly audit: Pick<AuditLog, 'record'>;
  /** The kiosk's own id, used when the hub connection names none. */
  readonly localKioskId: string;
  /** Days a sent visit is kept (the current setting). */
  readonly retentionDays: () => number;
  /** What the kiosk tells the hub about itself with each push. */
  readonly kioskStatus?: () => Omit<KioskStatus, 'pending' | 'rejected'>;
  /** Where `online` is announced: the window. */
  readonly events?: Pick<Window, 'addEventListener'>;
};

/** The connection a configuration makes, or undefined when it is incomplete. */
export function connectionFor(
  config: SyncConfig | undefined,
  deps: Pick<StartSyncDeps, 'bridge' | 'localKioskId'>,
): SyncConnection | undefined {
  if (config?.hubUrl === undefined || !config.hasToken) return undefined;
  return {
    kioskId: config.kioskId ?? deps.localKioskId,
    transport: createHubTransport({
      hubUrl: config.hubUrl,
      request: (request) => deps.bridge.hubRequest(request),
    }),
  };
}

/** Builds the sync client on the kiosk's database and starts it in the background. */
export function startSync(deps: StartSyncDeps): KioskSync {
  const { db, bridge, recorder, audit } = deps;
  const outbox: OutboxRepository = createOutboxRepository({ db });
  const client: SyncClient = createSyncClient({
    outbox,
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    store: createSyncRecordStore(db),
    ...(deps.kioskStatus === undefined ? {} : { kioskStatus: deps.kioskStatus }),
  });
  // Until the configuration is read (or when it cannot be), the kiosk counts as sending: space
  // freeing must never delete a visit someone may still be waiting for.
  let hasHub = true;

  const readConfig = async (): Promise<SyncConfig | undefined> => {
    const config = await bridge.getSyncConfig();
    if (!config.ok) console.warn('the hub connection cannot be read', config.error.code);
    hasHub = !config.ok || config.value.hubUrl !== undefined;
    return config.ok ? config.value : undefined;
  };
  const apply = (config: SyncConfig | undefined) => {
    hasHub = config?.hubUrl !== undefined;
    client.setConnection(connectionFor(config, deps));
  };
  /** New visits are recorded under the hub's kiosk id from the next start-up. */
  const adoptKioskId = async (kioskId: string | undefined) => {
    if (kioskId !== undefined) await deps.settings.adoptKioskId(kioskId);
  };

  // The start-up read of the configuration: a content request waits for it, or the content
  // updater's first ask (made at once at start-up) would always find no hub yet.
  const configured = readConfig()
    .catch(() => undefined)
    .then((config) => {
      // `start` takes the connection at once; its first round runs on in the background.
      void client.start(connectionFor(config, deps));
    });
  deps.events?.addEventListener('online', () => void client.trigger('online'));
  recorder.afterEnd(() => {
    void recorder.flush().then(() => client.trigger('visit-ended'));
  });
  startSentVisitPurge({ outbox, retentionDays: deps.retentionDays, audit });

  return {
    status: client.status,
    subscribe: client.subscribe,
    sendNow: () => client.trigger('manual'),
    config: readConfig,
    async connectWithFile(staffId) {
      const imported = await bridge.importProvisioning();
      if (!imported.ok) return imported;
      await adoptKioskId(imported.value.kioskId);
      await audit.record('hub-connected', { staffId, detail: imported.value.hubUrl });
      apply(await readConfig());
      return imported;
    },
    async connect(staffId, request) {
      const saved = await bridge.setSyncConfig(request);
      if (!saved.ok) return saved;
      await adoptKioskId(saved.value.kioskId);
      await audit.record('hub-connected', { staffId, detail: saved.value.hubUrl });
      apply(saved.value);
      return saved;
    },
    async disconnect(staffId) {
      const cleared = await bridge.clearSyncConfig();
      if (!cleared.ok) return cleared;
      await audit.record('hub-disconnected', { staffId });
      apply(undefined);
      return cleared;
    },
    deadLetters: () => outbox.listDeadLetters(),
    async resend(staffId, visitId) {
      const isResent = await outbox.resendDeadLetter(visitId);
      if (isResent) {
        await audit.record('visit-resent', { staffId, detail: visitId });
        await client.refreshCounts();
        void client.trigger('manual');
      }
      return isResent;
    },
    async fetchContent(etag) {
      await configured;
      return client.fetchContent(etag);
    },
    sendsToOffice: () => hasHub,
  };
}

/**
 * Calls `listener` when a round reaches the hub for the first time, and again each time it does
 * after failing, and when `events` (the window) announces `online`: the moments to ask for newer
 * content too. With no visit waiting a round never reaches the hub, so the network coming back is
 * a reason of its own. Answers unsubscribe.
 */
export function onHubReachable(
  sync: Pick<KioskSync, 'subscribe'>,
  listener: () => void,
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>,
): () => void {
  let lastSyncAt: number | undefined;
  let wasReachable = false;
  const onOnline = () => listener();
  events?.addEventListener('online', onOnline);
  const unsubscribe = sync.subscribe((status) => {
    if (status.state === 'offline' || status.state === 'error') wasReachable = false;
    if (status.lastSyncAt === undefined || status.lastSyncAt === lastSyncAt) return;
    lastSyncAt = status.lastSyncAt;
    if (!wasReachable) listener();
    wasReachable = true;
  });
  return () => {
    unsubscribe();
    events?.removeEventListener('online', onOnline);
  };
}
