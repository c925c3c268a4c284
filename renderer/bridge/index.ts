/**
 * The one way the renderer reaches the machine: Electron's preload bridge when it exists,
 * otherwise the web implementation of the same contract.
 */
import type { KioskBridge } from '../../main/contract';
import { createWebBridge } from './webBridge';

declare global {
  // Declaration merging with the DOM type needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** Exposed by the preload in Electron; absent in a plain browser. */
    readonly kiosk?: KioskBridge;
  }
}

/** The bridge for this window: the preload's `window.kiosk`, or the web implementation. */
export function getBridge(win: Window = window): KioskBridge {
  return win.kiosk ?? createWebBridge(win.document);
}
