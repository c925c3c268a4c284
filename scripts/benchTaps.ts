/**
 * Tap-to-paint in Chromium: how long a visitor waits between a tap and the screen answering it.
 *
 *   npm run --silent bench:taps     builds the kiosk, then measures it
 *   --no-build                      measures the kiosk already built in dist/renderer
 *   --rounds N                      visits, each after a fresh start-up (default 4, ar and en in turn)
 *   --each                          also prints every tap of the kiosk (`tap=<what> <ms>`)
 *
 * Each visit starts from a fresh start-up and a short pause (someone walking up to the screen),
 * then taps home choices, topics, answers and Back, and types into search on the on-screen
 * keyboard; the first keystroke after start-up is reported on its own. A tap is measured from the
 * click event's time stamp to the frame after the one that follows it (the next paint), the same
 * way on a blank page with a trivial handler in the same run, so the figures can be read against
 * what the browser alone costs. Long tasks (over 50 ms, the Long Tasks API) are counted while
 * tapping and during start-up. Output: one `name=value` line per figure, milliseconds.
 * Informative only: timing is never asserted in tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { launchOptions } from '../tests/e2e/support/browser';
import { startServer } from './serve';

type Lang = 'ar' | 'en';
type Kind = 'navigation' | 'keystroke' | 'first-keystroke' | 'first-answer';
type Sample = { readonly kind: Kind; readonly what: string; readonly ms: number };
type PageRecord = {
  readonly taps: readonly number[];
  readonly longTasks: readonly { readonly start: number; readonly duration: number }[];
  readonly eventMax: number;
  readonly firstTapAt: number;
};

const projectRoot = path.resolve(__dirname, '..');
const viewport = { width: 1080, height: 1920 };
/** Someone walking up to the screen: nobody taps within a second of the attract screen showing. */
const walkUpMilliseconds = 1000;
/** A quick finger between two taps. */
const betweenTapsMilliseconds = 120;

/** What the page keeps, read back by the bench. */
type TapRecord = PageRecord & {
  readonly taps: number[];
  readonly longTasks: { start: number; duration: number }[];
  eventMax: number;
  firstTapAt: number;
  /** Resolves with the n-th tap's figure once it is recorded (no polling in the page). */
  readonly tap: (n: number) => Promise<number>;
};

/**
 * tsx keeps function names by wrapping them in `__name(...)`, which the page does not have: the
 * functions sent to the page need this stand-in first.
 */
const keepNamesShim = 'globalThis.__name ??= (fn) => fn;';

/**
 * Runs in the page before its own scripts: records each click's tap-to-paint (the click's time
 * stamp to a task queued from the next animation frame, which runs once that frame is painted),
 * every long task, and the longest Event Timing entry (an input to its next paint, over 16 ms).
 */
