/**
 * The office dashboard, as a Fastify plugin the hub registers: server-rendered pages for office
 * managers (sign-in, kiosks, reports with CSV and a print page, content versions), Arabic first.
 * Policy: every page but sign-in needs a session (session.ts), and shows only the manager's office
 * (or every office, for a manager of the whole hub): another office's kiosk answers 404, as an
 * unknown one does. Pages are sent with a strict CSP (no script at all, styles from one file),
 * never cached, never framed; POSTs must come from the dashboard's own pages.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { languages, type Language } from '../../core/content/schema';
import { addDays, dayRange, isDay, kioskDay } from '../../core/report/options';
import type { Queryable } from '../db/database';
import { shippedContent, publishedContent } from '../reports/content';
import {
  hubReportCsv,
  hubReportFileNames,
  loadHubReport,
  type ReportScope,
} from '../reports/index';
import { contentBody } from './contentPage';
import { translator, type Translator } from './i18n';
import { kiosksBody } from './kiosksPage';
import { messageBody, page, stylesheetPath, type PageFrame } from './layout';
import { verifyManager, type Manager } from './managers';
import { kiosksFor, officeName, visibleKiosk } from './queries';
import type { ReportChoice } from './reportBlocks';
import { printBody, reportBody } from './reportPage';
import { reportPdf } from './reportPdf';
import {
  SignInThrottle,
  createSession,
  endSession,
  isSameOriginPost,
  isSecureRequest,
  managerFromRequest,
  requestCookie,
  sessionCookie,
  sessionLifetimeMs,
} from './session';
import { signInBody, type SignInNotice } from './signInPage';

export type DashboardOptions = {
  readonly db: Queryable;
  /** The clock (tests move it); `Date.now` by default. */
  readonly now?: () => number;
  /** A kiosk not heard from for longer than this is marked on the kiosks page (default 24). */
  readonly staleHours?: number;
};

/** The Content-Security-Policy of every dashboard response. */
export const dashboardCsp =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** The language cookie (the switch sets it; Arabic when absent). */
export const languageCookieName = 'rukn_hub_lang';

/** The font files served (Arabic and Latin subsets of IBM Plex Sans Arabic, 400 and 600). */
const fontFiles = ['arabic-400', 'arabic-600', 'latin-400', 'latin-600'] as const;

function fontsDir(): string {
  return resolve(
    dirname(require.resolve('@fontsource/ibm-plex-sans-arabic/package.json')),
    'files',
  );
}

/**
 * The stylesheet: the fonts' @font-face rules (from fontsource, pointed at our routes), the charts'
 * colours shared with the kiosk's report screen, then the dashboard's own.
 */
function stylesheet(): string {
  const packageDir = dirname(require.resolve('@fontsource/ibm-plex-sans-arabic/package.json'));
  const faces = fontFiles
    .map((name) =>
      readFileSync(resolve(packageDir, `${name}.css`), 'utf8').replace(
        /url\(\.\/files\/([\w-]+\.woff2)\) format\('woff2'\), url\([^)]*\) format\('woff'\)/g,
        "url('/dashboard/assets/fonts/$1') format('woff2')",
      ),
    )
    .join('\n');
  const charts = readFileSync(resolve(__dirname, '../../core/report/charts.css'), 'utf8');
  return `${faces}\n${charts}\n${readFileSync(resolve(__dirname, 'dashboard.css'), 'utf8')}`;
}

