/**
 * `GET /api/v1/reports?scope=hub|office|kiosk&id=…&from=YYYY-MM-DD&to=YYYY-MM-DD&format=json|csv
 * &csv=summary|visits&lang=ar|en`: a period's report across the whole hub, one office or one kiosk,
 * from the same `core/report/` aggregation the kiosk uses (hub/reports). Policy: read with an
 * admin API token or a signed-in dashboard manager; one bound to an office reads only that office
 * and its kiosks (403 for anything else, including the whole hub); periods of at most 366 days.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { languages, type Language } from '../../core/content/languages';
import { daysBetween, isDay } from '../../core/report/options';
import type { VisitReport } from '../../core/report/types';
import { hubPaths } from '../../core/sync/wire';
import type { Queryable } from '../db/database';
import type { HubContext } from '../app';
import { bearerToken } from '../auth/tokens';
import { findOffice, officeOfKiosk } from '../kiosks/store';
import { adminByToken, type ReportPrincipal } from './adminTokens';
import { sendError } from './errors';

/** Which visits a report covers (the same union as hub/reports). */
export type ReportScope =
  | { readonly kind: 'hub' }
  | { readonly kind: 'office'; readonly officeId: string }
  | { readonly kind: 'kiosk'; readonly kioskId: string };

/** First and last Saudi day of a period, inclusive. */
export type ReportPeriod = { readonly from: string; readonly to: string };

/** What makes a report: hub/reports/index.ts `hubReport`. */
export type HubReportFunction = (
  db: Queryable,
  scope: ReportScope,
  period: ReportPeriod,
  now: number,
  lang: Language,
) => Promise<{
  readonly report: VisitReport;
  readonly byKiosk?: readonly unknown[];
  readonly summaryCsv: string;
  readonly visitsCsv: string;
}>;

/** The dashboard's signed-in manager of a request (hub/dashboard/session.ts managerFromRequest). */
export type ManagerOfRequest = (
  db: Queryable,
  request: FastifyRequest,
) => Promise<{ readonly id: string; readonly officeId: string | null } | undefined>;

/** The longest period one request may ask for. */
export const maxReportDays = 366;

type ReportQuery = {
  readonly scope: ReportScope;
  readonly period: ReportPeriod;
  readonly format: 'json' | 'csv';
  readonly csv: 'summary' | 'visits';
  readonly lang: Language;
};

const queryKeys = ['scope', 'id', 'from', 'to', 'format', 'csv', 'lang'];

/** Reads and checks the query; answers the query or what is wrong with it. */
export function parseReportQuery(query: unknown): ReportQuery | string {
  if (typeof query !== 'object' || query === null) return 'query';
  const values = query as Record<string, unknown>;
  for (const [key, value] of Object.entries(values)) {
    if (!queryKeys.includes(key)) return `unknown parameter ${key.slice(0, 40)}`;
    if (typeof value !== 'string') return `${key}: given once`;
  }
  const text = (key: string) => values[key] as string | undefined;
  const id = text('id');
  const hasId = id !== undefined && id.length > 0 && id.length <= 200;
  let scope: ReportScope;
  if (text('scope') === 'hub' && id === undefined) scope = { kind: 'hub' };
  else if (text('scope') === 'office' && hasId) scope = { kind: 'office', officeId: id };
  else if (text('scope') === 'kiosk' && hasId) scope = { kind: 'kiosk', kioskId: id };
  else return 'scope: hub, or office or kiosk with an id';
  const from = text('from');
  const to = text('to');
  if (!isDay(from) || !isDay(to)) return 'from, to: days as YYYY-MM-DD';
  const days = daysBetween(from, to);
  if (days < 1 || days > maxReportDays) return `from..to: 1 to ${maxReportDays} days`;
  const format = text('format') ?? 'json';
  if (format !== 'json' && format !== 'csv') return 'format: json or csv';
  const csv = text('csv') ?? 'summary';
  if (csv !== 'summary' && csv !== 'visits') return 'csv: summary or visits';
  const lang = text('lang') ?? 'ar';
  if (!(languages as readonly string[]).includes(lang)) return 'lang: ar or en';
  return { scope, period: { from, to }, format, csv, lang: lang as Language };
}

/** The office a scope belongs to (`null`: the whole hub), or undefined when it names nothing. */
async function scopeOffice(db: Queryable, scope: ReportScope): Promise<string | null | undefined> {
  switch (scope.kind) {
    case 'hub':
      return null;
    case 'office':
      return (await findOffice(db, scope.officeId))?.id;
    case 'kiosk':
      return officeOfKiosk(db, scope.kioskId);
    default: {
      const unknown: never = scope;
      return unknown;
    }
  }
}

async function principalOf(
  context: HubContext,
  request: FastifyRequest,
): Promise<ReportPrincipal | undefined> {
  const token = bearerToken(request.headers.authorization);
  if (token !== undefined) return adminByToken(context.db, token);
  return context.managerOfRequest?.(context.db, request);
}

/** Registers the reports route. */
export function registerReportsRoute(app: FastifyInstance, context: HubContext): void {
  app.get(
    hubPaths.reports,
    { config: { rateLimit: context.rateLimits.reports } },
    async (request, reply) => {
      const principal = await principalOf(context, request);
      if (principal === undefined) {
        reply.header('www-authenticate', 'Bearer realm="rukn-hub"');
        return sendError(reply, 401, 'unauthorized', 'an admin token or a signed-in manager');
      }
      const query = parseReportQuery(request.query);
      if (typeof query === 'string') return sendError(reply, 400, 'invalid-request', query);
      const office = await scopeOffice(context.db, query.scope);
      const isWholeHub = principal.officeId === null;
      if (!isWholeHub && (office === undefined || office !== principal.officeId)) {
        // An office's reader learns nothing of other offices, not even whether an id exists.
        return sendError(reply, 403, 'forbidden', 'this report is outside your office');
      }
      if (office === undefined)
        return sendError(reply, 404, 'not-found', `no such ${query.scope.kind}`);
      if (context.hubReport === undefined) {
        return sendError(reply, 503, 'unavailable', 'reports are not available on this hub');
      }
      const made = await context.hubReport(
        context.db,
        query.scope,
        query.period,
        context.now(),
        query.lang,
      );
      return sendReport(reply, query, made);
    },
  );
}

function sendReport(
  reply: FastifyReply,
  query: ReportQuery,
  made: Awaited<ReturnType<HubReportFunction>>,
): FastifyReply {
  const { from, to } = query.period;
  if (query.format === 'csv') {
    const days = from === to ? from : `${from}_${to}`;
    const name = query.csv === 'summary' ? `rukn-report-${days}.csv` : `rukn-visits-${days}.csv`;
    return reply
      .code(200)
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(query.csv === 'summary' ? made.summaryCsv : made.visitsCsv);
  }
  return reply.code(200).send({
    scope: query.scope,
    period: query.period,
    lang: query.lang,
    report: made.report,
    byKiosk: made.byKiosk ?? [],
  });
}
