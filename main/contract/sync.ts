/**
 * The sync domain of the IPC contract: where the office hub is, which kiosk this is to it, and the
 * kiosk's token. Policy: in Electron the token stays in main (encrypted with `safeStorage`), main
 * adds `Authorization: Bearer …` to requests for exactly the configured hub's origin, and no call
 * here ever answers with the token (`hubRequestHeaders` answers `{}`); the browser build, which has
 * no main, keeps it in IndexedDB and answers the header itself. Pure: validators run in main.
 */
import { type HubConfigRequest, validateHubConfigRequest } from '../../core/sync/hubConfig';
import type { BridgeErrorCode, BridgeResult } from './errors';

/** The hub connection as the renderer may see it: never the token. */
export type SyncConfig = {
  /** The hub's origin, e.g. `http://192.168.1.20:8440`; absent when none is configured. */
  readonly hubUrl?: string;
  /** The id the hub knows this kiosk by (from the provisioning file or typed by the admin). */
  readonly kioskId?: string;
  /** The kiosk's name at the hub (provisioning file only). */
  readonly kioskName?: string;
  /** True when a token is stored (and readable). */
  readonly hasToken: boolean;
};

/** What an administrator types: the hub's address, and the token unless it stays the same. */
export type SetSyncConfigRequest = HubConfigRequest;

/** What an imported provisioning file set up (the token is stored, never answered). */
export type ProvisioningSummary = {
  readonly hubUrl: string;
  readonly kioskId: string;
  readonly kioskName: string;
};

/** The sync calls of `window.kiosk`. */
export type SyncBridge = {
  readonly getSyncConfig: () => Promise<BridgeResult<SyncConfig>>;
  /** Sets the hub by hand (administrator). Electron reloads the window so the new CSP applies. */
  readonly setSyncConfig: (request: SetSyncConfigRequest) => Promise<BridgeResult<SyncConfig>>;
  /** Asks for a provisioning file (open dialog in Electron, file picker in a browser). */
  readonly importProvisioning: () => Promise<BridgeResult<ProvisioningSummary>>;
  /** Forgets the hub and the token. */
  readonly clearSyncConfig: () => Promise<BridgeResult<SyncConfig>>;
  /** Headers the page adds to hub requests: `{}` in Electron (main adds them). */
  readonly hubRequestHeaders: () => Promise<BridgeResult<Readonly<Record<string, string>>>>;
};

/** Main's side: `setSyncConfig`'s argument is untrusted until `validateSetSyncConfig` passes it. */
export type SyncHandlers = {
  readonly getSyncConfig: () => Promise<BridgeResult<SyncConfig>>;
  readonly setSyncConfig: (request: unknown) => Promise<BridgeResult<SyncConfig>>;
  readonly importProvisioning: () => Promise<BridgeResult<ProvisioningSummary>>;
  readonly clearSyncConfig: () => Promise<BridgeResult<SyncConfig>>;
  readonly hubRequestHeaders: () => Promise<BridgeResult<Readonly<Record<string, string>>>>;
};

export const syncChannels = {
  getSyncConfig: 'sync:get-config',
  setSyncConfig: 'sync:set-config',
  importProvisioning: 'sync:import-provisioning',
  clearSyncConfig: 'sync:clear-config',
  hubRequestHeaders: 'sync:hub-request-headers',
} as const satisfies Record<keyof SyncBridge, string>;

export const syncFailureCodes = {
  getSyncConfig: 'key-unreadable',
  setSyncConfig: 'write-failed',
  importProvisioning: 'write-failed',
  clearSyncConfig: 'write-failed',
  hubRequestHeaders: 'unsupported',
} as const satisfies Record<keyof SyncBridge, BridgeErrorCode>;

/** Checks `setSyncConfig`'s argument (core/sync/hubConfig.ts, shared with the browser bridge). */
export function validateSetSyncConfig(value: unknown): BridgeResult<SetSyncConfigRequest> {
  return validateHubConfigRequest(value);
}
