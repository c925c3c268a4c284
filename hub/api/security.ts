/**
 * Headers every answer of the hub carries, and cross-origin access for the kiosk's two routes.
 * Policy: the API is data only, so its pages may load nothing (`default-src 'none'`), be framed
 * by no one and be cached by no one; HSTS is sent only on requests that came over TLS (sending it
 * over plain http to a LAN address would do nothing but confuse). Cross-origin access is granted
 * only on the push and content routes, only to the kiosk's own origins, without credentials: the
 * kiosk authenticates with a bearer token, never with cookies.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hubPaths } from '../../core/sync/wire';

/** The API's content security policy; a plugin (the dashboard) may set its own before sending. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

/** The kiosk's routes: the only ones other origins may call. */
const kioskPaths = new Set<string>([hubPaths.visits, hubPaths.content]);

/**
 * Adds the security headers and `X-Request-Id` to every answer, and the CORS headers to every
 * answer of a kiosk route (errors too: a kiosk page must be able to read a 413 or a 429).
 */
export function addSecurityHeaders(app: FastifyInstance, cors: KioskCors): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (kioskPaths.has(request.routeOptions.url ?? '') && request.method !== 'OPTIONS') {
      applyKioskCors(request, reply, cors);
    }
    setIfAbsent(reply, 'content-security-policy', apiContentSecurityPolicy);
    setIfAbsent(reply, 'cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('x-request-id', String(request.id));
    if (request.protocol === 'https') {
      reply.header('strict-transport-security', 'max-age=31536000');
    }
    return payload;
  });
}

function setIfAbsent(reply: FastifyReply, name: string, value: string): void {
  if (!reply.hasHeader(name)) reply.header(name, value);
}

/**
 * The kiosk's origins: `rukn://app` (Electron) and the browser build served on loopback
 * (`http://127.0.0.1:<port>`, `http://localhost:<port>`).
 */
export function isKioskOrigin(origin: string): boolean {
  return (
    origin === 'rukn://app' || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?$/.test(origin)
  );
}

/** The CORS settings of the kiosk routes. */
export type KioskCors = {
  /** Whether a page at this origin may call the kiosk routes. */
  readonly isAllowedOrigin: (origin: string) => boolean;
};

const allowedHeaders = 'Authorization, Content-Type, If-None-Match';
const exposedHeaders = 'ETag, X-Request-Id, Retry-After';

/** Sets the CORS answer headers on a kiosk route's answer when the origin is allowed. */
export function applyKioskCors(
  request: FastifyRequest,
  reply: FastifyReply,
  cors: KioskCors,
): void {
  const origin = request.headers.origin;
  reply.header('vary', 'Origin');
  if (typeof origin !== 'string' || !cors.isAllowedOrigin(origin)) return;
  reply.header('access-control-allow-origin', origin);
  reply.header('access-control-expose-headers', exposedHeaders);
}

/** Answers the browser's preflight for a kiosk route (`methods`: the route's own). */
export function registerPreflight(
  app: FastifyInstance,
  path: string,
  methods: string,
  cors: KioskCors,
): void {
  app.options(path, async (request, reply) => {
    applyKioskCors(request, reply, cors);
    if (reply.hasHeader('access-control-allow-origin')) {
      reply.header('access-control-allow-methods', `${methods}, OPTIONS`);
      reply.header('access-control-allow-headers', allowedHeaders);
      reply.header('access-control-max-age', '600');
    }
    return reply.code(204).send();
  });
}
