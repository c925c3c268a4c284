/**
 * The secrets domain of the IPC contract: the key that seals citizens' callback details at rest
 * (core/help/types.ts `SealedBox`). Main keeps it in userData encrypted by the operating system
 * (Electron `safeStorage`) and hands it only to the app's own top frame; the renderer imports it
 * as a non-extractable AES-GCM key and drops the bytes (renderer/secrets/keyring.ts). Pure.
 */
import type { BridgeErrorCode, BridgeResult } from './errors';

export type CallbackKey = {
  /** Base64 of 32 random bytes: an AES-256-GCM key. */
  readonly key: string;
};

/**
 * The secrets calls of `window.kiosk`. `getCallbackKey` answers `unsupported` where the operating
 * system cannot protect the key (and in a plain browser), and `key-unreadable` when the stored key
 * can no longer be decrypted (another user or machine); it never answers with a key kept in plain.
 */
export type SecretsBridge = {
  readonly getCallbackKey: () => Promise<BridgeResult<CallbackKey>>;
};

/** Main's side: takes no argument, so there is nothing to validate. */
export type SecretsHandlers = SecretsBridge;

export const secretsChannels = {
  getCallbackKey: 'secret:get-callback-key',
} as const satisfies Record<keyof SecretsBridge, string>;

export const secretsFailureCodes = {
  getCallbackKey: 'key-unreadable',
} as const satisfies Record<keyof SecretsBridge, BridgeErrorCode>;

/** Bytes in a callback key. */
export const callbackKeyBytes = 32;
