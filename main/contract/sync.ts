/**
 * The sync domain of the IPC contract: where the office hub is, which kiosk this is to it, the
 * kiosk's token, and the two requests the kiosk makes to its hub. Policy: in Electron the page
 * never reaches the network. It is served from `rukn://app`, a secure scheme, so Chromium would
 * block its requests to a plain-http office hub on the hall's LAN as mixed content (and Private
 * Network Access would block more); so main makes them (`hubRequest`), with the token that stays
 * in main (encrypted with `safeStorage`) and that no call here ever answers. The page names only
 * which of two fixed requests it wants (push a batch, fetch the latest content) and its body or
 * ETag: main builds the URL from the configured hub's origin and a fixed path, and chooses the
 * method and headers; the page can choose no host, path, method or header. The browser build,
 * which has no main, keeps the token in IndexedDB and makes the same two requests itself. Pure:
 * validators run in main.
 */
import type { Result } from '../../core/result';
import {
  type HubAnswer,
  type HubExchangeErrorCode,
  type HubRequest,
  validateHubRequest as validateExchangeRequest,
} from '../../core/sync/hubExchange';
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

export type { HubAnswer, HubRequest } from '../../core/sync/hubExchange';

/** Why a hub request got no answer: the bridge's own codes and the exchange's. */
export type HubRequestErrorCode = BridgeErrorCode | HubExchangeErrorCode;

/** What `hubRequest` answers. */
export type HubRequestResult = Result<HubAnswer, HubRequestErrorCode>;

/** The sync calls of `window.kiosk`. */
export type SyncBridge = {
  readonly getSyncConfig: () => Promise<BridgeResult<SyncConfig>>;
  /** Sets the hub by hand (administrator). */
  readonly setSyncConfig: (request: SetSyncConfigRequest) => Promise<BridgeResult<SyncConfig>>;
  /** Asks for a provisioning file (open dialog in Electron, file picker in a browser). */
  readonly importProvisioning: () => Promise<BridgeResult<ProvisioningSummary>>;
  /** Forgets the hub and the token. */
  readonly clearSyncConfig: () => Promise<BridgeResult<SyncConfig>>;
  /** Makes one of the two hub requests (main does, in Electron) and answers the hub's answer. */
  readonly hubRequest: (request: HubRequest) => Promise<HubRequestResult>;
};

/** Main's side: arguments are untrusted until `validateSetSyncConfig` or `validateHubRequest` pass them. */
export type SyncHandlers = {
  readonly getSyncConfig: () => Promise<BridgeResult<SyncConfig>>;
  readonly setSyncConfig: (request: unknown) => Promise<BridgeResult<SyncConfig>>;
  readonly importProvisioning: () => Promise<BridgeResult<ProvisioningSummary>>;
  readonly clearSyncConfig: () => Promise<BridgeResult<SyncConfig>>;
  readonly hubRequest: (request: unknown) => Promise<HubRequestResult>;
};

export const syncChannels = {
  getSyncConfig: 'sync:get-config',
  setSyncConfig: 'sync:set-config',
  importProvisioning: 'sync:import-provisioning',
  clearSyncConfig: 'sync:clear-config',
  hubRequest: 'sync:hub-request',
} as const satisfies Record<keyof SyncBridge, string>;

export const syncFailureCodes = {
  getSyncConfig: 'key-unreadable',
  setSyncConfig: 'write-failed',
  importProvisioning: 'write-failed',
  clearSyncConfig: 'write-failed',
  hubRequest: 'unsupported',
} as const satisfies Record<keyof SyncBridge, BridgeErrorCode>;

/** Checks `setSyncConfig`'s argument (core/sync/hubConfig.ts, shared with the browser bridge). */
export function validateSetSyncConfig(value: unknown): BridgeResult<SetSyncConfigRequest> {
  return validateHubConfigRequest(value);
}

/** Checks `hubRequest`'s argument (core/sync/hubExchange.ts, shared with the browser bridge). */
export function validateHubRequest(value: unknown): BridgeResult<HubRequest> {
  return validateExchangeRequest(value);
}
