/**
 * The content a hub report is read against (guide step ids for the funnel, each answer's topic,
 * and the titles shown): the newest published bundle when one has been published and still opens,
 * else the bundle the kiosks ship with (`assets/content/`). Policy: the hub trusts its own
 * `content_bundles` table (the signature was checked when it was published), but a payload that
 * no longer passes the schema is skipped rather than breaking every report.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assembleContent, contentPartNames } from '../../core/content/assemble';
import { validateContentBundle, type ContentBundle } from '../../core/content/schema';
import { compareContentVersions, parseSignedBundle } from '../../core/content/signedBundle';
import type { Queryable } from '../db/database';

/** The folder of the shipped content parts. */
const shippedContentDir = resolve(__dirname, '../../assets/content');

let shipped: ContentBundle | undefined;

/** The content bundle the kiosks ship with, read once; throws when the shipped files are broken. */
export function shippedContent(): ContentBundle {
  if (shipped) return shipped;
  const parts: Record<string, unknown> = {};
  for (const name of contentPartNames) {
    parts[name] = JSON.parse(
      readFileSync(resolve(shippedContentDir, `${name}.json`), 'utf8'),
    ) as unknown;
  }
  const result = validateContentBundle(
    assembleContent(parts as Record<(typeof contentPartNames)[number], unknown>),
  );
  if (!result.ok) throw new Error(`shipped content is invalid: ${result.error.message}`);
  shipped = result.value;
  return shipped;
}

/** One published content version, as the dashboard lists it. */
export type PublishedContent = {
  readonly version: string;
  /** Epoch milliseconds it was published on the hub. */
  readonly publishedAt: number;
  /** Id of the signing key (core/content/signedBundle.ts contentKeyId). */
  readonly keyId: string;
};

/** Every published version, newest first (by content version, as kiosks compare them). */
export async function publishedContent(db: Queryable): Promise<PublishedContent[]> {
  const rows = await db.query<{ version: string; published_at: number; key_id: string }>(
    'SELECT version, published_at, key_id FROM content_bundles',
  );
  return rows
    .map((row) => ({
      version: row.version,
      publishedAt: Number(row.published_at),
      keyId: row.key_id,
    }))
    .sort((a, b) => compareContentVersions(b.version, a.version));
}

/** The newest published bundle that still opens, else the shipped one. */
export async function reportContent(db: Queryable): Promise<ContentBundle> {
  const rows = await db.query<{ version: string; envelope: string }>(
    'SELECT version, envelope FROM content_bundles',
  );
  rows.sort((a, b) => compareContentVersions(b.version, a.version));
  for (const row of rows) {
    const envelope = parseSignedBundle(row.envelope);
    if (!envelope.ok) continue;
    let data: unknown;
    try {
      data = JSON.parse(envelope.value.payload);
    } catch {
      continue;
    }
    const bundle = validateContentBundle(data);
    if (bundle.ok) return bundle.value;
  }
  return shippedContent();
}
