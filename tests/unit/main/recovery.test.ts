import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  decideRecovery,
  defaultRecoveryPolicy,
  isAppLoadFailure,
  recentFailureTimes,
  setupRecovery,
} from '../../../main/recovery';

const minute = 60_000;
const now = 100 * minute;

describe('decideRecovery', () => {
  it('reloads quickly after an isolated failure', () => {
    expect(decideRecovery([], now, false)).toEqual({
      action: 'reload',
      delayMs: 1_000,
      recentFailures: 1,
    });
  });

  it('backs off when crashing in a loop, up to a cap', () => {
    const twoEarlier = [now - 2 * minute, now - minute];
    expect(decideRecovery(twoEarlier, now, false)).toMatchObject({ delayMs: 1_000 });
    const threeEarlier = [now - 3 * minute, ...twoEarlier];
    expect(decideRecovery(threeEarlier, now, false)).toMatchObject({ delayMs: 2_000 });
    const fourEarlier = [now - 4 * minute, ...threeEarlier];
    expect(decideRecovery(fourEarlier, now, false)).toMatchObject({ delayMs: 4_000 });
    const many = Array.from({ length: 50 }, (_, i) => now - i * 1_000 - 1);
    expect(decideRecovery(many, now, false)).toMatchObject({ delayMs: 60_000 });
  });

  it('forgets failures older than the window', () => {
    const old = [now - 10 * minute, now - 9 * minute, now - 8 * minute, now - 7 * minute];
    expect(decideRecovery(old, now, false)).toMatchObject({ delayMs: 1_000, recentFailures: 1 });
    expect(recentFailureTimes([...old, now - minute], now)).toEqual([now - minute]);
  });

  it('leaves the renderer alone while the app quits', () => {
    expect(decideRecovery([], now, true)).toEqual({ action: 'ignore' });
  });
});

describe('isAppLoadFailure', () => {
  const failed = { errorCode: -6, validatedUrl: 'rukn://app/index.html', isMainFrame: true };

  it('counts a failed main-frame load of an app URL', () => {
    expect(isAppLoadFailure(failed, ['rukn://app'])).toBe(true);
    const devServer = { ...failed, errorCode: -102, validatedUrl: 'http://localhost:5173/' };
    expect(isAppLoadFailure(devServer, ['rukn://app', 'http://localhost:5173'])).toBe(true);
  });

  it('ignores subframes, foreign URLs and loads aborted by a newer navigation', () => {
    expect(isAppLoadFailure({ ...failed, isMainFrame: false }, ['rukn://app'])).toBe(false);
    const foreign = { ...failed, validatedUrl: 'https://example.com/' };
    expect(isAppLoadFailure(foreign, ['rukn://app'])).toBe(false);
    expect(isAppLoadFailure({ ...failed, errorCode: -3 }, ['rukn://app'])).toBe(false);
    expect(isAppLoadFailure({ ...failed, validatedUrl: '' }, ['rukn://app'])).toBe(false);
  });
});

describe('setupRecovery', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => vi.useRealTimers());

  function watch(isQuitting = false) {
    const contents = Object.assign(new EventEmitter(), {
      isDestroyed: () => false,
      loadURL: vi.fn(async () => undefined),
      forcefullyCrashRenderer: vi.fn(),
    });
    setupRecovery(contents as never, {
      entryUrl: 'rukn://app/index.html',
      appOrigins: ['rukn://app'],
      isQuitting: () => isQuitting,
      now: () => Date.now(),
    });
    return contents;
  }

  it('reloads the attract screen after a crash', () => {
    const contents = watch();
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(contents.loadURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(defaultRecoveryPolicy.baseDelayMs);
    expect(contents.loadURL).toHaveBeenCalledExactlyOnceWith('rukn://app/index.html');
  });

  it('kills a renderer hung for longer than the grace period, not a briefly busy one', () => {
    const contents = watch();
    contents.emit('unresponsive');
    vi.advanceTimersByTime(defaultRecoveryPolicy.hangGraceMs - 1);
    contents.emit('responsive');
    vi.advanceTimersByTime(defaultRecoveryPolicy.hangGraceMs);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    contents.emit('unresponsive');
    vi.advanceTimersByTime(defaultRecoveryPolicy.hangGraceMs);
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
  });

  /** Emits Electron's `did-fail-load(event, errorCode, description, url, isMainFrame)`. */
  function failLoad(contents: ReturnType<typeof watch>, url: string, isMainFrame = true) {
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', url, isMainFrame);
  }

  it('retries a failed first load of the app', () => {
    const contents = watch();
    failLoad(contents, 'rukn://app/index.html');
    vi.advanceTimersByTime(defaultRecoveryPolicy.baseDelayMs);
    expect(contents.loadURL).toHaveBeenCalledExactlyOnceWith('rukn://app/index.html');
  });

  it('backs off while the app keeps failing to load, like a crash loop', () => {
    const contents = watch();
    const delays: number[] = [];
    let previous = Date.now();
    contents.loadURL.mockImplementation(async () => {
      delays.push(Date.now() - previous);
      previous = Date.now();
      failLoad(contents, 'rukn://app/index.html');
    });
    failLoad(contents, 'rukn://app/index.html');
    vi.advanceTimersByTime(30_000);
    expect(delays.slice(0, 6)).toEqual([1_000, 1_000, 1_000, 2_000, 4_000, 8_000]);
  });

  it('does not retry a failed subframe, a foreign URL or an aborted load', () => {
    const contents = watch();
    failLoad(contents, 'rukn://app/index.html', false);
    failLoad(contents, 'https://example.com/');
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'rukn://app/index.html', true);
    vi.advanceTimersByTime(10 * minute);
    expect(contents.loadURL).not.toHaveBeenCalled();
  });

  it('does nothing while quitting', () => {
    const contents = watch(true);
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    vi.advanceTimersByTime(10 * minute);
    expect(contents.loadURL).not.toHaveBeenCalled();
  });
});
