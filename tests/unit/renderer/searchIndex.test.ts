/**
 * The search index is prepared when the content is loaded, at idle, so the first keystroke of
 * the day only looks it up.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadShippedContent, whenIdle } from '../../../renderer/content/loadContent';
import { faqIndexFor, hasFaqIndex } from '../../../renderer/content/searchIndex';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('FAQ search index', () => {
  it('is built by the idle task that loading the content schedules, not before', () => {
    const queued: (() => void)[] = [];
    const content = loadShippedContent((task) => queued.push(task));
    expect(queued.length).toBeGreaterThan(0);
    expect(hasFaqIndex(content)).toBe(false);

    for (const task of queued) task();
    expect(hasFaqIndex(content)).toBe(true);
  });

  it('is built once per bundle: every lookup returns the same index', () => {
    const content = loadShippedContent(() => {});
    const first = faqIndexFor(content);
    expect(faqIndexFor(content)).toBe(first);
    expect(faqIndexFor(loadShippedContent(() => {}))).not.toBe(first);
  });

  it('is still found by a keystroke that comes before any idle moment', () => {
    const content = loadShippedContent(() => {});
    expect(hasFaqIndex(content)).toBe(false);
    expect(faqIndexFor(content)).toBeDefined();
    expect(hasFaqIndex(content)).toBe(true);
  });
});

describe('whenIdle', () => {
  it('hands the task to the browser idle callback, with a deadline', () => {
    const requestIdleCallback = vi.fn();
    vi.stubGlobal('requestIdleCallback', requestIdleCallback);
    const task = vi.fn();
    whenIdle(task);
    expect(task).not.toHaveBeenCalled();
    expect(requestIdleCallback).toHaveBeenCalledTimes(1);
    const [callback, options] = requestIdleCallback.mock.calls[0] as [
      () => void,
      { timeout: number },
    ];
    expect(options.timeout).toBeGreaterThan(0);
    callback();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('prepares nothing ahead where there is no idle callback', () => {
    const task = vi.fn();
    whenIdle(task);
    expect(task).not.toHaveBeenCalled();
  });
});
