import type { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  appWindowIds,
  buildWindowOptions,
  createMainWindow,
  shouldPreventClose,
} from '../../../main/window';

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  let nextId = 1;
  /** Just enough of a BrowserWindow: events, an id, loadURL and show. */
  class BrowserWindow extends Emitter {
    readonly id = nextId++;
    readonly loadURL = vi.fn(async () => undefined);
    readonly show = vi.fn();
  }
  return { BrowserWindow };
});

describe('buildWindowOptions', () => {
  it('makes a fullscreen kiosk window without devtools in kiosk builds', () => {
    const options = buildWindowOptions({ isKiosk: true, isDevelopment: false }, '/app/preload.js');
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, show: false, title: 'Rukn' });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.js',
      sandbox: true,
      contextIsolation: true,
      devTools: false,
    });
  });

  it('makes a normal window with devtools in development', () => {
    const options = buildWindowOptions({ isKiosk: false, isDevelopment: true }, '/p.js');
    expect(options).toMatchObject({ kiosk: false, fullscreen: false });
    expect(options.webPreferences?.devTools).toBe(true);
    expect(options.webPreferences?.sandbox).toBe(true);
  });
});

describe('shouldPreventClose', () => {
  it('keeps a kiosk window open unless the app is quitting', () => {
    expect(shouldPreventClose({ isKiosk: true, isQuitting: false })).toBe(true);
    expect(shouldPreventClose({ isKiosk: true, isQuitting: true })).toBe(false);
  });

  it('lets a development window close', () => {
    expect(shouldPreventClose({ isKiosk: false, isQuitting: false })).toBe(false);
    expect(shouldPreventClose({ isKiosk: false, isQuitting: true })).toBe(false);
  });
});

describe('createMainWindow', () => {
  const kiosk = {
    isKiosk: true,
    isDevelopment: false,
    entryUrl: 'rukn://app/index.html',
    allowedOrigins: ['rukn://app'],
  };

  function open(mode = kiosk) {
    let isQuitting = false;
    const window = createMainWindow(mode, '/p.js', () => isQuitting) as unknown as EventEmitter & {
      id: number;
      loadURL: ReturnType<typeof vi.fn>;
    };
    return { window, quit: () => (isQuitting = true) };
  }

  function close(window: EventEmitter) {
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    return event.preventDefault.mock.calls.length > 0;
  }

  it('records and loads the window', () => {
    const { window } = open();
    expect(appWindowIds.has(window.id)).toBe(true);
    expect(window.loadURL).toHaveBeenCalledWith('rukn://app/index.html');
    window.emit('closed');
    expect(appWindowIds.has(window.id)).toBe(false);
  });

  it('refuses to close a kiosk window, until the app really quits', () => {
    const { window, quit } = open();
    expect(close(window)).toBe(true);
    quit();
    expect(close(window)).toBe(false);
  });

  it('lets a development window close', () => {
    const { window } = open({ ...kiosk, isKiosk: false, isDevelopment: true });
    expect(close(window)).toBe(false);
  });
});
