import { createHash } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHubDatabase, type HubDatabase } from '../../hub/db/database';
import { addManager } from '../../hub/dashboard/managers';
import { dashboard } from '../../hub/dashboard/plugin';
import { hubReport } from '../../hub/reports/index';
import { addKiosk, addOffice, plainVisit, storeVisits } from './reportsSeed';

const host = 'hub.office.test';
const origin = `http://${host}`;
const day = '2026-11-22';
const start = Date.parse('2026-11-22T10:00:00+03:00');
const password = 'a long enough password';

let db: HubDatabase;
let app: FastifyInstance;
let now: number;

// One database for the file (opening PGlite and hashing three passwords takes seconds); each
// test gets a fresh dashboard (so a fresh sign-in throttle) and no sessions.
beforeAll(async () => {
  db = await openHubDatabase({});
  await addOffice(db, 'office-a', 'Office A');
  await addOffice(db, 'office-b', 'Office B');
  await addKiosk(db, {
    id: 'kiosk-a',
    officeId: 'office-a',
    name: 'Hall kiosk',
    lastContactAt: start,
  });
  await addKiosk(db, {
    id: 'kiosk-b',
    officeId: 'office-b',
    name: 'Market kiosk',
    lastContactAt: start,
  });
  await storeVisits(
    db,
    { id: 'kiosk-a', officeId: 'office-a' },
    [plainVisit('va1', start - 3_600_000), plainVisit('va2', start - 1_800_000)],
    [],
  );
  await storeVisits(
    db,
    { id: 'kiosk-b', officeId: 'office-b' },
    [plainVisit('vb1', start - 3_600_000)],
    [],
  );
  for (const [name, officeId] of [
    ['alia', 'office-a'],
    ['badr', 'office-b'],
    ['hub.admin', null],
  ] as const) {
    const added = await addManager(db, { name, officeId, password });
    if (!added.ok) throw new Error(added.error.message);
  }
}, 120_000);

afterAll(async () => {
  await db.close();
});

beforeEach(async () => {
  now = start;
  await db.query('DELETE FROM manager_sessions');
  app = Fastify({ logger: false, trustProxy: true });
  await app.register(dashboard, { db, now: () => now });
  await app.ready();
});

afterEach(async () => {
  await app.close();
});

function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

async function signIn(name: string, secret = password, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: '/sign-in',
    headers: {
      host,
      origin,
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
    },
    payload: form({ name, password: secret }),
  });
}

function sessionOf(response: Awaited<ReturnType<typeof signIn>>): string {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const session = cookies.find((cookie) => cookie.startsWith('rukn_hub_session='));
  if (!session) throw new Error('no session cookie');
  return session.split(';')[0] ?? '';
}

async function get(url: string, cookie?: string) {
  return app.inject({ method: 'GET', url, headers: { host, ...(cookie ? { cookie } : {}) } });
}

describe('sign-in', () => {
  it('shows the sign-in form in Arabic, right to left, under a strict CSP', async () => {
    const response = await get('/');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<html lang="ar" dir="rtl">');
    expect(response.body).toContain('تسجيل الدخول');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.body).not.toMatch(/<script|style=/);
  });

  it('signs in with the right password: an HttpOnly, SameSite=Strict cookie whose value is not stored', async () => {
    const response = await signIn('alia');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/dashboard');
    const header = ([] as string[]).concat(response.headers['set-cookie'] ?? []).join('\n');
    expect(header).toMatch(
      /rukn_hub_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/; Max-Age=28800/,
    );
    expect(header).not.toContain('Secure');
    const token = sessionOf(response).split('=')[1] ?? '';
    const stored = await db.query<{ token_hash: string }>(
      'SELECT token_hash FROM manager_sessions',
    );
    expect(stored).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
    const page = await get('/dashboard', sessionOf(response));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Hall kiosk');
  });

  it('marks the cookie Secure when the request came over TLS', async () => {
    const response = await signIn('alia', password, {
      'x-forwarded-proto': 'https',
      origin: `https://${host}`,
    });
    expect(response.statusCode).toBe(303);
    expect(([] as string[]).concat(response.headers['set-cookie'] ?? []).join('\n')).toMatch(
      /rukn_hub_session=[^;]+;.*; Secure/,
    );
  });

  it('answers a wrong password and an unknown name with the same words', async () => {
    const wrong = await signIn('alia', 'not the password at all');
    const unknown = await signIn('nobody', password);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const message = 'الاسم أو كلمة المرور غير صحيحة';
    expect(wrong.body).toContain(message);
    expect(unknown.body).toContain(message);
    expect(wrong.headers['set-cookie'] ?? '').not.toContain('rukn_hub_session');
  });

  it('makes a name wait a minute after five failures, even with the right password', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await signIn('alia', 'wrong password here')).statusCode).toBe(401);
    }
    const blocked = await signIn('alia');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe('60');
    now += 60_001;
    expect((await signIn('alia')).statusCode).toBe(303);
  });

  it('refuses a POST from another site or without an origin', async () => {
    expect((await signIn('alia', password, { origin: 'https://evil.example' })).statusCode).toBe(
      403,
    );
    expect((await signIn('alia', password, { 'sec-fetch-site': 'cross-site' })).statusCode).toBe(
      403,
    );
    const bare = await app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { host, 'content-type': 'application/x-www-form-urlencoded' },
      payload: form({ name: 'alia', password }),
    });
    expect(bare.statusCode).toBe(403);
  });
});

