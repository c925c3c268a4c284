/** The app domain of the IPC contract: what the renderer may learn about the running app. */
import type { BridgeErrorCode, BridgeResult } from './errors';

export type AppInfo = {
  /** Semantic version from package.json. */
  readonly version: string;
  /** `electron` inside the Electron shell, `web` in a plain browser. */
  readonly shell: 'electron' | 'web';
  /** True when running as a locked-down kiosk (fullscreen, shortcuts blocked). */
  readonly isKiosk: boolean;
  /** `process.platform` in Electron, `web` in a browser. */
  readonly platform: string;
};

/** The app calls of `window.kiosk`. */
export type AppBridge = {
  readonly getAppInfo: () => Promise<BridgeResult<AppInfo>>;
};

/** Main's side: takes no argument, so there is nothing to validate. */
export type AppHandlers = AppBridge;

/** IPC channel names, `domain:verb-noun`. */
export const appChannels = {
  getAppInfo: 'app:get-info',
} as const satisfies Record<keyof AppBridge, string>;

/** The code reported if a handler throws despite returning errors as values. */
export const appFailureCodes = {
  getAppInfo: 'unsupported',
} as const satisfies Record<keyof AppBridge, BridgeErrorCode>;
