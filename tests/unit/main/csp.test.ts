import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../core/csp';

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
    expect(csp.get('connect-src')).toEqual(["'self'", 'http:', 'https:']);
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
