/**
 * The kiosk's Content Security Policy, sent on every response by main's `rukn://` protocol handler
 * and by the web static server. Policy: only the app's own code, styles and fonts run; nothing
 * inline, no eval; the page may connect only to its own origin (and, in the browser build, the
 * office hub's); no plugins, frames, forms or `<base>` tricks.
 *
 * In Electron `connect-src` stays `'self'`: main makes the hub requests, since a page on the secure
 * `rukn://` scheme could not reach a plain-http hub (mixed content). The browser build's server
 * (scripts/serve.ts) builds the policy with `buildContentSecurityPolicy(hubOrigin)` from its
 * `--hub` flag: exactly that one origin is added to `connect-src`, never a scheme (`http:`) or a
 * wildcard, and an address that is not a plain http(s) origin adds nothing.
 */

/** A host name or IP address: letters, digits, dots and hyphens, or a bracketed IPv6 address. */
const hostPattern = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/u;

/**
 * The origin of a hub address (`https://hub.office.local:8443`), or null unless it is a plain
 * http or https address with no user, password, query or fragment (pure).
 */
export function hubOriginOf(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    return null;
  }
  if (url.pathname !== '/' || !hostPattern.test(url.hostname)) return null;
  return url.origin;
}

function directives(hubOrigin: string | null): readonly string[] {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // data: for small inlined images (QR codes are drawn as data URLs).
    "img-src 'self' data:",
    "font-src 'self'",
    hubOrigin === null ? "connect-src 'self'" : `connect-src 'self' ${hubOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ];
}

/**
 * The CSP header value: strict, with no `unsafe-inline` and no `unsafe-eval`. With a hub address,
 * its origin (and only that) may be connected to as well; an invalid address is ignored.
 */
export function buildContentSecurityPolicy(hubAddress?: string): string {
  const hubOrigin = hubAddress === undefined ? null : hubOriginOf(hubAddress);
  return directives(hubOrigin).join('; ');
}

/** Today's policy: no hub yet, so the page connects to its own origin only. */
export const contentSecurityPolicy: string = buildContentSecurityPolicy();
