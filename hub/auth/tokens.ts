/**
 * Secrets the hub hands out: kiosk tokens (`rk1_…`, one per kiosk, in its provisioning file) and
 * admin API tokens (`ra1_…`, for reports and publishing). Policy: a token is shown once, when it is
 * made, and only its SHA-256 is stored; 32 random bytes leave nothing to guess, so a plain hash
 * (no salt, no slow hash) is enough, and lookups stay one indexed equality. The dashboard hashes
 * its session cookies with the same `hashToken`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { kioskTokenPattern } from '../../core/sync/provisioning';

/** An admin API token: a fixed prefix and 32 random bytes in base64url. */
export const adminTokenPattern = /^ra1_[A-Za-z0-9_-]{43}$/;

/** The stored form of a token (or session cookie value): SHA-256, lower-case hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** 32 random bytes in base64url (43 characters). */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** A new kiosk token (`core/sync/provisioning.ts` kioskTokenPattern). */
export function newKioskToken(): string {
  const token = `rk1_${randomSecret()}`;
  if (!kioskTokenPattern.test(token)) throw new Error('kiosk token does not match its pattern');
  return token;
}

/** A new admin API token. */
export function newAdminToken(): string {
  return `ra1_${randomSecret()}`;
}

/** A short random id for offices, kiosks and tokens (16 hex digits). */
export function newId(): string {
  return randomBytes(8).toString('hex');
}

/**
 * The token of an `Authorization: Bearer …` header, or undefined when the header is absent or not
 * a bearer token of sane length.
 */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer +([A-Za-z0-9_~+/.-]{1,200}=*) *$/i.exec(header);
  return match?.[1];
}
