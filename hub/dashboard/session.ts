/**
 * Dashboard sign-in sessions. Policy: the cookie holds 32 random bytes and the database only
 * their SHA-256, so a copy of the database signs no one in; a session lasts 8 hours from sign-in
 * (one working day) and ends at sign-out; the cookie is `HttpOnly; SameSite=Strict; Path=/`, and
 * `Secure` whenever the request came over TLS. Failed sign-ins are throttled per name and address
 * (5 failures: 60 s wait), and a POST is accepted only from the dashboard's own pages (`Origin`
 * and `Sec-Fetch-Site`), on top of SameSite=Strict.
 */
import { randomBytes } from 'node:crypto';
import { hashToken } from '../auth/tokens';
import type { Queryable } from '../db/database';
import type { Manager } from './managers';

/** The session cookie's name. */
export const sessionCookieName = 'rukn_hub_session';

/** How long a session lasts from sign-in. */
export const sessionLifetimeMs = 8 * 60 * 60 * 1000;

/** What this module reads of a request (a Fastify request has all of it). */
export type RequestLike = {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly protocol: string;
  readonly host?: string;
  readonly hostname?: string;
  readonly ip?: string;
};

function headerValue(request: RequestLike, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The cookies of a `Cookie` header by name (the first of a repeated name wins). */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const equals = part.indexOf('=');
    if (equals <= 0) continue;
    const name = part.slice(0, equals).trim();
    let value = part.slice(equals + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2)
      value = value.slice(1, -1);
    if (name.length > 0 && !Object.hasOwn(cookies, name)) {
      try {
        cookies[name] = decodeURIComponent(value);
      } catch {
        cookies[name] = value;
      }
    }
  }
  return cookies;
}

/** A cookie of the request, by name. */
export function requestCookie(request: RequestLike, name: string): string | undefined {
  return parseCookies(headerValue(request, 'cookie'))[name];
}

/** True when the request came over TLS (directly, or through a trusted proxy). */
export function isSecureRequest(request: RequestLike): boolean {
  return request.protocol === 'https';
}

/** A `Set-Cookie` value for the session cookie (`token` empty and max-age 0 clears it). */
export function sessionCookie(token: string, isSecure: boolean, maxAgeSeconds: number): string {
  const flags = [
    `${sessionCookieName}=${token}`,
    'HttpOnly',
    'SameSite=Strict',
    'Path=/',
    `Max-Age=${maxAgeSeconds}`,
  ];
  if (isSecure) flags.push('Secure');
  return flags.join('; ');
}

/** Starts a session for a manager; answers the cookie's value (shown to no one else). */
export async function createSession(
  db: Queryable,
  managerId: string,
  now: number,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  // Expired sessions go as new ones start: the table never grows past a day's sign-ins.
  await db.query('DELETE FROM manager_sessions WHERE expires_at <= $1', [now]);
  await db.query(
    'INSERT INTO manager_sessions (token_hash, manager_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
    [hashToken(token), managerId, now, now + sessionLifetimeMs],
  );
  return token;
}

/** The cookie value, when it has the shape `createSession` gives (43 base64url characters). */
function sessionToken(request: RequestLike): string | undefined {
  const token = requestCookie(request, sessionCookieName);
  return token !== undefined && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
}

/**
 * The manager signed in on this request, or undefined (no cookie, unknown or expired session).
 * Also what `/api/v1/reports` uses to let a signed-in manager read reports of their office.
 */
export async function managerFromRequest(
  db: Queryable,
  request: RequestLike,
  now: number = Date.now(),
): Promise<Manager | undefined> {
  const token = sessionToken(request);
  if (token === undefined) return undefined;
  const rows = await db.query<{ id: string; name: string; office_id: string | null }>(
    `SELECT m.id, m.name, m.office_id FROM manager_sessions s JOIN managers m ON m.id = s.manager_id
      WHERE s.token_hash = $1 AND s.expires_at > $2`,
    [hashToken(token), now],
  );
  const row = rows[0];
  return row ? { id: row.id, name: row.name, officeId: row.office_id } : undefined;
}

/** Ends the request's session, if any (sign-out). */
export async function endSession(db: Queryable, request: RequestLike): Promise<void> {
  const token = sessionToken(request);
  if (token !== undefined) {
    await db.query('DELETE FROM manager_sessions WHERE token_hash = $1', [hashToken(token)]);
  }
}

/**
 * True when a POST comes from the dashboard's own pages: `Sec-Fetch-Site`, when sent, is
 * `same-origin`; `Origin`, when sent, is this server's origin; and at least one of them is sent
 * (every browser that runs the dashboard sends both on a form POST).
 */
export function isSameOriginPost(request: RequestLike): boolean {
  const site = headerValue(request, 'sec-fetch-site');
  const origin = headerValue(request, 'origin');
  if (site === undefined && origin === undefined) return false;
  if (site !== undefined && site !== 'same-origin') return false;
  if (origin !== undefined) {
    const host = request.host ?? headerValue(request, 'host');
    if (host === undefined || origin !== `${request.protocol}://${host}`) return false;
  }
  return true;
}

/** Failed sign-ins allowed before a wait. */
export const maxFailedSignIns = 5;
/** The wait after too many failures. */
export const signInLockMs = 60_000;

type Failures = { count: number; lockedUntil: number };

/**
 * Counts failed sign-ins per name and address in memory (a restart forgets them; the wait is
 * short anyway). After `maxFailedSignIns` failures the pair waits `signInLockMs`.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, Failures>();

  private static key(name: string, ip: string): string {
    return `${name.trim().toLowerCase()}\u0000${ip}`;
  }

  /** Milliseconds the pair must still wait (0: may try). */
  waitMs(name: string, ip: string, now: number): number {
    const entry = this.failures.get(SignInThrottle.key(name, ip));
    return entry && entry.lockedUntil > now ? entry.lockedUntil - now : 0;
  }

  /** Records a failure; the fifth in a row starts the wait. */
  fail(name: string, ip: string, now: number): void {
    const key = SignInThrottle.key(name, ip);
    const entry = this.failures.get(key) ?? { count: 0, lockedUntil: 0 };
    if (entry.lockedUntil !== 0 && entry.lockedUntil <= now) entry.count = 0;
    entry.count += 1;
    entry.lockedUntil = entry.count >= maxFailedSignIns ? now + signInLockMs : 0;
    this.failures.set(key, entry);
    // Bounded memory: an address spraying names cannot grow the map without end.
    if (this.failures.size > 10_000) {
      for (const [old, value] of this.failures) {
        if (value.lockedUntil <= now) this.failures.delete(old);
      }
    }
  }

  /** Forgets the pair's failures (a successful sign-in). */
  succeed(name: string, ip: string): void {
    this.failures.delete(SignInThrottle.key(name, ip));
  }
}
