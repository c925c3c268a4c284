import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, contentSecurityPolicy, hubOriginOf } from '../../../core/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const csp = directives(contentSecurityPolicy);

  it('allows only the app for scripts, styles and fonts', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('font-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('shuts plugins, base, forms and framing', () => {
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(csp.get(name), name).toEqual(["'none'"]);
    }
  });

  it('never allows inline code or eval', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-|\*/);
  });
});

describe('buildContentSecurityPolicy with a hub', () => {
  it('adds exactly the configured hub origin to connect-src, and changes nothing else', () => {
    const withHub = directives(buildContentSecurityPolicy('https://hub.office.local:8443/'));
    expect(withHub.get('connect-src')).toEqual(["'self'", 'https://hub.office.local:8443']);
    const lan = directives(buildContentSecurityPolicy('http://192.168.1.20:8080'));
    expect(lan.get('connect-src')).toEqual(["'self'", 'http://192.168.1.20:8080']);
    for (const [name, values] of directives(contentSecurityPolicy)) {
      if (name !== 'connect-src') expect(withHub.get(name), name).toEqual(values);
    }
  });

  it("is today's policy without a hub", () => {
    expect(buildContentSecurityPolicy()).toBe(contentSecurityPolicy);
  });

  it('adds nothing for an address that is not a plain http(s) origin', () => {
    for (const address of [
      '',
      'hub.office.local',
      'ftp://hub.office.local',
      'javascript:alert(1)',
      'data:text/plain,x',
      'https://user:secret@hub.office.local',
      'https://hub.office.local/api',
      'https://hub.office.local/?q=1',
      'https://hub.office.local/#x',
      "https://hub.office.local; script-src 'unsafe-inline'",
      'https://*.office.local',
      'http:',
    ]) {
      expect(hubOriginOf(address), address).toBeNull();
      expect(buildContentSecurityPolicy(address), address).toBe(contentSecurityPolicy);
    }
  });
});
