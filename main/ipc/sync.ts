/**
 * The sync domain's handlers and the hub connection store. Policy: the kiosk token is kept only
 * encrypted by the operating system (`safeStorage`) in `sync-token.bin` in userData (mode 0600,
 * written atomically), never in plain, and never answered to the renderer; the hub address, the
 * kiosk id and name sit beside it in `sync-config.json`. A token file that no longer decrypts is
 * reported (`key-unreadable`, `hasToken: false`) and nothing is sent with it. Main adds
 * `Authorization: Bearer <token>` only to requests whose origin is exactly the configured hub's
 * (`hubAuthorizationFor`), and the page's CSP lets it connect to that origin and no other; after
 * a change the window is reloaded so the new CSP applies.
 */
import { err, ok, type Result } from '../../core/result';
import { hubOrigin, validateProvisioning } from '../../core/sync/provisioning';
import { isRecord } from '../../core/validation';
import type { BridgeResult } from '../contract';
import {
  type ProvisioningSummary,
  type SyncConfig,
  type SyncHandlers,
  validateSetSyncConfig,
} from '../contract/sync';
import { maxKioskIdLength } from '../../core/sync/hubConfig';
import { messageOf } from './exportFolder';
import type { SafeStorage } from './secrets';

/** The token file's name in userData. */
export const syncTokenFileName = 'sync-token.bin';
/** The hub address file's name in userData. */
export const syncConfigFileName = 'sync-config.json';

/** What main holds in memory: the config files as read, the token decrypted. */
export type HubConnection = {
  readonly hubUrl?: string;
  readonly kioskId?: string;
  readonly kioskName?: string;
  /** The decrypted token; absent when none is stored or it does not decrypt. */
  readonly token?: string;
  /** True when a token file exists but cannot be decrypted here. */
  readonly isTokenUnreadable?: boolean;
};

/**
 * The `Authorization` header value for a request, or undefined: only a request whose origin is
 * exactly the configured hub's origin (scheme, host and port) gets the token (pure).
 */
export function hubAuthorizationFor(url: string, connection: HubConnection): string | undefined {
  if (connection.hubUrl === undefined || connection.token === undefined) return undefined;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return undefined;
  }
  return origin === connection.hubUrl ? `Bearer ${connection.token}` : undefined;
}

/** The renderer's view of a connection: never the token. */
export function publicConfig(connection: HubConnection): SyncConfig {
  return {
    ...(connection.hubUrl === undefined ? {} : { hubUrl: connection.hubUrl }),
    ...(connection.kioskId === undefined ? {} : { kioskId: connection.kioskId }),
    ...(connection.kioskName === undefined ? {} : { kioskName: connection.kioskName }),
    hasToken: connection.token !== undefined,
  };
}

export type SyncStoreDeps = {
  readonly safeStorage: SafeStorage;
  /** `sync-token.bin` in userData. */
  readonly tokenFile: string;
  /** `sync-config.json` in userData. */
  readonly configFile: string;
  /** The file's bytes, or null when it does not exist. */
  readonly readFile: (path: string) => Promise<Buffer | null>;
  /** Replaces a file atomically, readable by this user only. */
  readonly writeFile: (path: string, data: Buffer) => Promise<void>;
  /** Removes a file; no error when it does not exist. */
  readonly removeFile: (path: string) => Promise<void>;
};

/** The hub connection store: one for the life of the app. */
export type SyncStore = {
  /** Reads the files (at start-up, before the window loads). */
  readonly load: () => Promise<HubConnection>;
  /** The connection as last loaded or saved (synchronous: the request hook uses it). */
  readonly current: () => HubConnection;
  readonly save: (next: HubConnection) => Promise<BridgeResult<HubConnection>>;
  readonly clear: () => Promise<BridgeResult<HubConnection>>;
};

function isProtected(safeStorage: SafeStorage): boolean {
  return (
    safeStorage.isEncryptionAvailable() &&
    safeStorage.getSelectedStorageBackend?.() !== 'basic_text'
  );
}

const shortText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' && value.length <= maxKioskIdLength
    ? value
    : undefined;

/** The address file's fields, each kept only when well formed. */
function parseConfigFile(bytes: Buffer | null): Omit<HubConnection, 'token'> {
  if (bytes === null) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    return {};
  }
  if (!isRecord(parsed)) return {};
  const hubUrl = hubOrigin(parsed.hubUrl);
  const kioskId = shortText(parsed.kioskId);
  const kioskName = shortText(parsed.kioskName);
  return {
    ...(hubUrl === undefined ? {} : { hubUrl }),
    ...(kioskId === undefined ? {} : { kioskId }),
    ...(kioskName === undefined ? {} : { kioskName }),
  };
}

