/**
 * The kiosk's two requests to its office hub, made by whoever holds the token: Electron's main
 * (with `net.fetch`), the browser build's bridge, and the Node scripts (global fetch). Policy: the
 * caller names only which request (push a batch, or fetch the latest content) with its body or
 * ETag, checked by `validateHubRequest`; the URL is always the configured hub's origin and a fixed
 * path (`hubPaths.visits`, POST as JSON; `hubPaths.content`, GET with `If-None-Match`), the token
 * goes only in `Authorization`, redirects are refused (the token never follows one), and it is never
 * in the answer. The whole exchange, headers and body, is abandoned after `timeoutMs` (`timeout`);
 * an answer longer than `maxAnswerBytes` is not read further (`too-large`). Answers a Result and
 * never throws. Pure: fetch is injected.
 */
import { err, ok, type Result } from '../result';
import { isRecord } from '../validation';
import { hubPaths, maxBodyBytes } from './wire';

/**
 * One of the two requests the kiosk makes to its hub: POST a push batch (`PushRequest` as JSON) to
 * `hubPaths.visits`, or GET `hubPaths.content` (with `If-None-Match` when `etag` is given).
 */
export type HubRequest =
  | {
      readonly kind: 'push';
      /** The `PushRequest` as JSON text. */
      readonly body: string;
    }
  | {
      readonly kind: 'content';
      /** The ETag of the bundle the kiosk has, sent as `If-None-Match`. */
      readonly etag?: string;
    };

/** The hub's answer, as read, whatever its status (the caller tells them apart). */
export type HubAnswer = {
  /** The HTTP status. */
  readonly status: number;
  /** The `ETag` header, when the hub sent one. */
  readonly etag?: string;
  /** The body as text (at most `maxHubAnswerBytes`). */
  readonly body: string;
};

/** Why a hub request got no answer. */
export const hubExchangeErrorCodes = [
  /** The request is not one of the two (`validateHubRequest`). */
  'invalid-request',
  /** No hub, or no readable token, is configured. */
  'not-configured',
  /** No connection (offline, refused, reset, DNS), or a redirect. */
  'network',
  /** No complete answer within the timeout. */
  'timeout',
  /** The answer is longer than the limit; it is not read further. */
  'too-large',
] as const;

export type HubExchangeErrorCode = (typeof hubExchangeErrorCodes)[number];

/** Longest wait for the hub's whole answer: a push batch is about a megabyte at most. */
export const hubRequestTimeoutMs = 30_000;
/** Longest answer read: a signed content bundle is well under this. */
export const maxHubAnswerBytes = 16 * 1024 * 1024;
/** Longest ETag sent as `If-None-Match`. */
export const maxEtagLength = 256;

/** An ETag as sent in `If-None-Match`: short, printable ASCII (no CR, LF or other controls). */
const etagPattern = new RegExp(`^[\\x20-\\x7e]{1,${maxEtagLength}}$`);

const utf8 = new TextEncoder();

/**
 * Checks a hub request: exactly `{kind: 'push', body}` with a body of at most `maxBodyBytes` (the
 * hub's own limit) in UTF-8, or `{kind: 'content', etag?}` with a short printable ETag. Anything
 * else, or any other key, is refused.
 */
export function validateHubRequest(value: unknown): Result<HubRequest, 'invalid-request'> {
  if (!isRecord(value)) return err('invalid-request', 'a hub request is an object');
  const keys = Object.keys(value);
  if (value.kind === 'push') {
    if (keys.some((key) => key !== 'kind' && key !== 'body')) {
      return err('invalid-request', 'a push has only kind and body');
    }
    const { body } = value;
    if (typeof body !== 'string') return err('invalid-request', 'a push body is text');
    if (body.length > maxBodyBytes || utf8.encode(body).byteLength > maxBodyBytes) {
      return err('invalid-request', `a push body is at most ${maxBodyBytes} bytes`);
    }
    return ok({ kind: 'push', body });
  }
  if (value.kind === 'content') {
    if (keys.some((key) => key !== 'kind' && key !== 'etag')) {
      return err('invalid-request', 'a content request has only kind and etag');
    }
    const { etag } = value;
    if (etag === undefined) return ok({ kind: 'content' });
    if (typeof etag !== 'string' || !etagPattern.test(etag)) {
      return err('invalid-request', 'an ETag is short printable text');
    }
    return ok({ kind: 'content', etag });
  }
  return err('invalid-request', 'a hub request is a push or a content request');
}

