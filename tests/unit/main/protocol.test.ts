import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../core/csp';
import {
  handleAppRequest,
  mimeTypeFor,
  registerAppScheme,
  resolveAppRequest,
  setupAppProtocol,
} from '../../../main/protocol';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

const root = path.resolve('/srv/rukn/dist/renderer');

describe('resolveAppRequest', () => {
  it('maps app URLs to files under the root', () => {
    expect(resolveAppRequest('rukn://app/index.html', root)).toEqual({
      kind: 'file',
      filePath: path.join(root, 'index.html'),
    });
    expect(resolveAppRequest('rukn://app/assets/index-abc.js?v=1', root)).toEqual({
      kind: 'file',
      filePath: path.join(root, 'assets', 'index-abc.js'),
    });
  });

  it('answers extension-less routes with index.html (SPA)', () => {
    for (const url of ['rukn://app/', 'rukn://app', 'rukn://app/faq', 'rukn://app/guide/step']) {
      expect(resolveAppRequest(url, root), url).toEqual({
        kind: 'file',
        filePath: path.join(root, 'index.html'),
      });
    }
  });

  it('refuses encoded separators, NUL and malformed escapes that survive URL parsing', () => {
    for (const url of [
      'rukn://app/..%2f..%2fsecret.txt',
      'rukn://app/assets/..%2F..%2F..%2Fsecret.txt',
      'rukn://app/..%5c..%5csecret.txt',
      'rukn://app/assets%5c..%5c..%5csecret.txt',
      'rukn://app/index.html%00.png',
      'rukn://app/%E0%A4%A.js',
    ]) {
      expect(resolveAppRequest(url, root).kind, url).toBe('forbidden');
    }
  });

  it('never resolves outside the root, whatever the URL parser normalised', () => {
    // The URL parser itself folds `..` and `%2e%2e` segments at the root; the guard must hold anyway.
    for (const url of [
      'rukn://app/../../etc/passwd.txt',
      'rukn://app/%2e%2e/%2e%2e/etc/passwd.txt',
      'rukn://app/assets/%2E%2E/%2E%2E/%2E%2E/secret.txt',
      'rukn://app/./../secret.txt',
    ]) {
      const resolved = resolveAppRequest(url, root);
      if (resolved.kind === 'file') {
        expect(resolved.filePath.startsWith(root + path.sep), url).toBe(true);
      }
    }
  });

  it('refuses other schemes and hosts', () => {
    expect(resolveAppRequest('rukn://other/index.html', root).kind).toBe('forbidden');
    expect(resolveAppRequest('file:///etc/passwd', root).kind).toBe('forbidden');
    expect(resolveAppRequest('https://app/index.html', root).kind).toBe('forbidden');
  });
});

describe('mimeTypeFor', () => {
  it('knows the renderer file types and falls back to opaque bytes', () => {
    expect(mimeTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a/font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a/thing.exe')).toBe('application/octet-stream');
  });
});

describe('handleAppRequest', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rukn-protocol-'));
    await mkdir(path.join(dir, 'renderer', 'assets'), { recursive: true });
    await writeFile(path.join(dir, 'renderer', 'index.html'), '<title>Rukn</title>');
    await writeFile(path.join(dir, 'renderer', 'assets', 'app.css'), 'body{}');
    await writeFile(path.join(dir, 'secret.txt'), 'do not serve');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('serves files with their type, the CSP and nosniff', async () => {
    const response = await handleAppRequest(
      'rukn://app/assets/app.css',
      path.join(dir, 'renderer'),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('body{}');
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves index.html for routes', async () => {
    const response = await handleAppRequest('rukn://app/help', path.join(dir, 'renderer'));
    expect(await response.text()).toBe('<title>Rukn</title>');
  });

  it('answers 403 to traversal and 404 to missing files, both with the CSP', async () => {
    const folded = await handleAppRequest(
      'rukn://app/%2e%2e/secret.txt',
      path.join(dir, 'renderer'),
    );
    expect(folded.status).toBe(404);
    expect(await folded.text()).not.toContain('do not serve');
    const root = path.join(dir, 'renderer');
    const forbidden = await handleAppRequest('rukn://app/..%2fsecret.txt', root);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).not.toContain('do not serve');
    expect(forbidden.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    const missing = await handleAppRequest('rukn://app/missing.js', root);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });
});

describe('handleAppRequest: symlinks', () => {
  let dir = '';
  let root = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rukn-protocol-links-'));
    root = path.join(dir, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await mkdir(path.join(dir, 'outside'));
    await writeFile(path.join(root, 'index.html'), '<title>Rukn</title>');
    await writeFile(path.join(root, 'assets', 'app.css'), 'body{}');
    await writeFile(path.join(dir, 'outside', 'secret.css'), 'do not serve');
    // A file link and a folder link leading out of the root, and a link that stays inside.
    await symlink(path.join(dir, 'outside', 'secret.css'), path.join(root, 'assets', 'leak.css'));
    await symlink(path.join(dir, 'outside'), path.join(root, 'escape'));
    await symlink(path.join(root, 'assets', 'app.css'), path.join(root, 'inside.css'));
    await symlink(path.join(root, 'assets'), path.join(root, 'styles'));
    await symlink(path.join(dir, 'outside', 'gone.css'), path.join(root, 'dangling.css'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses a file or folder symlink that leads outside the root', async () => {
    for (const url of ['rukn://app/assets/leak.css', 'rukn://app/escape/secret.css']) {
      const response = await handleAppRequest(url, root);
      expect(response.status, url).toBe(403);
      expect(await response.text(), url).not.toContain('do not serve');
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    }
  });

  it('serves a symlink that stays inside the root', async () => {
    for (const url of ['rukn://app/inside.css', 'rukn://app/styles/app.css']) {
      const response = await handleAppRequest(url, root);
      expect(response.status, url).toBe(200);
      expect(await response.text(), url).toBe('body{}');
    }
  });

  it('answers 404 to a dangling link', async () => {
    expect((await handleAppRequest('rukn://app/dangling.css', root)).status).toBe(404);
  });

  it('compares real paths: a root reached through a symlink still serves its own files', async () => {
    const linkedRoot = path.join(dir, 'linked-renderer');
    await symlink(root, linkedRoot);
    const inside = await handleAppRequest('rukn://app/assets/app.css', linkedRoot);
    expect(inside.status).toBe(200);
    const leak = await handleAppRequest('rukn://app/assets/leak.css', linkedRoot);
    expect(leak.status).toBe(403);
  });
});

describe('registration', () => {
  it('registers rukn as a standard, secure, fetch-capable scheme', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'rukn', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles the rukn scheme from the given root', async () => {
    setupAppProtocol('/nowhere');
    expect(electron.protocol.handle).toHaveBeenCalledWith('rukn', expect.any(Function));
    const handler = electron.protocol.handle.mock.calls[0]?.[1] as (
      r: Request,
    ) => Promise<Response>;
    const response = await handler(new Request('https://example.com/'));
    expect(response.status).toBe(403);
  });
});