describe('sessions', () => {
  it('sends a visitor without a session to the sign-in page', async () => {
    const response = await get('/dashboard');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/');
  });

  it('ends a session after 8 hours', async () => {
    const cookie = sessionOf(await signIn('alia'));
    now += 8 * 3_600_000 - 1;
    expect((await get('/dashboard', cookie)).statusCode).toBe(200);
    now += 2;
    const expired = await get('/dashboard', cookie);
    expect(expired.statusCode).toBe(303);
    expect(expired.headers.location).toBe('/?notice=session-ended');
  });

  it('signs out: the session is deleted and the cookie cleared', async () => {
    const cookie = sessionOf(await signIn('alia'));
    const response = await app.inject({
      method: 'POST',
      url: '/sign-out',
      headers: { host, origin, cookie },
    });
    expect(response.statusCode).toBe(303);
    expect(([] as string[]).concat(response.headers['set-cookie'] ?? []).join('\n')).toContain(
      'rukn_hub_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0',
    );
    expect(await db.query('SELECT * FROM manager_sessions')).toEqual([]);
    expect((await get('/dashboard', cookie)).statusCode).toBe(303);
  });
});

describe('what a manager sees', () => {
  it('shows an office manager only their office kiosks and reports', async () => {
    const cookie = sessionOf(await signIn('alia'));
    const kiosks = await get('/dashboard', cookie);
    expect(kiosks.body).toContain('Hall kiosk');
    expect(kiosks.body).not.toContain('Market kiosk');
    const report = await get(`/dashboard/report?date=${day}`, cookie);
    expect(report.statusCode).toBe(200);
    expect(report.body).not.toContain('Market kiosk');
    for (const url of [
      `/dashboard/report?date=${day}&kiosk=kiosk-b`,
      `/dashboard/report/summary.csv?date=${day}&kiosk=kiosk-b`,
      `/dashboard/report/visits.csv?date=${day}&kiosk=kiosk-b`,
      `/dashboard/report/print?date=${day}&kiosk=kiosk-b`,
      `/dashboard/report/report.pdf?date=${day}&kiosk=kiosk-b`,
      `/dashboard/report?date=${day}&kiosk=no-such-kiosk`,
    ]) {
      const refused = await get(url, cookie);
      expect(refused.statusCode, url).toBe(404);
      expect(refused.body).not.toContain('Market kiosk');
    }
  });

  it('shows a manager of the whole hub every office', async () => {
    const cookie = sessionOf(await signIn('hub.admin'));
    const kiosks = await get('/dashboard', cookie);
    expect(kiosks.body).toContain('Hall kiosk');
    expect(kiosks.body).toContain('Market kiosk');
    expect((await get(`/dashboard/report?date=${day}&kiosk=kiosk-b`, cookie)).statusCode).toBe(200);
  });

  it('escapes a kiosk name that holds markup', async () => {
    await addKiosk(db, {
      id: 'kiosk-x',
      officeId: 'office-a',
      name: '<script>alert("x")</script>',
    });
    const cookie = sessionOf(await signIn('alia'));
    for (const url of [
      '/dashboard',
      `/dashboard/report?date=${day}`,
      `/dashboard/report?date=${day}&kiosk=kiosk-x`,
    ]) {
      const body = (await get(url, cookie)).body;
      expect(body, url).not.toContain('<script>');
      expect(body, url).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    }
  });

  it('downloads the report as CSV files with a byte-order mark, as attachments', async () => {
    const cookie = sessionOf(await signIn('alia'));
    const expected = await hubReport(
      db,
      { kind: 'office', officeId: 'office-a' },
      { from: day, to: day },
      now,
      'ar',
    );
    const summary = await get(`/dashboard/report/summary.csv?period=day&date=${day}`, cookie);
    expect(summary.statusCode).toBe(200);
    expect(summary.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(summary.headers['content-disposition']).toBe(
      `attachment; filename="rukn-report-${day}.csv"`,
    );
    expect(summary.body.startsWith('\uFEFF')).toBe(true);
    expect(summary.body).toBe(expected.summaryCsv);
    const visits = await get(
      `/dashboard/report/visits.csv?period=week&date=${day}&lang=en`,
      cookie,
    );
    expect(visits.headers['content-disposition']).toBe(
      'attachment; filename="rukn-visits-2026-11-16_2026-11-22.csv"',
    );
    expect(visits.body.split('\r\n').filter((line) => line !== '')).toHaveLength(3);
    expect(visits.body).toContain('Started');
  });

  it('makes the report as a PDF file in the manager’s language', async () => {
    const cookie = sessionOf(await signIn('alia'));
    const arabic = await app.inject({
      method: 'GET',
      url: `/dashboard/report/report.pdf?period=day&date=${day}&kiosk=kiosk-a`,
      headers: { host, cookie },
    });
    expect(arabic.statusCode).toBe(200);
    expect(arabic.headers['content-type']).toBe('application/pdf');
    expect(arabic.headers['content-disposition']).toBe(
      `attachment; filename="rukn-report-${day}-kiosk-a.pdf"`,
    );
    expect(arabic.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(arabic.rawPayload.toString('latin1')).toContain('/Lang (ar-SA)');
    const english = await app.inject({
      method: 'GET',
      url: `/dashboard/report/report.pdf?period=week&date=${day}&lang=en`,
      headers: { host, cookie },
    });
    expect(english.headers['content-disposition']).toBe(
      'attachment; filename="rukn-report-2026-11-16_2026-11-22.pdf"',
    );
    expect(english.rawPayload.toString('latin1')).toContain('/Lang (en-GB)');
    const signedOut = await get(`/dashboard/report/report.pdf?date=${day}`);
    expect(signedOut.statusCode).toBe(303);
  });

  it('shows the day report figures and switches to English', async () => {
    const cookie = sessionOf(await signIn('alia'));
    const arabic = await get(`/dashboard/report?date=${day}`, cookie);
    expect(arabic.body).toMatch(
      /<dt class="figures__label">الزيارات<\/dt>\s*<dd class="figures__value"><bdi>2<\/bdi>/,
    );
    const english = await get(`/dashboard/report?date=${day}&lang=en`, cookie);
    expect(english.body).toContain('<html lang="en" dir="ltr">');
    expect(english.headers['set-cookie']).toContain('rukn_hub_lang=en');
    expect(english.body).toMatch(
      /<dt class="figures__label">Visits<\/dt>\s*<dd class="figures__value"><bdi>2<\/bdi>/,
    );
  });

  it('lists published content versions, newest first', async () => {
    for (const [version, at] of [
      ['2026.11.01-1', 1],
      ['2026.11.18-2', 2],
      ['2026.11.02-1', 3],
    ] as const) {
      await db.query(
        `INSERT INTO content_bundles (version, published_at, key_id, envelope, etag, created_at) VALUES ($1, $2, 'key-1', '{}', $1, $2)`,
        [version, at],
      );
    }
    const cookie = sessionOf(await signIn('alia'));
    const body = (await get('/dashboard/content?lang=en', cookie)).body;
    const order = ['2026.11.18-2', '2026.11.02-1', '2026.11.01-1'].map((version) =>
      body.indexOf(version),
    );
    expect(order.every((index) => index > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(body).toContain('Kiosks receive this version');
  });
});