export function createSyncStore(deps: SyncStoreDeps): SyncStore {
  let connection: HubConnection = {};

  const readToken = async (): Promise<Pick<HubConnection, 'token' | 'isTokenUnreadable'>> => {
    let stored: Buffer | null;
    try {
      stored = await deps.readFile(deps.tokenFile);
    } catch {
      return { isTokenUnreadable: true };
    }
    if (stored === null) return {};
    try {
      return { token: deps.safeStorage.decryptString(stored) };
    } catch {
      return { isTokenUnreadable: true };
    }
  };

  return {
    async load() {
      const config = await deps
        .readFile(deps.configFile)
        .then(parseConfigFile)
        .catch(() => ({}));
      connection = { ...config, ...(await readToken()) };
      return connection;
    },
    current: () => connection,
    async save(next) {
      if (next.token !== undefined && !isProtected(deps.safeStorage)) {
        return err('unsupported', 'the operating system cannot protect a stored token here');
      }
      const file = {
        hubUrl: next.hubUrl,
        ...(next.kioskId === undefined ? {} : { kioskId: next.kioskId }),
        ...(next.kioskName === undefined ? {} : { kioskName: next.kioskName }),
      };
      try {
        if (next.token !== undefined && next.token !== connection.token) {
          await deps.writeFile(deps.tokenFile, deps.safeStorage.encryptString(next.token));
        }
        await deps.writeFile(deps.configFile, Buffer.from(JSON.stringify(file, null, 2)));
      } catch (error) {
        return err('write-failed', `the hub connection could not be stored: ${messageOf(error)}`);
      }
      connection = { ...next };
      return ok(connection);
    },
    async clear() {
      try {
        await deps.removeFile(deps.tokenFile);
        await deps.removeFile(deps.configFile);
      } catch (error) {
        return err('write-failed', `the hub connection could not be removed: ${messageOf(error)}`);
      }
      connection = {};
      return ok(connection);
    },
  };
}

export type SyncDeps = {
  readonly syncStore: SyncStore;
  /** Asks for a provisioning file and answers its text, or null when the admin cancelled. */
  readonly pickProvisioningFile: () => Promise<Result<string | null, 'read-failed'>>;
  /** Reloads the app window once the answer is sent, so the page's CSP names the new hub. */
  readonly reloadAfterChange: () => void;
};

/** Answers a saved change and reloads the window after it. */
function afterChange<T>(deps: SyncDeps, result: BridgeResult<T>): BridgeResult<T> {
  if (result.ok) deps.reloadAfterChange();
  return result;
}

export function createSyncHandlers(deps: SyncDeps): SyncHandlers {
  const { syncStore } = deps;
  return {
    async getSyncConfig() {
      const current = syncStore.current();
      if (current.isTokenUnreadable === true) {
        return err('key-unreadable', 'the stored token does not decrypt for this user here');
      }
      return ok(publicConfig(current));
    },
    async setSyncConfig(request) {
      const valid = validateSetSyncConfig(request);
      if (!valid.ok) return valid;
      const current = syncStore.current();
      const { hubUrl, token, kioskId } = valid.value;
      const kept = current.hubUrl === hubUrl ? current.token : undefined;
      if (token === undefined && kept === undefined) {
        return err('invalid-request', 'a new hub needs its token');
      }
      const saved = await syncStore.save({
        hubUrl,
        token: token ?? kept,
        ...((kioskId ?? current.kioskId) === undefined
          ? {}
          : { kioskId: kioskId ?? current.kioskId }),
        ...(current.kioskName === undefined || current.hubUrl !== hubUrl
          ? {}
          : { kioskName: current.kioskName }),
      });
      return afterChange(deps, saved.ok ? ok(publicConfig(saved.value)) : saved);
    },
    async importProvisioning() {
      const picked = await deps.pickProvisioningFile();
      if (!picked.ok) return err('invalid-request', picked.error.message);
      if (picked.value === null) return err('cancelled', 'no file chosen');
      let parsed: unknown;
      try {
        parsed = JSON.parse(picked.value);
      } catch {
        return err('invalid-request', 'the file is not JSON');
      }
      const valid = validateProvisioning(parsed);
      if (!valid.ok) return err('invalid-request', valid.error.message);
      const { hubUrl, kioskId, kioskName, token } = valid.value;
      const saved = await syncStore.save({ hubUrl, kioskId, kioskName, token });
      const summary: ProvisioningSummary = { hubUrl, kioskId, kioskName };
      return afterChange(deps, saved.ok ? ok(summary) : saved);
    },
    async clearSyncConfig() {
      const cleared = await syncStore.clear();
      return afterChange(deps, cleared.ok ? ok(publicConfig(cleared.value)) : cleared);
    },
    // Main adds the header itself; the page never holds the token.
    hubRequestHeaders: async () => ok({}),
  };
}

/** Largest provisioning file read: it holds a few short fields. */
export const maxProvisioningFileBytes = 16 * 1024;

/** The part of an Electron session's `webRequest` the header hook uses. */
export type HeaderHookSession = {
  readonly webRequest: {
    readonly onBeforeSendHeaders: (
      filter: { urls: string[] },
      listener: (
        details: { url: string; requestHeaders: Record<string, string> },
        callback: (response: { requestHeaders: Record<string, string> }) => void,
      ) => void,
    ) => void;
  };
};

/**
 * Adds `Authorization: Bearer <token>` to the app's requests for the configured hub, and to
 * nothing else: the hook sees every http(s) request, and `hubAuthorizationFor` decides. A header
 * the page set itself is replaced, so the page can neither learn nor choose the token.
 */
export function setupHubAuthorization(session: HeaderHookSession, store: SyncStore): void {
  session.webRequest.onBeforeSendHeaders(
    { urls: ['http://*/*', 'https://*/*'] },
    (details, callback) => {
      const requestHeaders = Object.fromEntries(
        Object.entries(details.requestHeaders).filter(
          ([name]) => name.toLowerCase() !== 'authorization',
        ),
      );
      const authorization = hubAuthorizationFor(details.url, store.current());
      callback({
        requestHeaders:
          authorization === undefined
            ? requestHeaders
            : { ...requestHeaders, Authorization: authorization },
      });
    },
  );
}
