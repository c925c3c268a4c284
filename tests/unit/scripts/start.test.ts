import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumArgs, defaultPort, parseScreenSize, portFromEnv } from '../../../scripts/start';

describe('npm start: the screen size', () => {
  it('reads xrandr and xdpyinfo', () => {
    const xrandr =
      'Screen 0: minimum 1 x 1, current 1080 x 1920, maximum 1080 x 1920\nscreen connected';
    expect(parseScreenSize(xrandr)).toEqual({ width: 1080, height: 1920 });
    const xdpyinfo = 'screen #0:\n  dimensions:    1920x1080 pixels (508x285 millimeters)\n';
    expect(parseScreenSize(xdpyinfo)).toEqual({ width: 1920, height: 1080 });
  });

  it('says nothing when the text holds no size', () => {
    expect(parseScreenSize('')).toBeNull();
    expect(parseScreenSize("Can't open display")).toBeNull();
  });
});

describe('npm start: the Chromium window', () => {
  const launch = {
    url: 'http://127.0.0.1:4173/',
    profile: '/tmp/profile',
    isKiosk: false,
    screen: { width: 1080, height: 1920 },
    isRoot: false,
  };

  it('fills the screen without a window manager: placed at 0,0 with the screen size', () => {
    const args = chromiumArgs(launch);
    expect(args).toContain('--app=http://127.0.0.1:4173/');
    expect(args).toContain('--window-position=0,0');
    expect(args).toContain('--window-size=1080,1920');
    expect(chromiumArgs({ ...launch, isKiosk: true })).toContain('--kiosk');
  });

  it('shows no bar or bubble: no translation, no restore, no unsupported-flag bar as root', () => {
    const args = chromiumArgs(launch);
    expect(args).toContain('--disable-features=Translate');
    expect(args).toContain('--hide-crash-restore-bubble');
    expect(args).toContain('--no-default-browser-check');
    expect(args).not.toContain('--no-sandbox');
    const asRoot = chromiumArgs({ ...launch, isRoot: true });
    expect(asRoot).toContain('--no-sandbox');
    expect(asRoot).toContain('--test-type');
  });

  it('takes RUKN_PORT, and the default for anything that is not a port', () => {
    expect(portFromEnv('5000')).toBe(5000);
    for (const value of [undefined, '', 'abc', '0', '70000', '41.5']) {
      expect(portFromEnv(value), String(value)).toBe(defaultPort);
    }
  });
});

describe('the page refuses browser translation', () => {
  it('says translate="no" and notranslate in renderer/index.html', () => {
    const html = readFileSync(path.join(__dirname, '../../../renderer/index.html'), 'utf8');
    expect(html).toMatch(/<html [^>]*translate="no"/u);
    expect(html).toContain('<meta name="google" content="notranslate" />');
  });
});
