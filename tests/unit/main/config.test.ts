import { describe, expect, it } from 'vitest';
import { appEntryUrl, originOf, parseDevServerUrl, resolveRunMode } from '../../../main/config';

describe('resolveRunMode', () => {
  it('makes a packaged build a kiosk that loads only its own files', () => {
    const mode = resolveRunMode({
      isPackaged: true,
      argv: [],
      env: { RUKN_DEV_URL: 'http://localhost:5173' },
    });
    expect(mode).toEqual({
      isKiosk: true,
      isDevelopment: false,
      entryUrl: appEntryUrl,
      allowedOrigins: ['rukn://app'],
    });
  });

  it('gives development a normal window with devtools and the dev server origin', () => {
    const mode = resolveRunMode({
      isPackaged: false,
      argv: [],
      env: { RUKN_DEV_URL: 'http://localhost:5173' },
    });
    expect(mode.isKiosk).toBe(false);
    expect(mode.isDevelopment).toBe(true);
    expect(mode.entryUrl).toBe('http://localhost:5173/');
    expect(mode.allowedOrigins).toEqual(['rukn://app', 'http://localhost:5173']);
  });

  it('turns a development build into a kiosk with --kiosk or RUKN_KIOSK=1', () => {
    expect(resolveRunMode({ isPackaged: false, argv: ['--kiosk'], env: {} }).isKiosk).toBe(true);
    const byEnv = resolveRunMode({ isPackaged: false, argv: [], env: { RUKN_KIOSK: '1' } });
    expect(byEnv.isKiosk).toBe(true);
    expect(byEnv.isDevelopment).toBe(false);
    expect(resolveRunMode({ isPackaged: false, argv: [], env: { RUKN_KIOSK: '0' } }).isKiosk).toBe(
      false,
    );
  });
});

describe('parseDevServerUrl', () => {
  it('accepts only http(s) on a loopback host', () => {
    expect(parseDevServerUrl('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173/');
    expect(parseDevServerUrl('http://example.com:5173')).toBeNull();
    expect(parseDevServerUrl('file:///etc/passwd')).toBeNull();
    expect(parseDevServerUrl('not a url')).toBeNull();
    expect(parseDevServerUrl(undefined)).toBeNull();
    expect(parseDevServerUrl('')).toBeNull();
  });
});

describe('originOf', () => {
  it('gives a real origin for the custom scheme, unlike URL.origin', () => {
    expect(new URL('rukn://app/index.html').origin).toBe('null');
    expect(originOf('rukn://app/index.html')).toBe('rukn://app');
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173');
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('garbage')).toBeNull();
  });
});
