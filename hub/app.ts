/**
 * The office hub's HTTP server: API v1 for kiosks (push visits, fetch content), reports, health,
 * and whatever plugins are given (the dashboard). `createHub` answers a Fastify instance that is
 * not yet listening, so tests call `app.inject` and the command line calls `app.listen`.
 *
 * Policy: bodies above `maxBodyBytes` are refused (413) before they are parsed; each token (else
 * each address) has its own rate limit per route; every answer carries the security headers and
 * an `X-Request-Id`; errors never carry a stack or an SQL message; logs are JSON lines with the
 * request id and never the `Authorization` or `Cookie` header.
 *
 * Plugins: `createHub({ db, plugins: [dashboard] })` registers each plugin (a Fastify plugin taking
 * `HubPluginOptions`) after the API routes, in its own encapsulated context: its hooks, parsers and
 * decorators stay inside it. A plugin may set its own `Content-Security-Policy` and
 * `Cache-Control`; the hub's defaults apply only where it sets none.
 */
import { randomUUID } from 'node:crypto';
import Fastify, {
  type FastifyInstance,
  type FastifyPluginAsync,
  type FastifyRequest,
} from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { maxBodyBytes } from '../core/sync/wire';
import type { HubDatabase } from './db/database';
import { bearerToken, hashToken } from './auth/tokens';
import { registerContentRoute } from './api/content';
import { handleError, sendError } from './api/errors';
import { registerHealthRoute } from './api/health';
import { registerReportsRoute, type HubReportFunction, type ManagerOfRequest } from './api/reports';
import { addSecurityHeaders, isKioskOrigin, type KioskCors } from './api/security';
import { registerVisitsRoute } from './api/visits';

/** One route's rate limit: at most `max` requests per `timeWindow` milliseconds per token. */
export type RouteRateLimit = { readonly max: number; readonly timeWindow: number };

/** What every plugin is registered with. */
export type HubPluginOptions = {
  readonly db: HubDatabase;
  /** The hub's clock (epoch milliseconds); tests fix it. */
  readonly now: () => number;
};

/** A plugin of the hub, e.g. the office dashboard. */
export type HubPlugin = FastifyPluginAsync<HubPluginOptions>;

export type HubOptions = {
  readonly db: HubDatabase;
  /** Fastify's logger: false (default, tests), true (JSON lines at info), or pino options. */
  readonly logger?: boolean | Record<string, unknown>;
  /** The clock, epoch milliseconds (default `Date.now`). */
  readonly now?: () => number;
  /** Trust `X-Forwarded-*` from a reverse proxy (TLS terminated in front of the hub). */
  readonly trustProxy?: boolean | string | string[];
  /** Largest request body in bytes (default `maxBodyBytes` of the wire protocol, 4 MiB). */
  readonly maxBodyBytes?: number;
  /** Rate limits per route; defaults below. */
  readonly rateLimits?: Partial<HubRateLimits>;
  /** Page origins allowed to call the kiosk routes (default: `isKioskOrigin`). */
  readonly isKioskOrigin?: (origin: string) => boolean;
  /** Makes reports (hub/reports/index.ts `hubReport`); without it the reports route answers 503. */
  readonly hubReport?: HubReportFunction;
  /** The dashboard's signed-in manager of a request, who may read reports of their office. */
  readonly managerOfRequest?: ManagerOfRequest;
  /** Plugins registered after the API (the dashboard). */
  readonly plugins?: readonly HubPlugin[];
};

export type HubRateLimits = {
  readonly push: RouteRateLimit;
  readonly content: RouteRateLimit;
  readonly reports: RouteRateLimit;
};

/**
 * Default limits: a kiosk pushes a batch after each visit and on a timer, and drains a backlog
 * in batches of 250, so 120 pushes a minute is far above need (30,000 visits a minute).
 */
export const defaultRateLimits: HubRateLimits = {
  push: { max: 120, timeWindow: 60_000 },
  content: { max: 60, timeWindow: 60_000 },
  reports: { max: 60, timeWindow: 60_000 },
};

/** What the routes share. */
export type HubContext = {
  readonly db: HubDatabase;
  readonly now: () => number;
  readonly cors: KioskCors;
  readonly rateLimits: HubRateLimits;
  readonly hubReport: HubReportFunction | undefined;
  readonly managerOfRequest: ManagerOfRequest | undefined;
};

/** Fields the logs never show. */
export const redactedLogPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

function loggerOption(logger: HubOptions['logger']): boolean | Record<string, unknown> {
  if (logger === undefined || logger === false) return false;
  const options = logger === true ? { level: 'info' } : logger;
  return { ...options, redact: { paths: redactedLogPaths, censor: '[redacted]' } };
}

/** The rate limit's key: the token's hash when one is presented, else the caller's address. */
function rateLimitKey(request: FastifyRequest): string {
  const token = bearerToken(request.headers.authorization);
  return token === undefined ? `ip:${request.ip}` : `token:${hashToken(token)}`;
}

/** Builds the hub (not listening yet). */
export async function createHub(options: HubOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOption(options.logger),
    bodyLimit: options.maxBodyBytes ?? maxBodyBytes,
    trustProxy: options.trustProxy ?? false,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    return503OnClosing: true,
  });
  const context: HubContext = {
    db: options.db,
    now: options.now ?? Date.now,
    cors: { isAllowedOrigin: options.isKioskOrigin ?? isKioskOrigin },
    rateLimits: { ...defaultRateLimits, ...options.rateLimits },
    hubReport: options.hubReport,
    managerOfRequest: options.managerOfRequest,
  };
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, 'not-found', 'no such path'));
  addSecurityHeaders(app, context.cors);
  await app.register(rateLimit, { global: false, keyGenerator: rateLimitKey });
  registerVisitsRoute(app, context);
  registerContentRoute(app, context);
  registerReportsRoute(app, context);
  registerHealthRoute(app, context);
  for (const plugin of options.plugins ?? []) {
    await app.register(plugin, { db: context.db, now: context.now });
  }
  return app;
}
