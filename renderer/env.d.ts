/// <reference types="vite/client" />

/** package.json version, injected at build time. */
declare const __APP_VERSION__: string;

/**
 * The content keys this build trusts (`assets/keys/content-keys.json`, checked by
 * scripts/contentKeys.ts; plus the repository's test key in test builds only), injected at build
 * time. Read it only through renderer/content/trustedKeys.ts.
 */
declare const __CONTENT_KEYS__: readonly { readonly keyId: string; readonly publicKey: string }[];
