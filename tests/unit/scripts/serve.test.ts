import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../../scripts/serve';

const base = path.resolve('/srv/kiosk');

describe('static server path resolution', () => {
  it('serves files under the built kiosk', () => {
    expect(resolveStaticPath('/', base)).toBe(path.join(base, 'index.html'));
    expect(resolveStaticPath('/assets/app.js?v=1', base)).toBe(path.join(base, 'assets/app.js'));
  });

  it('refuses traversal and malformed encodings instead of crashing', () => {
    expect(resolveStaticPath('/../secret', base)).toBeUndefined();
    expect(resolveStaticPath('/%2e%2e/%2e%2e/etc/passwd', base)).toBeUndefined();
    expect(resolveStaticPath('/%E0%A4%A', base)).toBeUndefined();
  });
});
