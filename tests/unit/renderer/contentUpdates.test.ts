/**
 * When the kiosk asks the hub for content: at start-up once the stored bundle is checked, on its
 * timer and when the hub is reachable again; with the last ETag; one question at a time.
 */
import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from '../../../core/result';
import {
  checkIntervalMinutes,
  startContentUpdates,
  type ContentFetchAnswer,
  type ContentUpdatesDeps,
} from '../../../renderer/content/contentUpdates';

type Offer = { readonly text: string; readonly etag?: string };

function harness(answers: Result<ContentFetchAnswer>[]) {
  const asked: (string | undefined)[] = [];
  const offers: Offer[] = [];
  const timers: { task: () => void; milliseconds: number; isCancelled: boolean }[] = [];
  const reachable = new Set<() => void>();
  let etag: string | undefined = '"stored"';
  let release: () => void = () => {};
  const ready = new Promise<void>((resolve) => (release = resolve));
  const deps: ContentUpdatesDeps = {
    store: {
      ready,
      etag: () => etag,
      async offer(text, newEtag) {
        offers.push({ text, ...(newEtag === undefined ? {} : { etag: newEtag }) });
        etag = newEtag;
        return text === 'good' ? ok(undefined as never) : err('bad-signature', 'forged');
      },
    },
    fetchContent(sent) {
      asked.push(sent);
      return Promise.resolve(answers.shift() ?? ok({ kind: 'not-modified' }));
    },
    onHubReachable(listener) {
      reachable.add(listener);
      return () => reachable.delete(listener);
    },
    setTimer(task, milliseconds) {
      const timer = { task, milliseconds, isCancelled: false };
      timers.push(timer);
      return () => (timer.isCancelled = true);
    },
    log: () => {},
  };
  return { deps, asked, offers, timers, reachable, release };
}

describe('content updates', () => {
  it('asks once the stored bundle is checked, with its ETag, then every interval', async () => {
    const run = harness([ok({ kind: 'bundle', etag: '"v2"', text: 'good' })]);
    const updates = startContentUpdates(run.deps);
    await Promise.resolve();
    expect(run.asked).toEqual([]);
    run.release();
    await expect(updates.checkNow()).resolves.toBe('accepted');
    expect(run.asked).toEqual(['"stored"']);
    expect(run.offers).toEqual([{ text: 'good', etag: '"v2"' }]);

    const pending = run.timers.filter((timer) => !timer.isCancelled);
    expect(pending.map((timer) => timer.milliseconds)).toEqual([checkIntervalMinutes * 60_000]);
    pending[0]!.task();
    await updates.checkNow();
    expect(run.asked).toEqual(['"stored"', '"v2"']);
    updates.stop();
  });

  it('asks again when the sync client finds the hub reachable, one question at a time', async () => {
    const run = harness([ok({ kind: 'none' }), ok({ kind: 'not-modified' })]);
    run.release();
    const updates = startContentUpdates(run.deps);
    const first = updates.checkNow();
    for (const listener of run.reachable) listener();
    await expect(first).resolves.toBe('none');
    expect(run.asked).toHaveLength(1);
    for (const listener of run.reachable) listener();
    await expect(updates.checkNow()).resolves.toBe('not-modified');
    expect(run.asked).toHaveLength(2);
    updates.stop();
    expect(run.reachable.size).toBe(0);
    expect(run.timers.every((timer) => timer.isCancelled)).toBe(true);
  });

  it('reports a refused bundle and a failed question, and keeps asking', async () => {
    const run = harness([
      ok({ kind: 'bundle', etag: '"forged"', text: 'forged' }),
      err('offline', 'no route to hub'),
    ]);
    run.release();
    const updates = startContentUpdates(run.deps);
    await expect(updates.checkNow()).resolves.toBe('refused');
    await expect(updates.checkNow()).resolves.toBe('failed');
    // The refused bundle's ETag is sent back, so the hub answers 304 until it publishes another.
    expect(run.asked).toEqual(['"stored"', '"forged"']);
    expect(run.timers.filter((timer) => !timer.isCancelled)).toHaveLength(1);
    updates.stop();
  });
});
