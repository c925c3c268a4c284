/**
 * The public keys this kiosk trusts for content from the office hub. Policy: only keys built into
 * the app (assets/keys/content-keys.json, checked at build by scripts/contentKeys.ts); nothing the
 * hub, a setting or the disk says can add one, so a kiosk believes only what an office that built
 * it signed.
 */
import type { ContentPublicKey } from '../../core/content/signedBundle';

/** The build's trusted keys; none where the build defined none (unit tests, scripts). */
export const trustedContentKeys: readonly ContentPublicKey[] =
  typeof __CONTENT_KEYS__ === 'undefined' ? [] : __CONTENT_KEYS__;
