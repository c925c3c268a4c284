/**
 * The hub's API v1 through `app.inject`, on PGlite and (when `DATABASE_URL` is set) PostgreSQL:
 * pushes stored once and only once, bad input answered with a 4xx and nothing stored wrongly,
 * content with ETags, health, report scoping, headers, rate limits.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hubPaths, validatePushResponse, type PushResponse } from '../../core/sync/wire';
import { addAdminToken } from '../../hub/api/adminTokens';
import type { HubReportFunction, ReportScope } from '../../hub/api/reports';
import { createHub } from '../../hub/app';
import type { HubDatabase } from '../../hub/db/database';
import { envelopeEtag } from '../../hub/content/store';
import { addKiosk, addOffice, setKioskDisabled } from '../../hub/kiosks/store';
import { backends, type TestDatabase } from './support/backends';
import { pushBody, visitRecord } from './support/visits';

// Databases start slowly on a busy machine; nothing here is timed.
vi.setConfig({ testTimeout: 30_000 });

const now = Date.UTC(2026, 11, 2, 12, 0);

type Kiosk = { id: string; token: string };

async function office(db: HubDatabase, name: string): Promise<string> {
  const made = await addOffice(db, name, now);
  if (!made.ok) throw new Error(made.error.message);
  return made.value.id;
}

async function kiosk(db: HubDatabase, officeId: string, name: string): Promise<Kiosk> {
  const made = await addKiosk(db, { officeId, name }, now);
  if (!made.ok) throw new Error(made.error.message);
  return { id: made.value.kiosk.id, token: made.value.token };
}

async function adminToken(db: HubDatabase, officeId?: string): Promise<string> {
  const made = await addAdminToken(db, officeId, now);
  if (!made.ok) throw new Error(made.error.message);
  return made.value.token;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function push(app: FastifyInstance, token: string, body: unknown): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: hubPaths.visits,
    headers: { ...bearer(token), 'content-type': 'application/json' },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function answerOf(response: LightMyRequestResponse): PushResponse {
  const answer = validatePushResponse(response.json());
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

/** An error body: a code and a message, never a stack or SQL. */
function expectCleanError(response: LightMyRequestResponse, code: string): void {
  const body = response.json() as { error: { code: string; message: string; requestId: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.requestId).toBe(response.headers['x-request-id']);
  expect(response.body).not.toMatch(/\bat .+\.(ts|js):\d+|stack|SELECT|INSERT|syntax error/i);
}

async function tableCounts(db: HubDatabase): Promise<Record<string, number>> {
  const [row] = await db.query<Record<string, number>>(
    `SELECT (SELECT count(*) FROM visits) AS visits, (SELECT count(*) FROM visit_ids) AS ids,
            (SELECT count(*) FROM offices) AS offices, (SELECT count(*) FROM kiosks) AS kiosks`,
  );
  return row ?? {};
}

describe.each(backends)('hub API on $name', (backend) => {
  let database: TestDatabase;
  let db: HubDatabase;
  let app: FastifyInstance;
  let officeA: string;
  let officeB: string;
  let a1: Kiosk;
  let a2: Kiosk;
  let b1: Kiosk;
  let disabled: Kiosk;
  const reportCalls: ReportScope[] = [];
  const hubReport: HubReportFunction = async (_db, scope) => {
    reportCalls.push(scope);
    return {
      report: { scope } as never,
      byKiosk: [],
      summaryCsv: '\uFEFFsection,figure\r\nvisits,0\r\n',
      visitsCsv: '\uFEFFid\r\n',
    };
  };

  beforeAll(async () => {
    database = await backend.open();
    db = database.db;
    officeA = await office(db, 'Office A');
    officeB = await office(db, 'Office B');
    a1 = await kiosk(db, officeA, 'A hall 1');
    a2 = await kiosk(db, officeA, 'A hall 2');
    b1 = await kiosk(db, officeB, 'B hall 1');
    disabled = await kiosk(db, officeA, 'A retired');
    await setKioskDisabled(db, disabled.id, true);
    app = await createHub({ db, now: () => now, maxBodyBytes: 64 * 1024, hubReport });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  describe('push', () => {
    it('stores a batch and lists every visit as accepted', async () => {
      const records = [visitRecord(a1.id), visitRecord(a1.id)];
      const response = await push(app, a1.token, pushBody(a1.id, records));
      expect(response.statusCode).toBe(200);
      expect(answerOf(response)).toEqual({
        accepted: records.map((record) => record.visit.id),
        rejected: [],
      });
      const rows = await db.query<{
        id: string;
        office_id: string;
        kiosk_id: string;
        events: unknown;
      }>('SELECT id, office_id, kiosk_id, events FROM visits WHERE id = $1', [
        records[0]?.visit.id,
      ]);
      expect(rows).toEqual([
        {
          id: records[0]?.visit.id,
          office_id: officeA,
          kiosk_id: a1.id,
          events: records[0]?.events,
        },
      ]);
    });

    it('changes nothing when the same batch is pushed again, and still accepts it', async () => {
      const records = [visitRecord(a1.id), visitRecord(a1.id), visitRecord(a1.id)];
      const body = pushBody(a1.id, records);
      expect((await push(app, a1.token, body)).statusCode).toBe(200);
      const before = await tableCounts(db);
      const digests = await db.query('SELECT id, digest FROM visit_ids ORDER BY id');
      const again = await push(app, a1.token, body);
      expect(answerOf(again)).toEqual({ accepted: records.map((r) => r.visit.id), rejected: [] });
      expect(await tableCounts(db)).toEqual(before);
      expect(await db.query('SELECT id, digest FROM visit_ids ORDER BY id')).toEqual(digests);
    });

    it('treats a replay with keys in another order as the same visit', async () => {
      const record = visitRecord(a1.id);
      await push(app, a1.token, pushBody(a1.id, [record]));
      const reordered = {
        events: record.events.map((event) => Object.fromEntries(Object.entries(event).reverse())),
        visit: Object.fromEntries(Object.entries(record.visit).reverse()),
      };
      const answer = answerOf(await push(app, a1.token, pushBody(a1.id, [reordered])));
      expect(answer).toEqual({ accepted: [record.visit.id], rejected: [] });
    });

    it('accepts event ids out of order and refuses one repeated after others', async () => {
      const withSequences = (sequences: readonly string[]) => {
        const record = visitRecord(a1.id);
        const [first] = record.events;
        if (first === undefined) throw new Error('the test visit has no events');
        const events = sequences.map((sequence, index) => ({
          ...first,
          id: `${record.visit.id}:${sequence}`,
          at: first.at + index,
        }));
        return { visit: record.visit, events };
      };
      const unordered = withSequences(['3', '1', '01', '2']);
      const repeated = withSequences(['2', '5', '3', '5']);
      const answer = answerOf(await push(app, a1.token, pushBody(a1.id, [unordered, repeated])));
      expect(answer).toEqual({
        accepted: [unordered.visit.id],
        rejected: [{ id: repeated.visit.id, reason: 'invalid-events' }],
      });
    });

    it('refuses a known id pushed again with other content, and keeps the first', async () => {
      const record = visitRecord(a1.id);
      await push(app, a1.token, pushBody(a1.id, [record]));
      const changed = { ...record, visit: { ...record.visit, lang: 'en' as const } };
      const answer = answerOf(await push(app, a1.token, pushBody(a1.id, [changed])));
      expect(answer).toEqual({
        accepted: [],
        rejected: [{ id: record.visit.id, reason: 'conflict' }],
      });
      const [row] = await db.query<{ lang: string }>(
        "SELECT visit->>'lang' AS lang FROM visits WHERE id = $1",
        [record.visit.id],
      );
      expect(row?.lang).toBe('ar');
    });

    it('rejects one bad visit with its reason and stores the others', async () => {
      const good = [visitRecord(a1.id), visitRecord(a1.id)];
      const bad = visitRecord(a1.id, { mode: 'robot' as never });
      const open = visitRecord(a1.id, { endedAt: undefined, endReason: undefined });
      const answer = answerOf(
        await push(app, a1.token, pushBody(a1.id, [good[0], bad, open, 'nonsense', good[1]])),
      );
      expect(answer.accepted).toEqual(good.map((r) => r.visit.id));
      expect(answer.rejected).toEqual([
        { id: bad.visit.id, reason: 'invalid-visit', field: 'mode' },
        { id: open.visit.id, reason: 'visit-open', field: 'endedAt' },
        { id: '', reason: 'invalid-visit' },
      ]);
      const stored = await db.query('SELECT id FROM visit_ids WHERE id = $1 OR id = $2', [
        bad.visit.id,
        open.visit.id,
      ]);
      expect(stored).toEqual([]);
    });

    it('refuses a visit naming another kiosk, and a visit id already stored for another kiosk', async () => {
      const ofA2 = visitRecord(a2.id);
      expect(answerOf(await push(app, a2.token, pushBody(a2.id, [ofA2]))).accepted).toEqual([
        ofA2.visit.id,
      ]);
      const namingB1 = visitRecord(b1.id);
      const stolenId = visitRecord(a1.id, { id: ofA2.visit.id });
      const answer = answerOf(await push(app, a1.token, pushBody(a1.id, [namingB1, stolenId])));
      expect(answer).toEqual({
        accepted: [],
        rejected: [
          { id: namingB1.visit.id, reason: 'wrong-kiosk', field: 'kioskId' },
          { id: ofA2.visit.id, reason: 'wrong-kiosk', field: 'id' },
        ],
      });
      const rows = await db.query<{ kiosk_id: string }>(
        'SELECT kiosk_id FROM visits WHERE id = $1 OR id = $2',
        [ofA2.visit.id, namingB1.visit.id],
      );
      expect(rows).toEqual([{ kiosk_id: a2.id }]);
    });

    it('refuses a batch whose envelope names another kiosk than the token’s', async () => {
      const record = visitRecord(b1.id);
      const response = await push(app, a1.token, pushBody(b1.id, [record]));
      expect(response.statusCode).toBe(403);
      expectCleanError(response, 'forbidden');
      expect(await db.query('SELECT id FROM visit_ids WHERE id = $1', [record.visit.id])).toEqual(
        [],
      );
    });

    it('stores SQL-looking text as data and leaves the tables as they were', async () => {
      const text = '\'); DROP TABLE visits; -- " OR 1=1; $1 \\x00';
      const record = visitRecord(a1.id, { caseworkerId: "x'; DELETE FROM kiosks; --" });
      const withNote = {
        ...record,
        events: [
          ...record.events,
          {
            id: `${record.visit.id}:3`,
            sessionId: record.visit.id,
            at: record.visit.startedAt + 20_000,
            type: 'staff-note',
            payload: { text },
          },
        ],
      };
      const before = await tableCounts(db);
      const answer = answerOf(await push(app, a1.token, pushBody(a1.id, [withNote])));
      expect(answer.accepted).toEqual([record.visit.id]);
      const [row] = await db.query<{ note: string; caseworker: string }>(
        `SELECT events->2->'payload'->>'text' AS note, visit->>'caseworkerId' AS caseworker
         FROM visits WHERE id = $1`,
        [record.visit.id],
      );
      expect(row).toEqual({ note: text, caseworker: "x'; DELETE FROM kiosks; --" });
      expect(await tableCounts(db)).toEqual({
        ...before,
        visits: before.visits! + 1,
        ids: before.ids! + 1,
      });
    });

    it('records the kiosk’s contact and status', async () => {
      const status = {
        pending: 3,
        rejected: 1,
        contentVersion: '2026.12.02-1',
        appVersion: '0.1.0',
        storage: 'ok',
      };
      expect((await push(app, a2.token, pushBody(a2.id, [], { status }))).statusCode).toBe(200);
      const [row] = await db.query('SELECT last_contact_at, status FROM kiosks WHERE id = $1', [
        a2.id,
      ]);
      expect(row).toEqual({ last_contact_at: now, status });
    });

    it('answers malformed JSON with 400', async () => {
      const response = await push(app, a1.token, '{"protocol":1,"kioskId":');
      expect(response.statusCode).toBe(400);
      expectCleanError(response, 'malformed-json');
    });

    it.each([
      ['a list', []],
      ['protocol 2', { protocol: 2, kioskId: 'x', visits: [] }],
      ['visits as text', { protocol: 1, kioskId: 'x', visits: 'all of them' }],
      ['a number as kiosk id', { protocol: 1, kioskId: 7, visits: [] }],
      ['an unknown field', { protocol: 1, kioskId: 'x', visits: [], extra: true }],
      [
        'too many visits',
        { protocol: 1, kioskId: 'x', visits: Array.from({ length: 251 }, () => 0) },
      ],
    ])('answers wrong types (%s) with 400 and stores nothing', async (_name, body) => {
      const before = await tableCounts(db);
      const response = await push(app, a1.token, body);
      expect(response.statusCode).toBe(400);
      expectCleanError(response, 'invalid-request');
      expect(await tableCounts(db)).toEqual(before);
    });

    it('answers an oversized body with 413', async () => {
      const records = Array.from({ length: 200 }, () => visitRecord(a1.id));
      const response = await push(app, a1.token, pushBody(a1.id, records));
      expect(response.statusCode).toBe(413);
      expectCleanError(response, 'body-too-large');
    });

    it('answers a body that is not JSON with 415', async () => {
      const response = await app.inject({
        method: 'POST',
        url: hubPaths.visits,
        headers: { ...bearer(a1.token), 'content-type': 'text/plain' },
        payload: JSON.stringify(pushBody(a1.id, [])),
      });
      expect(response.statusCode).toBe(415);
      expectCleanError(response, 'unsupported-media-type');
    });

    it.each([
      ['no token', {}, 401],
      ['a wrong token', bearer(`rk1_${'A'.repeat(43)}`), 401],
      ['a malformed header', { authorization: 'Basic YWRtaW46YWRtaW4=' }, 401],
    ])('answers %s with %i', async (_name, headers, status) => {
      const response = await app.inject({
        method: 'POST',
        url: hubPaths.visits,
        headers: { ...headers, 'content-type': 'application/json' },
        payload: JSON.stringify(pushBody(a1.id, [visitRecord(a1.id)])),
      });
      expect(response.statusCode).toBe(status);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      expectCleanError(response, 'unauthorized');
    });

    it('checks the token before reading the body', async () => {
      const response = await push(app, `rk1_${'B'.repeat(43)}`, '{"not json');
      expect(response.statusCode).toBe(401);
      expectCleanError(response, 'unauthorized');
    });

    it('answers a disabled kiosk’s token with 403 and stores nothing', async () => {
      const record = visitRecord(disabled.id);
      const response = await push(app, disabled.token, pushBody(disabled.id, [record]));
      expect(response.statusCode).toBe(403);
      expectCleanError(response, 'forbidden');
      expect(await db.query('SELECT id FROM visit_ids WHERE id = $1', [record.visit.id])).toEqual(
        [],
      );
    });

    it('makes the month partition of a batch (PostgreSQL partitions by month)', async () => {
      const record = visitRecord(a1.id, {}, Date.UTC(2026, 6, 15, 9));
      await push(app, a1.token, pushBody(a1.id, [record]));
      const [row] = await db.query<{ partition: string }>(
        'SELECT tableoid::regclass::text AS partition FROM visits WHERE id = $1',
        [record.visit.id],
      );
      expect(row?.partition).toBe('visits_2026_07');
    });
  });

  describe('content', () => {
    const get = (token: string, headers: Record<string, string> = {}) =>
      app.inject({
        method: 'GET',
        url: hubPaths.content,
        headers: { ...bearer(token), ...headers },
      });

    it('answers 204 when nothing is published, then the newest envelope with its ETag', async () => {
      expect((await get(a1.token)).statusCode).toBe(204);
      const publish = async (version: string) => {
        const envelope = JSON.stringify({ format: 'rukn-signed-content', version });
        await db.query(
          `INSERT INTO content_bundles (version, published_at, key_id, envelope, etag, created_at)
           VALUES ($1, $2, 'k', $3, $4, $2)`,
          [version, now, envelope, envelopeEtag(envelope)],
        );
        return envelope;
      };
      await publish('2026.12.02-9');
      const newest = await publish('2026.12.02-10');
      await publish('2026.11.30-1');
      const response = await get(a1.token);
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(newest);
      expect(response.headers.etag).toBe(envelopeEtag(newest));
      expect(response.headers.etag).toMatch(/^"sha256-[A-Za-z0-9_-]+"$/);
      const again = await get(a1.token, { 'if-none-match': String(response.headers.etag) });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      const stale = await get(a1.token, { 'if-none-match': '"sha256-old"' });
      expect(stale.statusCode).toBe(200);
    });

    it('needs a kiosk token', async () => {
      const response = await app.inject({ method: 'GET', url: hubPaths.content });
      expect(response.statusCode).toBe(401);
      expect((await get(disabled.token)).statusCode).toBe(403);
    });

    it('lets the kiosk’s pages call it across origins, and no other page', async () => {
      const preflight = await app.inject({
        method: 'OPTIONS',
        url: hubPaths.content,
        headers: {
          origin: 'rukn://app',
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization, if-none-match',
        },
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe('rukn://app');
      expect(preflight.headers['access-control-allow-headers']).toMatch(/Authorization/);
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
      const fromBrowserBuild = await get(a1.token, { origin: 'http://127.0.0.1:5199' });
      expect(fromBrowserBuild.headers['access-control-allow-origin']).toBe('http://127.0.0.1:5199');
      expect(fromBrowserBuild.headers['access-control-expose-headers']).toMatch(/ETag/);
      const fromElsewhere = await get(a1.token, { origin: 'https://evil.example' });
      expect(fromElsewhere.headers['access-control-allow-origin']).toBeUndefined();
      const reports = await app.inject({
        method: 'OPTIONS',
        url: hubPaths.reports,
        headers: { origin: 'rukn://app', 'access-control-request-method': 'GET' },
      });
      expect(reports.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('reports', () => {
    const report = (headers: Record<string, string>, query: string) =>
      app.inject({ method: 'GET', url: `${hubPaths.reports}?${query}`, headers });
    const period = 'from=2026-12-01&to=2026-12-02';

    it('lets an office’s token read its office and its kiosks only', async () => {
      const token = bearer(await adminToken(db, officeA));
      expect((await report(token, `scope=office&id=${officeA}&${period}`)).statusCode).toBe(200);
      expect((await report(token, `scope=kiosk&id=${a1.id}&${period}`)).statusCode).toBe(200);
      for (const query of [
        `scope=office&id=${officeB}`,
        `scope=kiosk&id=${b1.id}`,
        'scope=hub',
        'scope=office&id=no-such-office',
      ]) {
        const response = await report(token, `${query}&${period}`);
        expect(response.statusCode).toBe(403);
        expectCleanError(response, 'forbidden');
      }
      expect(reportCalls.slice(-2)).toEqual([
        { kind: 'office', officeId: officeA },
        { kind: 'kiosk', kioskId: a1.id },
      ]);
    });

    it('lets a whole-hub token read everything, as JSON or CSV', async () => {
      const token = bearer(await adminToken(db));
      const json = await report(token, `scope=hub&${period}&lang=en`);
      expect(json.statusCode).toBe(200);
      expect(json.json()).toMatchObject({
        scope: { kind: 'hub' },
        period: { from: '2026-12-01', to: '2026-12-02' },
      });
      const csv = await report(token, `scope=office&id=${officeB}&${period}&format=csv`);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toBe(
        'attachment; filename="rukn-report-2026-12-01_2026-12-02.csv"',
      );
      expect(csv.body).toContain('visits,0');
      expect((await report(token, `scope=kiosk&id=nope&${period}`)).statusCode).toBe(404);
    });

    it('refuses kiosk tokens, no token and bad periods', async () => {
      expect(
        (await report(bearer(a1.token), `scope=office&id=${officeA}&${period}`)).statusCode,
      ).toBe(401);
      expect((await report({}, `scope=hub&${period}`)).statusCode).toBe(401);
      const token = bearer(await adminToken(db));
      for (const query of [
        'scope=hub&from=2026-02-30&to=2026-03-01',
        'scope=hub&from=2026-12-02&to=2026-12-01',
        'scope=hub&from=2024-01-01&to=2026-01-01',
        `scope=hub&${period}&format=xml`,
        `scope=planet&${period}`,
      ]) {
        const response = await report(token, query);
        expect(response.statusCode).toBe(400);
        expectCleanError(response, 'invalid-request');
      }
    });

    it('lets a signed-in manager read their office, through the injected session check', async () => {
      const withManager = await createHub({
        db,
        now: () => now,
        hubReport,
        managerOfRequest: async (_db, request) =>
          request.headers.cookie === 'session=a' ? { id: 'm1', officeId: officeA } : undefined,
      });
      const ask = (query: string) =>
        withManager.inject({
          method: 'GET',
          url: `${hubPaths.reports}?${query}&${period}`,
          headers: { cookie: 'session=a' },
        });
      expect((await ask(`scope=office&id=${officeA}`)).statusCode).toBe(200);
      expect((await ask(`scope=office&id=${officeB}`)).statusCode).toBe(403);
      await withManager.close();
    });
  });

  describe('every answer', () => {
    it('lets a kiosk page read the hub’s refusals too (CORS on errors of kiosk routes)', async () => {
      const records = Array.from({ length: 200 }, () => visitRecord(a1.id));
      const response = await app.inject({
        method: 'POST',
        url: hubPaths.visits,
        headers: { ...bearer(a1.token), 'content-type': 'application/json', origin: 'rukn://app' },
        payload: JSON.stringify(pushBody(a1.id, records)),
      });
      expect(response.statusCode).toBe(413);
      expect(response.headers['access-control-allow-origin']).toBe('rukn://app');
      const unauthorized = await app.inject({
        method: 'GET',
        url: hubPaths.content,
        headers: { origin: 'rukn://app' },
      });
      expect(unauthorized.statusCode).toBe(401);
      expect(unauthorized.headers['access-control-allow-origin']).toBe('rukn://app');
    });

    it('logs JSON lines with the request id, never the token', async () => {
      const lines: string[] = [];
      const logged = await createHub({
        db,
        logger: {
          level: 'info',
          stream: { write: (line: string) => lines.push(line) },
          // Even a logger that writes every header keeps the token out.
          serializers: { req: (request: { headers: object }) => ({ headers: request.headers }) },
        },
      });
      const response = await push(logged, a1.token, pushBody(a1.id, []));
      await logged.close();
      const requestId = String(response.headers['x-request-id']);
      const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(entries.some((entry) => entry.reqId === requestId)).toBe(true);
      expect(lines.join('')).not.toContain(a1.token);
      expect(lines.join('')).not.toContain(a1.token.slice(4));
      expect(lines.join('')).toContain('"authorization":"[redacted]"');
    });

    it('carries the security headers and a request id', async () => {
      for (const response of [
        await app.inject({ method: 'GET', url: hubPaths.health }),
        await app.inject({ method: 'GET', url: '/no/such/path' }),
        await push(app, 'nope', {}),
      ]) {
        expect(response.headers).toMatchObject({
          'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
          'x-frame-options': 'DENY',
          'cache-control': 'no-store',
        });
        expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
        expect(response.headers['strict-transport-security']).toBeUndefined();
      }
    });

    it('adds HSTS when the request came over TLS through a trusted proxy', async () => {
      const behindProxy = await createHub({ db, trustProxy: true });
      const response = await behindProxy.inject({
        method: 'GET',
        url: hubPaths.health,
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000');
      await behindProxy.close();
    });

    it('answers a failure inside the hub with 500, a request id and no detail', async () => {
      const failing = await createHub({
        db,
        hubReport: async () => {
          throw new Error('relation "visits" does not exist at SELECT * FROM visits');
        },
      });
      const response = await failing.inject({
        method: 'GET',
        url: `${hubPaths.reports}?scope=hub&from=2026-12-01&to=2026-12-01`,
        headers: bearer(await adminToken(db)),
      });
      expect(response.statusCode).toBe(500);
      expectCleanError(response, 'internal');
      expect(response.body).not.toContain('relation');
      await failing.close();
    });

    it('limits pushes per token (429), apart for each kiosk', async () => {
      const limited = await createHub({
        db,
        now: () => now,
        rateLimits: { push: { max: 2, timeWindow: 60_000 } },
      });
      const body = pushBody(a1.id, []);
      expect((await push(limited, a1.token, body)).statusCode).toBe(200);
      expect((await push(limited, a1.token, body)).statusCode).toBe(200);
      const third = await push(limited, a1.token, body);
      expect(third.statusCode).toBe(429);
      expectCleanError(third, 'rate-limited');
      expect(third.headers['retry-after']).toBeDefined();
      expect((await push(limited, a2.token, pushBody(a2.id, []))).statusCode).toBe(200);
      await limited.close();
    });
  });

  describe('health', () => {
    it('answers 200 while the database answers and 503 once it is gone', async () => {
      const own = await backend.open();
      const healthApp = await createHub({ db: own.db });
      const first = await healthApp.inject({ method: 'GET', url: hubPaths.health });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toEqual({ ok: true });
      await own.db.close();
      const second = await healthApp.inject({ method: 'GET', url: hubPaths.health });
      expect(second.statusCode).toBe(503);
      expect(second.json()).toEqual({ ok: false });
      await healthApp.close();
      await own.drop();
    }, 60_000);
  });
});
