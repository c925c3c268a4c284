/**
 * How the kiosk talks to its office hub over HTTP: push a batch of visits, fetch the latest signed
 * content bundle. Policy: every call answers a Result and never throws; a call with no answer
 * within `timeoutMs` is aborted and counts as `timeout`; the hub's answer to a push is used only
 * after `validatePushResponse` passes it (a malformed answer is `invalid-response`, so nothing is
 * marked sent). Runs in the browser, in Electron's renderer and in Node (fetch is injected; no DOM).
 */
import { err, ok, type Result } from '../../core/result';
import {
  hubPaths,
  validatePushResponse,
  type PushRequest,
  type PushResponse,
} from '../../core/sync/wire';
import type { SyncErrorCode } from '../db/syncTypes';

/** Why a call to the hub failed; each has a `staff.sync.errors.<code>` translation. */
export type HubErrorCode = Exclude<SyncErrorCode, 'storage'>;

/** The answer to a content request. */
export type ContentFetch =
  | { readonly kind: 'not-modified' }
  /** The hub has no bundle published. */
  | { readonly kind: 'none' }
  /** The signed envelope's text, unverified, and its ETag (if the hub sent one). */
  | { readonly kind: 'bundle'; readonly etag?: string; readonly text: string };

export type HubTransport = {
  /** The hub's origin, e.g. `http://192.168.1.20:8440`. */
  readonly hubUrl: string;
  readonly push: (request: PushRequest) => Promise<Result<PushResponse, HubErrorCode>>;
  /** GET the latest signed bundle; `etag` is sent as `If-None-Match`. */
  readonly fetchContent: (etag?: string) => Promise<Result<ContentFetch, HubErrorCode>>;
};

/** The part of `fetch` the transport uses (global fetch in browsers and Node 20). */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type HubTransportDeps = {
  readonly hubUrl: string;
  /**
   * Headers for every request: `{ authorization: 'Bearer …' }` in a browser; `{}` in Electron,
   * where main adds the header and the token never reaches the page.
   */
  readonly headers: () => Promise<Record<string, string>>;
  readonly fetch: FetchLike;
  /** Longest wait for an answer (headers and body). */
  readonly timeoutMs?: number;
};

/** Default wait for the hub: a batch is at most about a megabyte. */
export const defaultHubTimeoutMs = 30_000;

function statusError(status: number): HubErrorCode {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server-error';
  return 'bad-request';
}

type Exchange = { readonly status: number; readonly etag?: string; readonly body: string };

/** Creates the transport for one hub. */
export function createHubTransport({
  hubUrl,
  headers,
  fetch,
  timeoutMs = defaultHubTimeoutMs,
}: HubTransportDeps): HubTransport {
  const exchange = async (
    path: string,
    init: { method: 'GET' | 'POST'; body?: string; extra?: Record<string, string> },
  ): Promise<Result<Exchange, HubErrorCode>> => {
    const controller = new AbortController();
    let isTimedOut = false;
    const timer = setTimeout(() => {
      isTimedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const response = await fetch(`${hubUrl}${path}`, {
        method: init.method,
        headers: {
          ...(await headers()),
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...init.extra,
        },
        ...(init.body === undefined ? {} : { body: init.body }),
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'omit',
      });
      const body = await response.text();
      const etag = response.headers.get('etag') ?? undefined;
      return ok({ status: response.status, body, ...(etag === undefined ? {} : { etag }) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return isTimedOut ? err('timeout', `no answer in ${timeoutMs} ms`) : err('network', message);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    hubUrl,
    async push(request) {
      const answer = await exchange(hubPaths.visits, {
        method: 'POST',
        body: JSON.stringify(request),
      });
      if (!answer.ok) return answer;
      const { status, body } = answer.value;
      if (status < 200 || status > 299) return err(statusError(status), `HTTP ${status}`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return err('invalid-response', 'the answer is not JSON');
      }
      const response = validatePushResponse(parsed);
      return response.ok ? response : err('invalid-response', response.error.message);
    },
    async fetchContent(etag) {
      const answer = await exchange(hubPaths.content, {
        method: 'GET',
        ...(etag === undefined ? {} : { extra: { 'if-none-match': etag } }),
      });
      if (!answer.ok) return answer;
      const { status, body } = answer.value;
      if (status === 304) return ok({ kind: 'not-modified' });
      if (status === 404 || status === 204) return ok({ kind: 'none' });
      if (status < 200 || status > 299) return err(statusError(status), `HTTP ${status}`);
      return ok({
        kind: 'bundle',
        text: body,
        ...(answer.value.etag === undefined ? {} : { etag: answer.value.etag }),
      });
    },
  };
}