function firstQuery(request: FastifyRequest, name: string): string | undefined {
  const query = request.query as Record<string, unknown> | undefined;
  const value = query?.[name];
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

const requestLanguages = new WeakMap<FastifyRequest, Language>();

/** The page's language: `?lang=` (remembered in a cookie), else the cookie, else Arabic. */
function languageOf(request: FastifyRequest, reply: FastifyReply): Language {
  const known = requestLanguages.get(request);
  if (known !== undefined) return known;
  const lang = chooseLanguage(request, reply);
  requestLanguages.set(request, lang);
  return lang;
}

function chooseLanguage(request: FastifyRequest, reply: FastifyReply): Language {
  const asked = firstQuery(request, 'lang');
  if (isLanguage(asked)) {
    reply.header(
      'set-cookie',
      `${languageCookieName}=${asked}; SameSite=Strict; Path=/; Max-Age=31536000${isSecureRequest(request) ? '; Secure' : ''}`,
    );
    return asked;
  }
  const remembered = requestCookie(request, languageCookieName);
  return isLanguage(remembered) ? remembered : 'ar';
}

/** This page's address in the other language. */
function switchHref(request: FastifyRequest, lang: Language): string {
  const url = new URL(request.url, 'http://dashboard.invalid');
  url.searchParams.set('lang', lang === 'ar' ? 'en' : 'ar');
  const path = request.method === 'GET' ? url.pathname : '/';
  const query =
    request.method === 'GET'
      ? url.searchParams
      : new URLSearchParams({ lang: url.searchParams.get('lang') ?? 'en' });
  return `${path}?${query.toString()}`;
}

/** Whose report it is: the manager's office (or the hub), or one kiosk of it. */
function reportScopeText(tr: Translator, scopeName: string, kioskName: string | undefined): string {
  return kioskName === undefined ? scopeName : tr.t('reportScopeKiosk', { kiosk: kioskName });
}

function sendPage(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(html);
}

/** How many report PDFs one address may ask for (the rest are answered 429). */
export const pdfRateLimit = { max: 12, timeWindow: 60_000 } as const;

/** The Fastify plugin; register it with `app.register(dashboard, { db })`. */
export async function dashboard(app: FastifyInstance, options: DashboardOptions): Promise<void> {
  const { db } = options;
  const now = options.now ?? Date.now;
  const staleHours = options.staleHours ?? 24;
  const throttle = new SignInThrottle();
  const css = stylesheet();
  const fonts = new Map(
    fontFiles.map((name) => {
      const file = `ibm-plex-sans-arabic-${name}-normal.woff2`;
      return [file, readFileSync(resolve(fontsDir(), file))] as const;
    }),
  );

  if (!app.hasContentTypeParser('application/x-www-form-urlencoded')) {
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 16 * 1024 },
      (_request, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      },
    );
  }

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', dashboardCsp);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    // same-origin, not no-referrer: with no-referrer a browser sends `Origin: null` on the
    // dashboard's own form POSTs, and the origin check could not tell them from a forgery.
    reply.header('referrer-policy', 'same-origin');
    reply.header('cross-origin-opener-policy', 'same-origin');
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  type Context = {
    readonly tr: Translator;
    readonly frame: (title: string, body: PageFrame['body'], extra?: Partial<PageFrame>) => string;
  };

  function context(
    request: FastifyRequest,
    reply: FastifyReply,
    signedIn?: Manager & { scopeName: string },
  ): Context {
    const lang = languageOf(request, reply);
    const tr = translator(lang);
    return {
      tr,
      frame: (title, body, extra = {}) =>
        page({
          tr,
          title,
          body,
          switchHref: switchHref(request, lang),
          manager: signedIn,
          ...extra,
        }),
    };
  }

  /** The signed-in manager with their scope's name, or undefined after redirecting to sign-in. */
  async function signedIn(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<(Manager & { scopeName: string }) | undefined> {
    const manager = await managerFromRequest(db, request, now());
    if (!manager) {
      const hadSession = requestCookie(request, 'rukn_hub_session') !== undefined;
      await reply.redirect(hadSession ? '/?notice=session-ended' : '/', 303);
      return undefined;
    }
    const tr = translator(languageOf(request, reply));
    const scopeName =
      manager.officeId === null
        ? tr.t('scopeHub')
        : tr.t('scopeOffice', {
            office: (await officeName(db, manager.officeId)) ?? manager.officeId,
          });
    return { ...manager, scopeName };
  }

  function refuseCrossSite(request: FastifyRequest, reply: FastifyReply): FastifyReply {
    const { tr, frame } = context(request, reply);
    return sendPage(
      reply,
      403,
      frame(
        tr.t('forbiddenTitle'),
        messageBody(tr.t('forbiddenTitle'), tr.t('forbiddenText'), {
          href: '/',
          label: tr.t('backHome'),
        }),
      ),
    );
  }

  // ---- Assets -------------------------------------------------------------------------------

  app.get(stylesheetPath, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(css),
  );

  app.get<{ Params: { file: string } }>('/dashboard/assets/fonts/:file', async (request, reply) => {
    const font = fonts.get(request.params.file);
    if (!font) return reply.code(404).type('text/plain').send('not found');
    return reply.type('font/woff2').header('cache-control', 'public, max-age=604800').send(font);
  });

  // ---- Sign-in and sign-out -------------------------------------------------------------------

  app.get('/', async (request, reply) => {
    if (await managerFromRequest(db, request, now())) return reply.redirect('/dashboard', 303);
    const { tr, frame } = context(request, reply);
    const asked = firstQuery(request, 'notice');
    const notice: SignInNotice | undefined =
      asked === 'signed-out'
        ? { kind: 'signed-out' }
        : asked === 'session-ended'
          ? { kind: 'session-ended' }
          : undefined;
    return sendPage(reply, 200, frame(tr.t('signInTitle'), signInBody(tr, notice)));
  });

  app.post('/sign-in', async (request, reply) => {
    if (!isSameOriginPost(request)) return refuseCrossSite(request, reply);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const name = typeof body.name === 'string' ? body.name.slice(0, 100) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 1000) : '';
    const { tr, frame } = context(request, reply);
    const at = now();
    const waitMs = throttle.waitMs(name, request.ip, at);
    if (waitMs > 0) {
      reply.header('retry-after', String(Math.ceil(waitMs / 1000)));
      return sendPage(
        reply,
        429,
        frame(
          tr.t('signInTitle'),
          signInBody(tr, { kind: 'throttled', waitSeconds: Math.ceil(waitMs / 1000) }, name),
        ),
      );
    }
    const manager = name && password ? await verifyManager(db, name, password) : undefined;
    if (!manager) {
      throttle.fail(name, request.ip, at);
      request.log.info({ event: 'dashboard-sign-in-failed' }, 'dashboard sign-in failed');
      return sendPage(
        reply,
        401,
        frame(tr.t('signInTitle'), signInBody(tr, { kind: 'failed' }, name)),
      );
    }
    throttle.succeed(name, request.ip);
    const token = await createSession(db, manager.id, at);
    reply.header(
      'set-cookie',
      sessionCookie(token, isSecureRequest(request), sessionLifetimeMs / 1000),
    );
    request.log.info({ event: 'dashboard-sign-in', managerId: manager.id }, 'dashboard sign-in');
    return reply.redirect('/dashboard', 303);
  });

  app.post('/sign-out', async (request, reply) => {
    if (!isSameOriginPost(request)) return refuseCrossSite(request, reply);
    await endSession(db, request);
    reply.header('set-cookie', sessionCookie('', isSecureRequest(request), 0));
    return reply.redirect('/?notice=signed-out', 303);
  });

  // ---- Pages --------------------------------------------------------------------------------

  app.get('/dashboard', async (request, reply) => {
    const manager = await signedIn(request, reply);
    if (!manager) return reply;
    const { tr, frame } = context(request, reply, manager);
    const at = now();
    const today = kioskDay(at);
    const { fromMs, toMs } = dayRange(today, today);
    const kiosks = await kiosksFor(db, manager, fromMs, toMs);
    return sendPage(
      reply,
      200,
      frame(
        tr.t('kiosksTitle'),
        kiosksBody(tr, kiosks, { now: at, staleHours, showOffice: manager.officeId === null }),
        { active: 'kiosks' },
      ),
    );
  });

  /** The report chosen by the query, within the manager's scope; undefined after a 404. */
  async function chosenReport(request: FastifyRequest, reply: FastifyReply, manager: Manager) {
    const at = now();
    const today = kioskDay(at);
    const date = firstQuery(request, 'date');
    const kioskId = firstQuery(request, 'kiosk') || undefined;
    const choice: ReportChoice = {
      period: firstQuery(request, 'period') === 'week' ? 'week' : 'day',
      date: isDay(date) ? date : today,
      kioskId,
    };
    let scope: ReportScope =
      manager.officeId === null ? { kind: 'hub' } : { kind: 'office', officeId: manager.officeId };
    let kioskName: string | undefined;
    if (kioskId !== undefined) {
      const kiosk = await visibleKiosk(db, manager, kioskId);
      if (!kiosk) return undefined;
      scope = { kind: 'kiosk', kioskId: kiosk.id };
      kioskName = kiosk.name;
    }
    const from = choice.period === 'week' ? addDays(choice.date, -6) : choice.date;
    const loaded = await loadHubReport(db, scope, { from, to: choice.date }, at);
    return { choice, loaded, kioskName, at };
  }

  function notFound(
    request: FastifyRequest,
    reply: FastifyReply,
    manager?: Manager & { scopeName: string },
  ) {
    const { tr, frame } = context(request, reply, manager);
    return sendPage(
      reply,
      404,
      frame(
        tr.t('notFoundTitle'),
        messageBody(tr.t('notFoundTitle'), tr.t('notFoundText'), {
          href: '/dashboard',
          label: tr.t('backHome'),
        }),
      ),
    );
  }

  app.get('/dashboard/report', async (request, reply) => {
    const manager = await signedIn(request, reply);
    if (!manager) return reply;
    const chosen = await chosenReport(request, reply, manager);
    if (!chosen) return notFound(request, reply, manager);
    const { tr, frame } = context(request, reply, manager);
    const at = chosen.at;
    const { fromMs, toMs } = dayRange(kioskDay(at), kioskDay(at));
    const kiosks = await kiosksFor(db, manager, fromMs, toMs);
    const scopeText = reportScopeText(tr, manager.scopeName, chosen.kioskName);
    return sendPage(
      reply,
      200,
      frame(tr.t('reportTitle'), reportBody(tr, chosen.loaded, chosen.choice, scopeText, kiosks), {
        active: 'report',
      }),
    );
  });

  app.get('/dashboard/report/print', async (request, reply) => {
    const manager = await signedIn(request, reply);
    if (!manager) return reply;
    const chosen = await chosenReport(request, reply, manager);
    if (!chosen) return notFound(request, reply, manager);
    const { tr, frame } = context(request, reply, manager);
    const scopeText = reportScopeText(tr, manager.scopeName, chosen.kioskName);
    return sendPage(
      reply,
      200,
      frame(
        tr.t('reportTitle'),
        printBody(tr, chosen.loaded, chosen.choice, scopeText, chosen.at),
        {
          isPrint: true,
          active: 'report',
        },
      ),
    );
  });

  /** A download's file name: the period's, and the kiosk's id when the report is one kiosk's. */
  function downloadName(
    chosen: NonNullable<Awaited<ReturnType<typeof chosenReport>>>,
    file: 'summary' | 'visits' | 'pdf',
  ): string {
    const name = hubReportFileNames(chosen.loaded.report.period)[file];
    if (chosen.choice.kioskId === undefined) return name;
    return name.replace(/(\.\w+)$/, `-${chosen.choice.kioskId.replace(/[^\w-]/g, '_')}$1`);
  }

  for (const file of ['summary', 'visits'] as const) {
    app.get(`/dashboard/report/${file}.csv`, async (request, reply) => {
      const manager = await signedIn(request, reply);
      if (!manager) return reply;
      const chosen = await chosenReport(request, reply, manager);
      if (!chosen) return notFound(request, reply, manager);
      const csv = hubReportCsv(chosen.loaded, languageOf(request, reply));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${downloadName(chosen, file)}"`)
        .send(file === 'summary' ? csv.summaryCsv : csv.visitsCsv);
    });
  }

  // A PDF takes a few hundred milliseconds of the hub's CPU: a dozen a minute from one address.
  app.get(
    '/dashboard/report/report.pdf',
    { config: { rateLimit: pdfRateLimit } },
    async (request, reply) => {
      const manager = await signedIn(request, reply);
      if (!manager) return reply;
      const chosen = await chosenReport(request, reply, manager);
      if (!chosen) return notFound(request, reply, manager);
      const { tr } = context(request, reply, manager);
      const scopeText = reportScopeText(tr, manager.scopeName, chosen.kioskName);
      const pdf = await reportPdf(tr, chosen.loaded, chosen.choice, scopeText, chosen.at);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${downloadName(chosen, 'pdf')}"`)
        .send(pdf);
    },
  );

  app.get('/dashboard/content', async (request, reply) => {
    const manager = await signedIn(request, reply);
    if (!manager) return reply;
    const { tr, frame } = context(request, reply, manager);
    const versions = await publishedContent(db);
    return sendPage(
      reply,
      200,
      frame(tr.t('contentTitle'), contentBody(tr, versions, shippedContent().version), {
        active: 'content',
      }),
    );
  });
}