/** What the exchange passes to fetch: always these fields, nothing from the caller but the body. */
export type HubFetchInit = {
  readonly method: 'GET' | 'POST';
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly signal: AbortSignal;
  readonly redirect: 'error';
  readonly cache: 'no-store';
  readonly credentials: 'omit';
};

/** The answer the exchange reads: status, headers and a byte stream. */
export type HubFetchResponse = {
  readonly status: number;
  readonly headers: { get: (name: string) => string | null };
  readonly body: ReadableStream<Uint8Array> | null;
};

/** Electron's `net.fetch`, the browser's or Node's global fetch. */
export type HubFetch = (url: string, init: HubFetchInit) => Promise<HubFetchResponse>;

/** Where the request goes and with which token: undefined fields mean not configured. */
export type HubTarget = {
  /** The hub's origin, e.g. `http://192.168.1.20:8440` (never a path). */
  readonly hubUrl?: string;
  readonly token?: string;
};

export type HubExchangeOptions = {
  readonly fetch: HubFetch;
  readonly timeoutMs?: number;
  readonly maxAnswerBytes?: number;
};

/** Reads a body up to `limit` bytes; cancels the stream past it. */
export async function readBodyWithin(
  response: HubFetchResponse,
  limit: number,
): Promise<Result<string, 'too-large'>> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    return err('too-large', `the hub's answer declares ${declared} bytes`);
  }
  if (response.body === null) return ok('');
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return err('too-large', `the hub's answer is longer than ${limit} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return ok(new TextDecoder().decode(bytes));
}

/**
 * Makes one hub request (already validated) to the target's origin with its token, and answers
 * the hub's answer. Never throws.
 */
export async function exchangeWithHub(
  request: HubRequest,
  target: HubTarget,
  {
    fetch,
    timeoutMs = hubRequestTimeoutMs,
    maxAnswerBytes = maxHubAnswerBytes,
  }: HubExchangeOptions,
): Promise<Result<HubAnswer, HubExchangeErrorCode>> {
  const { hubUrl, token } = target;
  if (hubUrl === undefined || token === undefined) {
    return err('not-configured', 'no hub or no token is configured');
  }
  const authorization = { authorization: `Bearer ${token}` };
  const url = `${hubUrl}${request.kind === 'push' ? hubPaths.visits : hubPaths.content}`;
  const controller = new AbortController();
  const common = {
    signal: controller.signal,
    redirect: 'error',
    cache: 'no-store',
    credentials: 'omit',
  } as const;
  const init: HubFetchInit =
    request.kind === 'push'
      ? {
          ...common,
          method: 'POST',
          headers: { ...authorization, 'content-type': 'application/json' },
          body: request.body,
        }
      : {
          ...common,
          method: 'GET',
          headers: {
            ...authorization,
            ...(request.etag === undefined ? {} : { 'if-none-match': request.etag }),
          },
        };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<Result<HubAnswer, HubExchangeErrorCode>>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(err('timeout', `no answer in ${timeoutMs} ms`));
    }, timeoutMs);
  });
  const exchange = async (): Promise<Result<HubAnswer, HubExchangeErrorCode>> => {
    try {
      const response = await fetch(url, init);
      const body = await readBodyWithin(response, maxAnswerBytes);
      if (!body.ok) return body;
      const etag = response.headers.get('etag') ?? undefined;
      return ok({
        status: response.status,
        body: body.value,
        ...(etag === undefined ? {} : { etag }),
      });
    } catch (error) {
      return controller.signal.aborted
        ? err('timeout', `no answer in ${timeoutMs} ms`)
        : err('network', error instanceof Error ? error.message : String(error));
    }
  };
  try {
    return await Promise.race([exchange(), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