function instrument(): void {
  const waiting: { n: number; resolve: (ms: number) => void }[] = [];
  const record: TapRecord = {
    taps: [],
    longTasks: [],
    eventMax: 0,
    firstTapAt: -1,
    tap: (n) =>
      new Promise((resolve) => {
        const ms = record.taps[n - 1];
        if (ms === undefined) waiting.push({ n, resolve });
        else resolve(ms);
      }),
  };
  const push = (ms: number) => {
    record.taps.push(ms);
    for (const waiter of waiting.splice(0)) {
      const found = record.taps[waiter.n - 1];
      if (found === undefined) waiting.push(waiter);
      else waiter.resolve(found);
    }
  };
  (window as unknown as { __tapBench: TapRecord }).__tapBench = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      record.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      record.eventMax = Math.max(record.eventMax, entry.duration);
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  window.addEventListener(
    'click',
    (event) => {
      const start = event.timeStamp;
      if (record.firstTapAt < 0) record.firstTapAt = start;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
}

const visitWords: Readonly<Record<Lang, { word: string; space: string }>> = {
  ar: { word: 'متى ينزل', space: 'مسافة' },
  en: { word: 'payment date', space: 'Space' },
};

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

function pause(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/** Builds quietly: the build's own lines are shown only when it fails. */
function build(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error('the build failed');
  }
}

/** Taps like a finger and waits until the tap's next paint has been recorded. */
function tapper(page: Page, samples: Sample[]) {
  let taps = 0;
  return async (target: Locator, kind: Kind, what: string = kind): Promise<void> => {
    await target.click();
    taps += 1;
    const ms = await page.evaluate(
      (n) => (window as unknown as { __tapBench: TapRecord }).__tapBench.tap(n),
      taps,
    );
    samples.push({ kind, what, ms });
    await pause(betweenTapsMilliseconds);
  };
}

/** One visit after a fresh start-up: home choices, topics, answers, Back, and a search. */
async function visit(page: Page, baseUrl: string, lang: Lang, samples: Sample[]) {
  await page.goto(baseUrl);
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await pause(walkUpMilliseconds);
  const tap = tapper(page, samples);
  const back = page.locator('.button--back');
  const homeChoice = (index: number) =>
    page.locator('.choices').first().locator('.choice').nth(index);
  const topic = (index: number) => page.locator('.choices--grid .choice').nth(index);
  const question = (index: number) => page.locator('.question-list__item').nth(index);

  await tap(
    page.getByRole('button', { name: lang === 'ar' ? 'ابدأ بالعربية' : 'Start in English' }),
    'navigation',
    'start',
  );
  await tap(homeChoice(0), 'navigation', 'home-faq');
  await tap(topic(0), 'navigation', 'topic');
  await tap(question(0), 'first-answer');
  await tap(back, 'navigation', 'back-to-topic');
  await tap(question(1), 'navigation', 'answer');
  await tap(back, 'navigation', 'back-to-topic');
  await tap(back, 'navigation', 'back-to-topics');
  await tap(topic(1), 'navigation', 'topic');
  await tap(question(0), 'navigation', 'answer');
  await tap(back, 'navigation', 'back-to-topic');
  await tap(back, 'navigation', 'back-to-topics');
  await tap(back, 'navigation', 'back-to-home');
  await tap(homeChoice(1), 'navigation', 'home-guide');
  await tap(back, 'navigation', 'back-to-home');
  await tap(homeChoice(2), 'navigation', 'home-eligibility');
  await tap(back, 'navigation', 'back-to-home');
  await tap(homeChoice(0), 'navigation', 'home-faq');
  await tap(page.locator('.search-opener'), 'navigation', 'search-opener');

  const keyboard = page.getByRole('group', { name: /لوحة المفاتيح|Keyboard/ });
  const { word, space } = visitWords[lang];
  let isFirst = true;
  for (const char of word) {
    const key = keyboard.getByRole('button', { name: char === ' ' ? space : char, exact: true });
    await tap(key, isFirst ? 'first-keystroke' : 'keystroke');
    isFirst = false;
  }
  await tap(page.locator('.search__results .question-list__item').first(), 'navigation', 'result');
  await tap(back, 'navigation', 'back-to-search');
}

/** The same number of taps on a blank page whose handler only changes a number. */
async function blankTaps(page: Page, count: number, samples: Sample[]): Promise<void> {
  await page.setContent(
    '<button id="b" style="inline-size:600px;block-size:200px;font-size:32px">0</button>',
  );
  await page.evaluate(keepNamesShim);
  await page.evaluate(instrument);
  await page.evaluate(
    `document.getElementById('b').addEventListener('click', (e) => { e.currentTarget.textContent = String(Number(e.currentTarget.textContent) + 1); })`,
  );
  const tap = tapper(page, samples);
  for (let i = 0; i < count; i += 1) await tap(page.locator('#b'), 'navigation');
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function figures(name: string, values: readonly number[]): string[] {
  return [
    `${name}_taps=${values.length}`,
    `${name}_p50_ms=${percentile(values, 50).toFixed(1)}`,
    `${name}_p95_ms=${percentile(values, 95).toFixed(1)}`,
    `${name}_max_ms=${Math.max(...values).toFixed(1)}`,
  ];
}

type KioskRun = {
  readonly samples: Sample[];
  readonly tapLongTasks: number[];
  readonly startupLongTasks: number[];
  eventMax: number;
};

/** Visits after a fresh start-up each, Arabic and English in turn, in one browser. */
async function measureKiosk(browser: Browser, baseUrl: string, rounds: number): Promise<KioskRun> {
  const run: KioskRun = { samples: [], tapLongTasks: [], startupLongTasks: [], eventMax: 0 };
  for (let round = 0; round < rounds; round += 1) {
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.addInitScript(keepNamesShim);
    await page.addInitScript(instrument);
    await visit(page, baseUrl, round % 2 === 0 ? 'ar' : 'en', run.samples);
    const record = await page.evaluate((): PageRecord => {
      const { taps, longTasks, eventMax, firstTapAt } = (
        window as unknown as { __tapBench: TapRecord }
      ).__tapBench;
      return { taps, longTasks, eventMax, firstTapAt };
    });
    for (const task of record.longTasks) {
      (task.start < record.firstTapAt ? run.startupLongTasks : run.tapLongTasks).push(
        task.duration,
      );
    }
    run.eventMax = Math.max(run.eventMax, record.eventMax);
    await context.close();
  }
  return run;
}

function report(rounds: number, run: KioskRun, blank: readonly Sample[]): string[] {
  const of = (...kinds: Kind[]) =>
    run.samples.filter((sample) => kinds.includes(sample.kind)).map((sample) => sample.ms);
  const lines = [
    `rounds=${rounds}`,
    ...figures('navigation', of('navigation', 'first-answer')),
    ...figures('keystroke', of('keystroke', 'first-keystroke')),
    `first_keystroke_p50_ms=${percentile(of('first-keystroke'), 50).toFixed(1)}`,
    `first_keystroke_max_ms=${Math.max(...of('first-keystroke')).toFixed(1)}`,
    `first_answer_max_ms=${Math.max(...of('first-answer')).toFixed(1)}`,
    ...figures(
      'blank',
      blank.map((sample) => sample.ms),
    ),
    `event_timing_max_ms=${run.eventMax.toFixed(1)}`,
    `long_tasks_over_50ms=${run.tapLongTasks.length}`,
    `long_task_max_ms=${Math.max(0, ...run.tapLongTasks).toFixed(1)}`,
    `startup_long_tasks_over_50ms=${run.startupLongTasks.length}`,
    `startup_long_task_max_ms=${Math.max(0, ...run.startupLongTasks).toFixed(1)}`,
  ];
  if (process.argv.includes('--each')) {
    for (const sample of run.samples) lines.push(`tap=${sample.what} ${sample.ms.toFixed(1)}`);
  }
  return lines;
}

async function main(): Promise<void> {
  const rounds = Number(argument('--rounds') ?? 4);
  if (!process.argv.includes('--no-build')) build();
  if (!existsSync(path.join(projectRoot, 'dist', 'renderer', 'index.html'))) {
    throw new Error('no built kiosk in dist/renderer: run npm run build');
  }
  const server = await startServer(0);
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch(launchOptions());
  const blank: Sample[] = [];
  try {
    const run = await measureKiosk(browser, baseUrl, rounds);
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    await blankTaps(await context.newPage(), run.samples.length, blank);
    await context.close();
    for (const line of report(rounds, run, blank)) console.info(line);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
