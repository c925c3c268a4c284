/**
 * The shared runner of the screenshot scripts: serves the built kiosk, then takes every shot in
 * Arabic and English, portrait (1080x1920, into docs/screenshots, shown in the README) and
 * landscape (1920x1080, into --landscape-dir or a temp folder, for review).
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { launchOptions } from '../tests/e2e/support/browser';
import { startServer } from './serve';

export type Lang = 'ar' | 'en';

export type Shot = {
  readonly name: string;
  /** Brings a fresh page to the screen to capture. */
  readonly reach: (page: Page, lang: Lang) => Promise<void>;
  /** Landscape only: kept out of the committed portrait set. */
  readonly isReviewOnly?: boolean;
};

export type ShotRun = {
  readonly port: number;
  readonly shots: readonly Shot[];
  /** Extra portrait captures per language (e.g. a printed page), written into `dir`. */
  readonly extraPortrait?: (browser: Browser, lang: Lang, dir: string) => Promise<void>;
};

export const portraitDir = path.resolve(__dirname, '..', 'docs', 'screenshots');

function landscapeDir(): string {
  const flag = process.argv.indexOf('--landscape-dir');
  return flag > 0
    ? path.resolve(process.argv[flag + 1] ?? '')
    : path.join(os.tmpdir(), 'rukn-landscape');
}

export async function takeShots({ port, shots, extraPortrait }: ShotRun): Promise<void> {
  const orientations = [
    ['portrait', { width: 1080, height: 1920 }, portraitDir],
    ['landscape', { width: 1920, height: 1080 }, landscapeDir()],
  ] as const;
  for (const [, , dir] of orientations) mkdirSync(dir, { recursive: true });
  const server = await startServer(port);
  const browser = await chromium.launch(launchOptions());
  try {
    for (const [orientation, viewport, dir] of orientations) {
      for (const lang of ['ar', 'en'] as const) {
        for (const shot of shots) {
          if (shot.isReviewOnly === true && orientation === 'portrait') continue;
          const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
          const page = await context.newPage();
          await shot.reach(page, lang);
          await page.evaluate('document.fonts.ready');
          // Playwright scrolls what it taps into view; a visitor sees the page from the top.
          await page.evaluate('window.scrollTo(0, 0)');
          const file = path.join(dir, `${shot.name}-${lang}.png`);
          await page.screenshot({ path: file });
          console.info(`${orientation} ${file}`);
          await context.close();
        }
        if (orientation === 'portrait' && extraPortrait) await extraPortrait(browser, lang, dir);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

/** Where a shot leaves the page for the capture. */
export type ShotScroll = 'top' | 'bottom' | 'as-left';

export type SettledShot = {
  readonly name: string;
  readonly scroll: ShotScroll;
  /** Brings a fresh page to the screen to capture, in `lang`. */
  readonly reach: (page: Page, lang: Lang) => Promise<void>;
};

export type BothOrientationsRun = {
  readonly port: number;
  /** File names are `<prefix>-<shot>-<lang>.png`, and `…-landscape.png` beside them. */
  readonly prefix: string;
  readonly shots: readonly SettledShot[];
  /** Shot names to take; all when empty. */
  readonly only?: readonly string[];
};

/** Two frames after the last change (reserved space, scroll into view). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * Takes every shot in Arabic and English, portrait and landscape, all into docs/screenshots (the
 * landscape ones with a `-landscape` suffix), each showing what the visitor sees after the last
 * tap unless the shot asks for the top or the bottom of the page.
 */
export async function takeShotsBothOrientations({
  port,
  prefix,
  shots,
  only = [],
}: BothOrientationsRun): Promise<void> {
  mkdirSync(portraitDir, { recursive: true });
  const server = await startServer(port);
  const browser = await chromium.launch(launchOptions());
  try {
    for (const [suffix, viewport] of [
      ['', { width: 1080, height: 1920 }],
      ['-landscape', { width: 1920, height: 1080 }],
    ] as const) {
      for (const lang of ['ar', 'en'] as const) {
        for (const shot of shots) {
          if (only.length > 0 && !only.includes(shot.name)) continue;
          const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
          const page = await context.newPage();
          await shot.reach(page, lang);
          await page.evaluate('document.fonts.ready');
          if (shot.scroll === 'top') await page.evaluate('window.scrollTo(0, 0)');
          if (shot.scroll === 'bottom') {
            await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
          }
          await settle(page);
          const file = path.join(portraitDir, `${prefix}-${shot.name}-${lang}${suffix}.png`);
          await page.screenshot({ path: file });
          console.info(file);
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}
