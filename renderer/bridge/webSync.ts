/**
 * The sync calls of the browser bridge. A plain browser has no main process to hold the token, so
 * the hub address, the kiosk id and the token are settings rows in IndexedDB, and `hubRequest`
 * makes the hub request itself with fetch: the page is served from http://127.0.0.1:<port>, so it
 * may reach a plain-http hub, and scripts/serve.ts (`--hub`) names exactly that hub's origin in
 * `connect-src`. Policy: the same checks and the same two fixed requests as main's (core/sync:
 * `validateHubConfigRequest`, `validateProvisioning`, `validateHubRequest`, `exchangeWithHub`);
 * `getSyncConfig` never answers the token, and `hubRequest` never answers it either; a new hub
 * needs its token (a stored token is never sent to another origin).
 */
import { err, ok } from '../../core/result';
import { exchangeWithHub, type HubFetch, validateHubRequest } from '../../core/sync/hubExchange';
import { validateProvisioning } from '../../core/sync/provisioning';
import { validateHubConfigRequest } from '../../core/sync/hubConfig';
import type { KioskBridge, SyncConfig } from '../../main/contract';
import type { RuknDatabase } from '../db/database';

/** The rows the browser build keeps (settings keys). */
export const webSyncKeys = {
  hubUrl: 'syncHubUrl',
  token: 'syncToken',
  kioskId: 'syncKioskId',
  kioskName: 'syncKioskName',
} as const;

/** Where the rows live: the kiosk database's `settings` table. */
export type WebSyncStore = {
  readonly get: (key: string) => Promise<unknown>;
  readonly putAll: (rows: Readonly<Record<string, string | undefined>>) => Promise<void>;
};

/** Asks the user for a file; its text, or null when none was chosen. */
export type PickFile = () => Promise<string | null>;

/** Lets the user pick a provisioning file with a file input. */
export function filePicker(doc: Document): PickFile {
  return () =>
    new Promise((resolve) => {
      const input = doc.createElement('input');
      input.type = 'file';
      input.accept = '.json,application/json';
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        if (file === undefined) resolve(null);
        else file.text().then(resolve, () => resolve(null));
      });
      input.addEventListener('cancel', () => resolve(null));
      input.click();
    });
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

type Stored = { hubUrl?: string; token?: string; kioskId?: string; kioskName?: string };

export function createWebSyncBridge(
  store: WebSyncStore,
  pickFile: PickFile,
  hubFetch: HubFetch = (url, init) => fetch(url, init),
): Pick<
  KioskBridge,
  'getSyncConfig' | 'setSyncConfig' | 'importProvisioning' | 'clearSyncConfig' | 'hubRequest'
> {
  const read = async (): Promise<Stored> => {
    const [hubUrl, token, kioskId, kioskName] = await Promise.all(
      Object.values(webSyncKeys).map((key) => store.get(key)),
    );
    return {
      hubUrl: text(hubUrl),
      token: text(token),
      kioskId: text(kioskId),
      kioskName: text(kioskName),
    };
  };
  const publicOf = (stored: Stored): SyncConfig => ({
    ...(stored.hubUrl === undefined ? {} : { hubUrl: stored.hubUrl }),
    ...(stored.kioskId === undefined ? {} : { kioskId: stored.kioskId }),
    ...(stored.kioskName === undefined ? {} : { kioskName: stored.kioskName }),
    hasToken: stored.token !== undefined,
  });
  const write = (stored: Stored) =>
    store.putAll({
      [webSyncKeys.hubUrl]: stored.hubUrl,
      [webSyncKeys.token]: stored.token,
      [webSyncKeys.kioskId]: stored.kioskId,
      [webSyncKeys.kioskName]: stored.kioskName,
    });

  return {
    async getSyncConfig() {
      return ok(publicOf(await read()));
    },
    async setSyncConfig(request) {
      const valid = validateHubConfigRequest(request);
      if (!valid.ok) return valid;
      const current = await read();
      const { hubUrl, token, kioskId } = valid.value;
      const kept = current.hubUrl === hubUrl ? current.token : undefined;
      if (token === undefined && kept === undefined) {
        return err('invalid-request', 'a new hub needs its token');
      }
      const next: Stored = {
        hubUrl,
        token: token ?? kept,
        kioskId: kioskId ?? current.kioskId,
        kioskName: current.hubUrl === hubUrl ? current.kioskName : undefined,
      };
      await write(next);
      return ok(publicOf(next));
    },
    async importProvisioning() {
      const picked = await pickFile();
      if (picked === null) return err('cancelled', 'no file chosen');
      let parsed: unknown;
      try {
        parsed = JSON.parse(picked);
      } catch {
        return err('invalid-request', 'the file is not JSON');
      }
      const valid = validateProvisioning(parsed);
      if (!valid.ok) return err('invalid-request', valid.error.message);
      const { hubUrl, kioskId, kioskName, token } = valid.value;
      await write({ hubUrl, kioskId, kioskName, token });
      return ok({ hubUrl, kioskId, kioskName });
    },
    async clearSyncConfig() {
      await write({});
      return ok({ hasToken: false });
    },
    async hubRequest(request) {
      const valid = validateHubRequest(request);
      if (!valid.ok) return valid;
      const { hubUrl, token } = await read();
      return exchangeWithHub(valid.value, { hubUrl, token }, { fetch: hubFetch });
    },
  };
}

/** The browser build's rows in the kiosk database's `settings` table (opened on first use). */
export function settingsTableStore(
  table: () => Pick<RuknDatabase['settings'], 'get' | 'bulkPut' | 'bulkDelete'>,
): WebSyncStore {
  return {
    get: async (key) => (await table().get(key))?.value,
    async putAll(rows) {
      const entries = Object.entries(rows);
      const present = entries.filter(([, value]) => value !== undefined);
      const absent = entries.filter(([, value]) => value === undefined).map(([key]) => key);
      await table().bulkPut(present.map(([key, value]) => ({ key, value })));
      await table().bulkDelete(absent);
    },
  };
}
