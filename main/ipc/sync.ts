/**
 * The sync domain's handlers and the hub connection store. Policy: the kiosk token is kept only
 * encrypted by the operating system (`safeStorage`) in `sync-token.bin` in userData (mode 0600,
 * written atomically), never in plain, and never answered to the renderer; the hub address, the
 * kiosk id and name sit beside it in `sync-config.json`. A token file that no longer decrypts is
 * reported (`key-unreadable`, `hasToken: false`) and nothing is sent with it.
 *
 * Main makes the kiosk's hub requests (`hubRequest`), and the page never reaches the network: it is
 * served from `rukn://app`, a secure scheme, so Chromium would block its requests to a plain-http
 * office hub on the hall's LAN as mixed content (and Private Network Access would block more). Main
 * knows only two fixed requests (core/sync/hubExchange.ts): POST a batch to the configured hub's
 * `hubPaths.visits`, or GET its `hubPaths.content`; the page chooses no host, path, method or
 * header, only the body or the ETag, and main's answer is the hub's status, ETag and body, never
 * the token. The page's CSP keeps `connect-src 'self'`.
 */
import { err, ok, type Result } from '../../core/result';
import {
  exchangeWithHub,
  type HubFetch,
  hubRequestTimeoutMs,
  maxHubAnswerBytes,
} from '../../core/sync/hubExchange';
import { hubOrigin, validateProvisioning } from '../../core/sync/provisioning';
import { isRecord } from '../../core/validation';
import type { BridgeResult } from '../contract';
import {
  type ProvisioningSummary,
  type SyncConfig,
  type SyncHandlers,
  validateHubRequest,
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
  /** The connection as last loaded or saved. */
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
  /** Makes main's hub requests: Electron's `net.fetch` (faked in tests). */
  readonly hubFetch: HubFetch;
  /** Longest wait for the hub's answer; `hubRequestTimeoutMs` unless a test shortens it. */
  readonly hubTimeoutMs?: number;
  /** Longest answer read; `maxHubAnswerBytes` unless a test shortens it. */
  readonly maxHubAnswerBytes?: number;
};

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
      return saved.ok ? ok(publicConfig(saved.value)) : saved;
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
      return saved.ok ? ok(summary) : saved;
    },
    async clearSyncConfig() {
      const cleared = await syncStore.clear();
      return cleared.ok ? ok(publicConfig(cleared.value)) : cleared;
    },
    async hubRequest(request) {
      const valid = validateHubRequest(request);
      if (!valid.ok) return valid;
      const { hubUrl, token } = syncStore.current();
      return exchangeWithHub(
        valid.value,
        { hubUrl, token },
        {
          fetch: deps.hubFetch,
          timeoutMs: deps.hubTimeoutMs ?? hubRequestTimeoutMs,
          maxAnswerBytes: deps.maxHubAnswerBytes ?? maxHubAnswerBytes,
        },
      );
    },
  };
}

/** Largest provisioning file read: it holds a few short fields. */
export const maxProvisioningFileBytes = 16 * 1024;
