import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barLengths, columnRects } from '../../core/report/chartModel';
import { openHubDatabase, type HubDatabase } from '../../hub/db/database';
import { barList, columnChart } from '../../hub/dashboard/charts';
import { html } from '../../hub/dashboard/html';
import { translator } from '../../hub/dashboard/i18n';
import { ar } from '../../hub/dashboard/locales/ar';
import { en } from '../../hub/dashboard/locales/en';
import {
  addManager,
  checkPassword,
  hashPassword,
  verifyManager,
} from '../../hub/dashboard/managers';
import { isSameOriginPost, parseCookies, SignInThrottle } from '../../hub/dashboard/session';
import { addOffice } from './reportsSeed';

describe('html', () => {
  it('escapes every value put in, and passes only its own markup through', () => {
    const name = `<img src=x onerror="alert('x')">&`;
    const out = html`<p title="${name}">${name}${html`<b>${name}</b>`}${[name, 1]}</p>`.text;
    expect(out).not.toContain('<img');
    expect(out).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;">' +
        '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;' +
        '<b>&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;</b>' +
        '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;1</p>',
    );
  });
});

describe('locales', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const messages of [ar, en]) {
      for (const [key, value] of Object.entries(messages)) {
        const texts: string[] = typeof value === 'string' ? [value] : Object.values(value);
        for (const text of texts) expect(text.trim(), key).not.toBe('');
      }
    }
  });

  it('uses the six Arabic plural forms', () => {
    const tr = translator('ar');
    expect([0, 1, 2, 3, 11, 100].map((count) => tr.plural('visitCount', count))).toEqual([
      'لا زيارات',
      'زيارة واحدة',
      'زيارتان',
      '3 زيارات',
      '11 زيارة',
      '100 زيارة',
    ]);
    expect(translator('en').plural('visitCount', 1)).toBe('1 visit');
    expect(translator('en').plural('visitCount', 1200)).toBe('1,200 visits');
  });

  it('writes dates in Saudi time with the Umm al-Qura date', () => {
    // 21:30 UTC on 21 November is 00:30 on 22 November in Riyadh.
    const when = translator('en').instant(Date.UTC(2026, 10, 21, 21, 30));
    expect(when.gregorian).toContain('22 November 2026');
    expect(when.gregorian).toContain('00:30');
    expect(when.hijri).toMatch(/1448/);
    expect(translator('ar').duration(272)).toBe('4 دقائق و32 ثانية');
  });
});

describe('managers', () => {
  let db: HubDatabase;
  beforeAll(async () => {
    db = await openHubDatabase({});
    await addOffice(db, 'office-a', 'Office A');
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });

  it('stores scrypt hashes with their parameters and a random salt', async () => {
    const first = await hashPassword('the same password');
    const second = await hashPassword('the same password');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(first).not.toBe(second);
    expect(await checkPassword('the same password', first)).toBe(true);
    expect(await checkPassword('the same passwore', first)).toBe(false);
    expect(await checkPassword('anything', 'plain text')).toBe(false);
  });

  it('refuses short passwords, unknown offices and taken names', async () => {
    const short = await addManager(db, { name: 'sara', officeId: null, password: 'elevenchars' });
    expect(short.ok ? undefined : short.error.code).toBe('password-too-short');
    const office = await addManager(db, {
      name: 'sara',
      officeId: 'nope',
      password: 'twelve chars',
    });
    expect(office.ok ? undefined : office.error.code).toBe('unknown-office');
    const added = await addManager(db, {
      name: 'sara',
      officeId: 'office-a',
      password: 'twelve chars',
    });
    expect(added.ok).toBe(true);
    const again = await addManager(db, { name: 'sara', officeId: null, password: 'twelve chars!' });
    expect(again.ok ? undefined : again.error.code).toBe('name-taken');
    const [row] = await db.query<{ password_hash: string }>('SELECT password_hash FROM managers');
    expect(row?.password_hash).not.toContain('twelve');
  });

  it('verifies a name and password, and says nothing about which was wrong', async () => {
    await addManager(db, { name: 'omar', officeId: null, password: 'omar password 1' });
    expect(await verifyManager(db, 'omar', 'omar password 1')).toMatchObject({
      name: 'omar',
      officeId: null,
    });
    expect(await verifyManager(db, 'omar', 'omar password 2')).toBeUndefined();
    expect(await verifyManager(db, 'omer', 'omar password 1')).toBeUndefined();
  });
});

describe('session helpers', () => {
  it('parses a Cookie header', () => {
    expect(parseCookies('a=1; rukn_hub_session=abc; b="q%20r"; a=2')).toEqual({
      a: '1',
      rukn_hub_session: 'abc',
      b: 'q r',
    });
    expect(parseCookies(undefined)).toEqual({});
  });

  it('accepts only same-origin POSTs', () => {
    const request = (headers: Record<string, string>) => ({
      headers: { host: 'hub.test', ...headers },
      protocol: 'http',
      host: 'hub.test',
    });
    expect(isSameOriginPost(request({ origin: 'http://hub.test' }))).toBe(true);
    expect(isSameOriginPost(request({ 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(isSameOriginPost(request({}))).toBe(false);
    expect(isSameOriginPost(request({ origin: 'null' }))).toBe(false);
    expect(isSameOriginPost(request({ origin: 'https://hub.test' }))).toBe(false);
    expect(
      isSameOriginPost(request({ origin: 'http://hub.test', 'sec-fetch-site': 'same-site' })),
    ).toBe(false);
  });

  it('throttles a name and address after five failures for a minute', () => {
    const throttle = new SignInThrottle();
    for (let failure = 0; failure < 4; failure += 1) throttle.fail('Alia', '10.0.0.1', 0);
    expect(throttle.waitMs('alia', '10.0.0.1', 0)).toBe(0);
    throttle.fail('alia', '10.0.0.1', 1000);
    expect(throttle.waitMs('alia', '10.0.0.1', 1000)).toBe(60_000);
    expect(throttle.waitMs('alia', '10.0.0.2', 1000)).toBe(0);
    expect(throttle.waitMs('alia', '10.0.0.1', 61_000)).toBe(0);
    throttle.succeed('alia', '10.0.0.1');
    expect(throttle.waitMs('alia', '10.0.0.1', 1000)).toBe(0);
  });
});

describe('charts', () => {
  it('draws the same bars as the kiosk, from core/report/chartModel', () => {
    const values = [3, 0, 12, 1];
    const columns = columnChart({
      columns: values.map((value, index) => ({ key: String(index), name: `<${index}>`, value })),
      headers: ['Hour', 'Visits'],
      format: String,
      caption: 'caption',
    }).text.replace(/\s+/g, ' ');
    for (const rect of columnRects(values)) {
      expect(columns).toContain(
        `x="${rect.x}" y="${rect.y}" width="${rect.width}" height="${rect.height}"`,
      );
    }
    expect(columns).toContain('&lt;2&gt;');
    const bars = barList(
      values.map((value, index) => ({ key: String(index), label: String(index), value })),
      String,
    ).text.replace(/\s+/g, ' ');
    for (const length of barLengths(values)) {
      expect(bars).toContain(`<rect class="chart-bar" width="${length}" height="10">`);
    }
  });
});
