import { describe, expect, it, vi } from 'vitest';
import { buildWindowOptions } from '../../../main/window';

vi.mock('electron', () => ({ BrowserWindow: vi.fn() }));

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
