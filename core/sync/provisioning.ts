/**
 * The provisioning file `npm run hub -- kiosk add` writes and a kiosk imports: where the office hub
 * is, which kiosk this is, and the kiosk's token. Policy: the token is shown and written once; the
 * hub keeps only its hash, and the kiosk hands it to main (the operating system's keyring), never
 * to the page in the Electron build.
 */
import { err, ok, type Result } from '../result';
import { hasOnlyKeys, isNonEmptyString, isRecord } from '../validation';

export const provisioningFormat = 'rukn-provisioning';

export type Provisioning = {
  readonly format: typeof provisioningFormat;
  readonly formatVersion: 1;
  /** The hub's origin, e.g. `http://192.168.1.20:8440` (no path). */
  readonly hubUrl: string;
  readonly officeId: string;
  /** The id the hub knows this kiosk by; the kiosk records new visits under it. */
  readonly kioskId: string;
  readonly kioskName: string;
  /** The kiosk's secret for the hub's API (`kioskTokenPattern`). */
  readonly token: string;
};

/** A kiosk token: a fixed prefix and 32 random bytes in base64url. */
export const kioskTokenPattern = /^rk1_[A-Za-z0-9_-]{43}$/;

/** True for a well-formed kiosk token. */
export function isKioskToken(value: unknown): value is string {
  return typeof value === 'string' && kioskTokenPattern.test(value);
}

/**
 * The origin of a hub address, or undefined when it is not a plain http(s) origin: no user name,
 * password, path, query or fragment (a hub address is where the token is sent, so nothing about it
 * may be ambiguous).
 */
export function hubOrigin(address: unknown): string | undefined {
  if (typeof address !== 'string' || address.length > 200) return undefined;
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
    return undefined;
  }
  return url.origin;
}

const keys = ['format', 'formatVersion', 'hubUrl', 'officeId', 'kioskId', 'kioskName', 'token'];
const isShortId = (value: unknown): value is string =>
  isNonEmptyString(value) && value.length <= 200;

/** Checks a parsed provisioning file; the hub address comes back as its plain origin. */
export function validateProvisioning(value: unknown): Result<Provisioning, 'invalid-provisioning'> {
  if (!isRecord(value) || !hasOnlyKeys(value, keys)) {
    return err('invalid-provisioning', 'not a provisioning file');
  }
  if (value.format !== provisioningFormat || value.formatVersion !== 1) {
    return err('invalid-provisioning', 'format');
  }
  const origin = hubOrigin(value.hubUrl);
  if (origin === undefined) return err('invalid-provisioning', 'hubUrl');
  if (!isShortId(value.officeId)) return err('invalid-provisioning', 'officeId');
  if (!isShortId(value.kioskId)) return err('invalid-provisioning', 'kioskId');
  if (!isShortId(value.kioskName)) return err('invalid-provisioning', 'kioskName');
  if (!isKioskToken(value.token)) return err('invalid-provisioning', 'token');
  return ok({ ...(value as Provisioning), hubUrl: origin });
}
