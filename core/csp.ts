/**
 * The kiosk's Content Security Policy, sent on every response by main's `rukn://` protocol handler
 * and by the web static server. Policy: only the app's own code, styles and fonts run; nothing
 * inline, no eval; the network is reachable only through `fetch` (the office hub's address is
 * configured at run time, so its origin cannot be listed here); no plugins, frames, forms or
 * `<base>` tricks.
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // data: for small inlined images (QR codes are drawn as data URLs).
  "img-src 'self' data:",
  "font-src 'self'",
  // The hub may be http on an office LAN; its address is a setting, not known at build time.
  "connect-src 'self' http: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
] as const;

/** The CSP header value: strict, with no `unsafe-inline` and no `unsafe-eval`. */
export const contentSecurityPolicy: string = directives.join('; ');
