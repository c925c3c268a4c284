/**
 * How the hub answers a failure. Policy: every error body is `{ error: { code, message,
 * requestId } }` with a stable code and a plain message; a stack, an SQL error or a library's own
 * message never reaches a client (server errors are logged with the request id and answered with a
 * generic message the operator can find in the log by that id).
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/** The stable error codes of the API (clients branch on these, never on messages). */
export const apiErrorCodes = [
  'invalid-request',
  'malformed-json',
  'unsupported-media-type',
  'body-too-large',
  'unauthorized',
  'forbidden',
  'not-found',
  'method-not-allowed',
  'rate-limited',
  'unavailable',
  'internal',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** An error body. */
export type ApiErrorBody = {
  readonly error: {
    readonly code: ApiErrorCode;
    readonly message: string;
    readonly requestId: string;
  };
};

/** Sends an error answer. */
export function sendError(
  reply: FastifyReply,
  status: number,
  code: ApiErrorCode,
  message: string,
): FastifyReply {
  const body: ApiErrorBody = { error: { code, message, requestId: String(reply.request.id) } };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** What a framework error (body parsing, limits) becomes; anything else is a 500. */
const knownErrors: Readonly<Record<string, readonly [number, ApiErrorCode, string]>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body-too-large', 'the request body is too large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type', 'send application/json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid-request', 'content length does not match'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'malformed-json', 'the request body is empty'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'malformed-json', 'the request body is not valid JSON'],
  FST_ERR_CTP_INVALID_TYPE: [400, 'invalid-request', 'content type is not valid'],
};

/** The hub's error handler: known client errors by code, everything else logged and generic. */
export function handleError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const known = error.code === undefined ? undefined : knownErrors[error.code];
  if (known !== undefined) return sendError(reply, known[0], known[1], known[2]);
  const status = error.statusCode ?? 500;
  if (status === 429) return sendError(reply, 429, 'rate-limited', 'too many requests; try later');
  if (error instanceof SyntaxError || (status === 400 && error.code === undefined)) {
    return sendError(reply, 400, 'malformed-json', 'the request body is not valid JSON');
  }
  if (status >= 400 && status < 500) {
    return sendError(reply, status, 'invalid-request', 'the request is not valid');
  }
  // Only what names the failure: a database error carries its query and parameters (visits'
  // contents), which do not belong in a log.
  request.log.error(
    { err: { type: error.name, code: error.code, message: error.message } },
    'request failed',
  );
  return sendError(reply, 500, 'internal', 'the hub could not answer; the request id is logged');
}
