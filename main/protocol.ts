/**
 * Serves the renderer from `rukn://app/` instead of file://. Policy: only files inside the built
 * renderer folder are readable (no traversal, no encoded escapes, and no symlink whose real path
 * leads out of the folder's real path); extension-less paths are SPA routes and get index.html;
 * every response carries the CSP and `nosniff`. The CSP's `connect-src` is `'self'` only: the page
 * never reaches the network, main makes the office hub requests (main/ipc/sync.ts), since a page on
 * this secure scheme could not reach a plain-http hub on the LAN (mixed content).
 */
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { contentSecurityPolicy } from '../core/csp';
import { mimeTypeOf } from '../core/mimeTypes';
import { appScheme } from './config';

/** The host part of every app URL: `rukn://app/...`. */
const appHost = 'app';

/**
 * Registers the app scheme as standard (relative URLs, a real origin for IndexedDB), secure (like
 * https, so secure-context APIs work) and fetch-capable. Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Where a request resolves to: a file under the root, or a refusal. */
export type ResolvedRequest =
  | { readonly kind: 'file'; readonly filePath: string }
  | { readonly kind: 'forbidden'; readonly reason: string };

/**
 * Maps a `rukn://app/...` URL to a file inside `rootDir` (pure; `rootDir` must be absolute).
 * Refuses other schemes or hosts, encoded separators, NUL bytes and anything that would resolve
 * outside the root. Paths without an extension are client-side routes, answered with index.html.
 */
export function resolveAppRequest(requestUrl: string, rootDir: string): ResolvedRequest {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'forbidden', reason: 'unparseable URL' };
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) {
    return { kind: 'forbidden', reason: 'not the app origin' };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'forbidden', reason: 'malformed percent-encoding' };
  }
  // A decoded backslash or NUL could be read as a separator or terminator by the file system.
  if (pathname.includes('\\') || pathname.includes('\0')) {
    return { kind: 'forbidden', reason: 'forbidden character' };
  }
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) {
    return { kind: 'forbidden', reason: 'dot segment' };
  }
  const relative = segments.join('/');
  const isRoute = relative === '' || path.posix.extname(relative) === '';
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, isRoute ? 'index.html' : relative);
  // Belt and braces: whatever the checks above missed, the result must stay under the root.
  if (!filePath.startsWith(root + path.sep)) {
    return { kind: 'forbidden', reason: 'outside the root' };
  }
  return { kind: 'file', filePath };
}

/** The Content-Type for a file name; unknown types are opaque bytes (and `nosniff` keeps them so). */
export function mimeTypeFor(filePath: string): string {
  return mimeTypeOf(filePath);
}

/**
 * Headers sent with every app response, including errors. `policy` is the CSP: by default the one
 * without a hub; `setupAppProtocol` passes the one naming the configured hub's origin.
 */
export function responseHeaders(
  contentType: string,
  policy: string = contentSecurityPolicy,
): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    // Files change only with an app update; never serve a stale renderer after one.
    'Cache-Control': 'no-cache',
  };
}

/** True when `realPath` is `realRoot` itself or inside it (both already real paths; pure). */
export function isInsideRealRoot(realPath: string, realRoot: string): boolean {
  return realPath === realRoot || realPath.startsWith(realRoot + path.sep);
}

/** The real path of the root, or null when it does not exist (then every request is a 404). */
export function realRootOf(rootDir: string): Promise<string | null> {
  return realpath(path.resolve(rootDir)).catch(() => null);
}

function forbidden(policy: string): Response {
  return new Response('Forbidden', {
    status: 403,
    headers: responseHeaders('text/plain; charset=utf-8', policy),
  });
}

function notFound(policy: string): Response {
  return new Response('Not found', {
    status: 404,
    headers: responseHeaders('text/plain; charset=utf-8', policy),
  });
}

/**
 * Answers one request: reads the resolved file, or a plain-text 403/404 (never a stack trace). A
 * file whose real path is outside `realRoot` (a symlink out of the renderer folder) is a 403.
 * `realRoot` is the root's real path, resolved once by `setupAppProtocol`.
 */
export async function handleAppRequest(
  requestUrl: string,
  rootDir: string,
  realRoot: Promise<string | null> = realRootOf(rootDir),
  policy: string = contentSecurityPolicy,
): Promise<Response> {
  const resolved = resolveAppRequest(requestUrl, rootDir);
  if (resolved.kind === 'forbidden') return forbidden(policy);
  const root = await realRoot;
  if (root === null) return notFound(policy);
  let realPath: string;
  try {
    realPath = await realpath(resolved.filePath);
  } catch {
    return notFound(policy);
  }
  if (!isInsideRealRoot(realPath, root)) return forbidden(policy);
  try {
    const body = await readFile(realPath);
    return new Response(body, {
      status: 200,
      headers: responseHeaders(mimeTypeFor(resolved.filePath), policy),
    });
  } catch {
    return notFound(policy);
  }
}

/** Serves `rukn://app/` from the built renderer folder. Call once the app is ready. */
export function setupAppProtocol(rendererRoot: string): void {
  const realRoot = realRootOf(rendererRoot);
  protocol.handle(appScheme, (request) => handleAppRequest(request.url, rendererRoot, realRoot));
}
