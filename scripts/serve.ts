/**
 * Serves the built kiosk (dist/renderer) on localhost with the same CSP as Electron's rukn://
 * protocol, for `npm start` without an Electron binary, the screenshots and the end-to-end tests.
 * Policy: only files whose real path (symlinks resolved) is inside the real path of the root are
 * served; anything else is a 404, never a crash or a stack trace.
 * The browser build has no main process to set the CSP from the configured hub, so the office hub
 * the page may connect to is named when the server starts: `--hub ORIGIN` (or `RUKN_HUB`) adds
 * exactly that origin to `connect-src`, as main does in Electron; an address that is not a plain
 * http(s) origin adds nothing.
 * Usage: tsx scripts/serve.ts [--port 4173] [--hub http://127.0.0.1:8440]
 */
import { createServer, type Server } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { buildContentSecurityPolicy } from '../core/csp';
import { mimeTypeOf } from '../core/mimeTypes';

const defaultRoot = path.resolve(__dirname, '..', 'dist', 'renderer');

/** Maps a URL path to a file under root, or undefined when it would escape root. */
export function resolveStaticPath(urlPath: string, base: string = defaultRoot): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined; // malformed percent-encoding: a 404, never a crash
  }
  if (decoded.includes('\0')) return undefined;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolved = path.resolve(base, relative);
  return resolved.startsWith(base + path.sep) ? resolved : undefined;
}

/** True when `realPath` is `realRoot` itself or inside it (both already real paths; pure). */
export function isInsideRealRoot(realPath: string, realRoot: string): boolean {
  return realPath === realRoot || realPath.startsWith(realRoot + path.sep);
}

/**
 * The real path of a resolved file when it is a regular file inside the real root; undefined when
 * it is missing, not a file, or a symlink (itself or a folder on the way) leading out of the root.
 */
export async function resolveRealFile(
  filePath: string,
  realRoot: string,
): Promise<string | undefined> {
  try {
    const real = await realpath(filePath);
    if (!isInsideRealRoot(real, realRoot)) return undefined;
    return (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

export type ServeOptions = {
  readonly host?: string;
  /** The folder to serve; dist/renderer by default. */
  readonly root?: string;
  /**
   * How many ports to try, from `port` upwards, when one is taken (1: only `port`). `npm start`
   * tries a few; the end-to-end tests wait on one fixed port, so they never move.
   */
  readonly portTries?: number;
  /** Where the "port taken" notes go. */
  readonly log?: (message: string) => void;
  /** The office hub's origin the page may connect to (added to the CSP's `connect-src`). */
  readonly hubOrigin?: string;
};

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

function isPortTaken(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
}

/** The port a listening server is on. */
export function serverPort(server: Server): number {
  return (server.address() as AddressInfo).port;
}

/**
 * Serves the kiosk on `port`, or on the next free one of `portTries`, saying which port was taken.
 * Rejects with a message that names `RUKN_PORT` when every port tried is taken.
 */
export async function startServer(port: number, options: ServeOptions = {}): Promise<Server> {
  const { host = '127.0.0.1', root = defaultRoot, portTries = 1, log = console.info } = options;
  const policy = buildContentSecurityPolicy(options.hubOrigin);
  const base = path.resolve(root);
  // The root's real path, resolved once: served files are compared with it.
  const realRoot = realpath(base).catch(() => null);
  const server = createServer(async (request, response) => {
    const headers = {
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    };
    const filePath = resolveStaticPath(request.url ?? '/', base);
    const real = await realRoot;
    const servedPath =
      filePath === undefined || real === null ? undefined : await resolveRealFile(filePath, real);
    try {
      if (servedPath === undefined) throw new Error('not found');
      const body = await readFile(servedPath);
      response.writeHead(200, { ...headers, 'Content-Type': mimeTypeOf(servedPath) });
      response.end(body);
    } catch {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('not found');
    }
  });
  for (let attempt = 0; attempt < portTries; attempt += 1) {
    const candidate = port + attempt;
    try {
      await listen(server, candidate, host);
      return server;
    } catch (error) {
      if (!isPortTaken(error)) throw error;
      const next = attempt + 1 < portTries ? `; trying ${candidate + 1}` : '';
      log(`Rukn: port ${candidate} is already in use (another Rukn or another program)${next}.`);
    }
  }
  const last = port + portTries - 1;
  const tried = portTries === 1 ? `port ${port} is` : `ports ${port}-${last} are all`;
  throw new Error(
    `${tried} in use. Stop the program using it, or choose another port: RUKN_PORT=5000 npm start`,
  );
}

/** The value after `--name` on the command line, if any. */
function flagValue(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index > 0 ? argv[index + 1] : undefined;
}

if (require.main === module) {
  const port = Number(flagValue(process.argv, '--port') ?? 4173);
  const hubOrigin = flagValue(process.argv, '--hub') ?? process.env.RUKN_HUB;
  startServer(port, hubOrigin === undefined ? {} : { hubOrigin }).then(
    (server) => console.info(`Rukn served at http://127.0.0.1:${serverPort(server)}/`),
    (error: unknown) => {
      console.error(`Rukn: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
