/**
 * How the kiosk talks to its office hub: push a batch of visits, fetch the latest signed content
 * bundle. Policy: the page never reaches the hub itself; each call goes through one injected
 * request function (the bridge's `hubRequest`: main makes the request in Electron, where a page on
 * the secure `rukn://` scheme could not reach a plain-http hub), which knows only these two
 * requests and holds the token. Every call answers a Result and never throws; no answer within the
 * request function's timeout is `timeout`; the hub's answer to a push is used only after
 * `validatePushResponse` passes it (a malformed answer is `invalid-response`, so nothing is marked
 * sent). Runs in the browser, in Electron's renderer and in Node (no DOM).
 */
import { err, ok, type Result } from '../../core/result';
import type { HubAnswer, HubRequest } from '../../core/sync/hubExchange';
import { validatePushResponse, type PushRequest, type PushResponse } from '../../core/sync/wire';
import type { HubRequestErrorCode, HubRequestResult } from '../../main/contract';
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

/**
 * Makes one of the two hub requests and answers the hub's answer: `window.kiosk.hubRequest` (main
 * makes it in Electron; the browser bridge itself), or `createFetchHubRequest` in Node scripts.
 */
export type HubRequestFunction = (request: HubRequest) => Promise<HubRequestResult>;

export type HubTransportDeps = {
  /** The hub's origin, as configured (for display; the request function knows where to go). */
  readonly hubUrl: string;
  readonly request: HubRequestFunction;
};

function statusError(status: number): HubErrorCode {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server-error';
  return 'bad-request';
}

/**
 * A request that got no answer, as the sync client counts it: an answer too long to read is not a
 * valid answer; no hub or token configured (it was cleared meanwhile, or the token no longer
 * decrypts) waits like a refused token; a request refused before it left is one the hub would
 * never take; anything else (a bridge that failed) counts as no connection.
 */
function requestError(code: HubRequestErrorCode): HubErrorCode {
  switch (code) {
    case 'timeout':
      return 'timeout';
    case 'too-large':
      return 'invalid-response';
    case 'not-configured':
      return 'unauthorized';
    case 'invalid-request':
      return 'bad-request';
    default:
      return 'network';
  }
}

/** Sends one request; a failure becomes the client's code. */
async function send(
  request: HubRequestFunction,
  hubRequest: HubRequest,
): Promise<Result<HubAnswer, HubErrorCode>> {
  try {
    const answer = await request(hubRequest);
    return answer.ok ? answer : err(requestError(answer.error.code), answer.error.message);
  } catch (error) {
    return err('network', error instanceof Error ? error.message : String(error));
  }
}

/** Creates the transport for one hub. */
export function createHubTransport({ hubUrl, request }: HubTransportDeps): HubTransport {
  return {
    hubUrl,
    async push(pushRequest) {
      const answer = await send(request, { kind: 'push', body: JSON.stringify(pushRequest) });
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
      const answer = await send(request, {
        kind: 'content',
        ...(etag === undefined ? {} : { etag }),
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
