/**
 * Who is calling a kiosk route. Policy: a missing or unknown token is 401 (with a Bearer
 * challenge), a disabled kiosk's token is 403; the token itself is never logged or echoed.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isKioskToken } from '../../core/sync/provisioning';
import type { Queryable } from '../db/database';
import { bearerToken } from '../auth/tokens';
import { kioskByToken, type KioskIdentity } from '../kiosks/store';
import { sendError } from './errors';

/**
 * The calling kiosk, or undefined after an error answer has been sent (the handler then returns
 * the reply as it is).
 */
export async function authenticateKiosk(
  db: Queryable,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<KioskIdentity | undefined> {
  const token = bearerToken(request.headers.authorization);
  const kiosk =
    token !== undefined && isKioskToken(token) ? await kioskByToken(db, token) : undefined;
  if (kiosk === undefined) {
    reply.header('www-authenticate', 'Bearer realm="rukn-hub"');
    sendError(reply, 401, 'unauthorized', 'a valid kiosk token is needed');
    return undefined;
  }
  if (kiosk.isDisabled) {
    sendError(reply, 403, 'forbidden', 'this kiosk is disabled at the hub');
    return undefined;
  }
  return kiosk;
}
