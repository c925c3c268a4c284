/**
 * Serves the built kiosk (dist/renderer) on localhost with the same CSP as Electron's rukn://
 * protocol, for `npm start` without an Electron binary and for the end-to-end tests.
 * Usage: tsx scripts/serve.ts [--port 4173]
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { contentSecurityPolicy } from '../core/csp';
import { mimeTypeOf } from '../core/mimeTypes';

const root = path.resolve(__dirname, '..', 'dist', 'renderer');

/** Maps a URL path to a file under root, or undefined when it would escape root. */
export function resolveStaticPath(urlPath: string, base: string = root): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined; // malformed percent-encoding: a 404, never a crash
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolved = path.resolve(base, relative);
  return resolved.startsWith(base + path.sep) ? resolved : undefined;
}

export function startServer(port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer(async (request, response) => {
    const filePath = resolveStaticPath(request.url ?? '/');
    const headers = {
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    };
    try {
      if (!filePath || !(await stat(filePath)).isFile()) throw new Error('not found');
      const body = await readFile(filePath);
      const type = mimeTypeOf(filePath);
      response.writeHead(200, { ...headers, 'Content-Type': type });
      response.end(body);
    } catch {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (require.main === module) {
  const portFlag = process.argv.indexOf('--port');
  const port = portFlag > 0 ? Number(process.argv[portFlag + 1]) : 4173;
  void startServer(port).then(() => console.info(`Rukn served at http://127.0.0.1:${port}/`));
}
