/**
 * Every record of every object store of every IndexedDB database of the page, as JSON text, read
 * raw (not through the app). Values that are not plain JSON (binary, blobs, maps) are written out
 * as text too, so a search of the dump does not depend on how the kiosk stores its records.
 */
import type { Page } from '@playwright/test';

export async function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const asText = async (value: unknown): Promise<unknown> => {
      if (value instanceof Blob) return value.text();
      if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        const bytes =
          value instanceof ArrayBuffer
            ? new Uint8Array(value)
            : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        return [new TextDecoder('utf-8').decode(bytes), new TextDecoder('utf-16le').decode(bytes)];
      }
      if (value instanceof Map) return asText([...value.entries()]);
      if (value instanceof Set) return asText([...value]);
      if (value instanceof Date) return value.toISOString();
      if (Array.isArray(value)) return Promise.all(value.map(asText));
      if (value !== null && typeof value === 'object') {
        const entries = await Promise.all(
          Object.entries(value).map(async ([key, item]) => [key, await asText(item)] as const),
        );
        return Object.fromEntries(entries);
      }
      return value;
    };
    const dump: Record<string, Record<string, unknown>> = {};
    for (const { name } of await indexedDB.databases()) {
      if (name === undefined) continue;
      const database = await request(indexedDB.open(name));
      dump[name] = {};
      for (const store of database.objectStoreNames) {
        const objectStore = database.transaction(store).objectStore(store);
        const [keys, values] = await Promise.all([
          request(objectStore.getAllKeys()),
          request(objectStore.getAll()),
        ]);
        dump[name][store] = await asText({ keys, values });
      }
      database.close();
    }
    return JSON.stringify(dump);
  });
}
