import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveStaticPath, serverPort, startServer } from '../../../scripts/serve';

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
    expect(resolveStaticPath('/index.html%00.png', base)).toBeUndefined();
  });
});

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

async function get(server: Server, urlPath: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`http://127.0.0.1:${serverPort(server)}${urlPath}`);
  return { status: response.status, body: await response.text() };
}

describe('static server: symlinks', () => {
  let dir = '';
  let server: Server;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rukn-serve-links-'));
    const root = path.join(dir, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await mkdir(path.join(dir, 'outside'));
    await writeFile(path.join(root, 'index.html'), '<title>Rukn</title>');
    await writeFile(path.join(root, 'assets', 'app.css'), 'body{}');
    await writeFile(path.join(dir, 'outside', 'secret.css'), 'do not serve');
    await symlink(path.join(dir, 'outside', 'secret.css'), path.join(root, 'assets', 'leak.css'));
    await symlink(path.join(dir, 'outside'), path.join(root, 'escape'));
    await symlink(path.join(root, 'assets', 'app.css'), path.join(root, 'inside.css'));
    await symlink(path.join(root, 'assets'), path.join(root, 'styles'));
    server = await startServer(0, { root });
  });
  afterAll(async () => {
    await close(server);
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a file or folder symlink that leads outside the root', async () => {
    for (const urlPath of ['/assets/leak.css', '/escape/secret.css']) {
      const { status, body } = await get(server, urlPath);
      expect(status, urlPath).toBe(404);
      expect(body, urlPath).not.toContain('do not serve');
    }
  });

  it('serves real files and symlinks that stay inside the root', async () => {
    expect(await get(server, '/')).toEqual({ status: 200, body: '<title>Rukn</title>' });
    for (const urlPath of ['/assets/app.css', '/inside.css', '/styles/app.css']) {
      expect(await get(server, urlPath), urlPath).toEqual({ status: 200, body: 'body{}' });
    }
  });
});

describe('startServer with an office hub', () => {
  it('adds exactly the hub origin given with --hub to connect-src, and nothing without it', async () => {
    const policyOf = async (options: Parameters<typeof startServer>[1]) => {
      const server = await startServer(0, { root: tmpdir(), ...options });
      try {
        const response = await fetch(`http://127.0.0.1:${serverPort(server)}/nothing.txt`);
        return response.headers.get('content-security-policy') ?? '';
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    };
    const connect = (policy: string) =>
      policy.split('; ').find((directive) => directive.startsWith('connect-src'));
    expect(connect(await policyOf({ hubOrigin: 'http://127.0.0.1:4191' }))).toBe(
      "connect-src 'self' http://127.0.0.1:4191",
    );
    expect(connect(await policyOf({ hubOrigin: 'http:' }))).toBe("connect-src 'self'");
    expect(connect(await policyOf({}))).toBe("connect-src 'self'");
  });
});

describe('startServer on a taken port', () => {
  let blocker: Server;
  let takenPort = 0;
  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    takenPort = serverPort(blocker);
  });
  afterAll(() => close(blocker));

  it('says the port is taken and serves on the next free one', async () => {
    const notes: string[] = [];
    const server = await startServer(takenPort, { portTries: 5, log: (note) => notes.push(note) });
    try {
      expect(serverPort(server)).toBeGreaterThan(takenPort);
      expect(serverPort(server)).toBeLessThan(takenPort + 5);
      expect(notes[0]).toBe(
        `Rukn: port ${takenPort} is already in use (another Rukn or another program); ` +
          `trying ${takenPort + 1}.`,
      );
    } finally {
      await close(server);
    }
  });

  it('never moves when asked for one port, and names RUKN_PORT when it gives up', async () => {
    const notes: string[] = [];
    await expect(startServer(takenPort, { log: (note) => notes.push(note) })).rejects.toThrow(
      /port \d+ is in use.*RUKN_PORT=/u,
    );
    expect(notes).toEqual([
      `Rukn: port ${takenPort} is already in use (another Rukn or another program).`,
    ]);
  });
});
