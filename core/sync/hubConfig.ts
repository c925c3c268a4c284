/**
 * What an administrator may type to connect a kiosk to its office hub by hand: the hub's address,
 * the kiosk's token, and the id the hub knows the kiosk by. One check, shared by main (Electron)
 * and the browser bridge, so both refuse the same things. Policy: the address must be a plain
 * http(s) origin (the token is sent there, so nothing about it may be ambiguous) and the token a
 * well-formed kiosk token.
 */
import { err, ok, type Result } from '../result';
import { hasOnlyKeys, isNonEmptyString, isRecord } from '../validation';
import { hubOrigin, isKioskToken } from './provisioning';

/** A hand-typed hub connection, checked. */
export type HubConfigRequest = {
  /** The hub's origin, e.g. `http://192.168.1.20:8440`. */
  readonly hubUrl: string;
  /** `rk1_…`; omitted keeps the stored token (allowed only when the hub stays the same). */
  readonly token?: string;
  /** The hub's id for this kiosk; omitted keeps the stored one. */
  readonly kioskId?: string;
};

/** Longest kiosk id kept (the provisioning file's limit). */
export const maxKioskIdLength = 200;

/** Checks a hand-typed hub connection; the address comes back as its plain origin. */
export function validateHubConfigRequest(
  value: unknown,
): Result<HubConfigRequest, 'invalid-request'> {
  if (!isRecord(value) || !hasOnlyKeys(value, ['hubUrl', 'token', 'kioskId'])) {
    return err('invalid-request', 'expected { hubUrl, token?, kioskId? }');
  }
  const origin = hubOrigin(value.hubUrl);
  if (origin === undefined) return err('invalid-request', 'hubUrl: not a plain http(s) origin');
  const { token, kioskId } = value;
  if (token !== undefined && !isKioskToken(token)) {
    return err('invalid-request', 'token: not a kiosk token');
  }
  if (kioskId !== undefined) {
    if (!isNonEmptyString(kioskId) || kioskId.trim().length > maxKioskIdLength) {
      return err('invalid-request', 'kioskId');
    }
  }
  return ok({
    hubUrl: origin,
    ...(token === undefined ? {} : { token }),
    ...(kioskId === undefined ? {} : { kioskId: (kioskId as string).trim() }),
  });
}
