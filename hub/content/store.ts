/**
 * Published content bundles. Policy: a bundle is published only when its content passes the
 * schema and its version is newer than every version already published (compareContentVersions);
 * it is stored signed, exactly as kiosks receive it, with a strong ETag of the envelope's bytes.
 */
import { createHash } from 'node:crypto';
import { validateContentBundle, type ContentBundle } from '../../core/content/schema';
import {
  compareContentVersions,
  signBundle,
  type SigningKey,
} from '../../core/content/signedBundle';
import { err, ok, type Result } from '../../core/result';
import type { Queryable } from '../db/database';

/** A published bundle as listed (without its envelope). */
export type PublishedBundle = {
  readonly version: string;
  /** Epoch milliseconds of publishing. */
  readonly publishedAt: number;
  readonly keyId: string;
  readonly etag: string;
};

/** The newest published bundle with the envelope kiosks are served. */
export type LatestBundle = PublishedBundle & { readonly envelope: string };

/** A strong ETag of an envelope: `"sha256-<base64url>"`. */
export function envelopeEtag(envelope: string): string {
  return `"sha256-${createHash('sha256').update(envelope, 'utf8').digest('base64url')}"`;
}

/** Every published bundle, newest version first. */
export async function listBundles(db: Queryable): Promise<PublishedBundle[]> {
  const rows = await db.query<{
    version: string;
    published_at: number;
    key_id: string;
    etag: string;
  }>('SELECT version, published_at, key_id, etag FROM content_bundles');
  return rows
    .map((row) => ({
      version: row.version,
      publishedAt: row.published_at,
      keyId: row.key_id,
      etag: row.etag,
    }))
    .sort((a, b) => compareContentVersions(b.version, a.version));
}

/** The newest published bundle, or undefined when none is. */
export async function latestBundle(db: Queryable): Promise<LatestBundle | undefined> {
  const [newest] = await listBundles(db);
  if (newest === undefined) return undefined;
  const [row] = await db.query<{ envelope: string }>(
    'SELECT envelope FROM content_bundles WHERE version = $1',
    [newest.version],
  );
  return row && { ...newest, envelope: row.envelope };
}

/** Why a bundle was not published. */
export type PublishError = 'invalid-content' | 'not-newer';

/**
 * Validates, signs and stores a bundle (`data`: parsed bundle JSON). The payload signed is the
 * validated bundle's JSON text.
 */
export async function publishBundle(
  db: Queryable,
  data: unknown,
  key: { readonly privateKey: SigningKey; readonly keyId: string },
  now: number,
): Promise<Result<LatestBundle & { readonly bundle: ContentBundle }, PublishError>> {
  const bundle = validateContentBundle(data);
  if (!bundle.ok) return bundle;
  const [newest] = await listBundles(db);
  if (newest !== undefined && compareContentVersions(bundle.value.version, newest.version) <= 0) {
    return err(
      'not-newer',
      `version ${bundle.value.version} is not newer than the published ${newest.version}`,
    );
  }
  const signed = await signBundle(JSON.stringify(bundle.value), key.privateKey, key.keyId);
  const envelope = JSON.stringify(signed);
  const etag = envelopeEtag(envelope);
  await db.query(
    `INSERT INTO content_bundles (version, published_at, key_id, envelope, etag, created_at)
     VALUES ($1, $2, $3, $4, $5, $2)`,
    [bundle.value.version, now, key.keyId, envelope, etag],
  );
  return ok({
    version: bundle.value.version,
    publishedAt: now,
    keyId: key.keyId,
    etag,
    envelope,
    bundle: bundle.value,
  });
}
