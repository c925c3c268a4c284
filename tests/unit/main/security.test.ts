import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  buildWebPreferences,
  hardenWebContents,
  isAllowedNavigation,
  isPermissionGranted,
  setupSessionSecurity,
} from '../../../main/security';

const appOrigins = ['rukn://app'] as const;

describe('buildWebPreferences', () => {
  it('locks the renderer down in every build', () => {
    for (const isDevelopment of [true, false]) {
      const prefs = buildWebPreferences({ preloadPath: '/app/preload.js', isDevelopment });
      expect(prefs).toMatchObject({
        preload: '/app/preload.js',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        spellcheck: false,
        navigateOnDragDrop: false,
        disableBlinkFeatures: 'Auxclick',
      });
    }
  });

  it('allows devtools only in development', () => {
    expect(buildWebPreferences({ preloadPath: '/p', isDevelopment: true }).devTools).toBe(true);
    expect(buildWebPreferences({ preloadPath: '/p', isDevelopment: false }).devTools).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('allows the app origin', () => {
    expect(isAllowedNavigation('rukn://app/index.html', appOrigins)).toBe(true);
    expect(isAllowedNavigation('rukn://app/faq?q=1#top', appOrigins)).toBe(true);
  });

  it('denies every other origin, including look-alikes', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'file:///etc/passwd',
      'rukn://evil/index.html',
      'rukn://app.evil.com/',
      'javascript:alert(1)',
      'about:blank',
      'data:text/html,<p>x</p>',
      'not a url',
    ]) {
      expect(isAllowedNavigation(url, appOrigins), url).toBe(false);
    }
  });

  it('allows the dev server only when it is listed', () => {
    const withDev = ['rukn://app', 'http://localhost:5173'];
    expect(isAllowedNavigation('http://localhost:5173/guide', withDev)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', withDev)).toBe(false);
  });
});

describe('isPermissionGranted', () => {
  it('grants only allowlisted permissions to the app itself', () => {
    expect(isPermissionGranted('fullscreen', 'rukn://app/index.html', appOrigins)).toBe(true);
    expect(isPermissionGranted('fullscreen', 'rukn://app', appOrigins)).toBe(true);
  });

  it('denies everything else', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid']) {
      expect(isPermissionGranted(permission, 'rukn://app/', appOrigins), permission).toBe(false);
    }
    expect(isPermissionGranted('fullscreen', 'https://example.com/', appOrigins)).toBe(false);
  });
});

type Handler = (...args: unknown[]) => unknown;

function fakeSession() {
  const emitter = new EventEmitter();
  const handlers: Record<string, Handler> = {};
  const session = Object.assign(emitter, {
    setPermissionRequestHandler: (handler: Handler) => (handlers['request'] = handler),
    setPermissionCheckHandler: (handler: Handler) => (handlers['check'] = handler),
    setDevicePermissionHandler: (handler: Handler) => (handlers['device'] = handler),
  });
  return { session, handlers };
}

describe('setupSessionSecurity', () => {
  it('wires the permission policy into the request and check handlers', () => {
    const { session, handlers } = fakeSession();
    setupSessionSecurity(session as never, appOrigins);
    const callback = vi.fn();
    handlers['request']?.(null, 'media', callback, { requestingUrl: 'rukn://app/' });
    handlers['request']?.(null, 'fullscreen', callback, { requestingUrl: 'rukn://app/' });
    expect(callback.mock.calls).toEqual([[false], [true]]);
    expect(handlers['check']?.(null, 'geolocation', 'rukn://app')).toBe(false);
    expect(handlers['check']?.(null, 'fullscreen', 'rukn://app')).toBe(true);
    expect(handlers['device']?.({})).toBe(false);
  });

  it('cancels downloads', () => {
    const { session } = fakeSession();
    setupSessionSecurity(session as never, appOrigins);
    const event = { preventDefault: vi.fn() };
    session.emit('will-download', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('hardenWebContents', () => {
  function harden() {
    const contents = Object.assign(new EventEmitter(), {
      openHandler: undefined as Handler | undefined,
      setWindowOpenHandler(handler: Handler) {
        this.openHandler = handler;
      },
    });
    hardenWebContents(contents as never, appOrigins);
    return contents;
  }

  it('prevents navigation and redirects away from the app, and allows them inside it', () => {
    const contents = harden();
    for (const eventName of ['will-navigate', 'will-redirect']) {
      const away = { preventDefault: vi.fn() };
      contents.emit(eventName, away, 'https://example.com/');
      expect(away.preventDefault, eventName).toHaveBeenCalledOnce();
      const inside = { preventDefault: vi.fn() };
      contents.emit(eventName, inside, 'rukn://app/faq');
      expect(inside.preventDefault, eventName).not.toHaveBeenCalled();
    }
    const frame = { url: 'https://example.com/', preventDefault: vi.fn() };
    contents.emit('will-frame-navigate', frame);
    expect(frame.preventDefault).toHaveBeenCalledOnce();
  });

  it('denies every new window and webview', () => {
    const contents = harden();
    expect(contents.openHandler?.({ url: 'rukn://app/index.html' })).toEqual({ action: 'deny' });
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalledOnce();
  });
});
