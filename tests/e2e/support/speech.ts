/**
 * A recording stand-in for the system's speech (`speechSynthesis`), installed before the kiosk
 * loads: it lists the voices a test gives, "speaks" each utterance in turn (start, then end a few
 * milliseconds later) and records what was said, in which language, with which voice and rate,
 * and every cancel. Tests read the record as a listener would have heard it.
 */
import { expect, type Page } from '@playwright/test';

export type FakeVoice = { name: string; lang: string; localService: boolean };

/** One thing said (or a cancel, which cuts short whatever was being said). */
export type SpokenEntry =
  { kind: 'say'; text: string; lang: string; voice: string; rate: number } | { kind: 'cancel' };

export const arabicVoice: FakeVoice = { name: 'Hoda (ar-SA)', lang: 'ar-SA', localService: true };
export const englishVoice: FakeVoice = {
  name: 'Hazel (en-GB)',
  lang: 'en-GB',
  localService: true,
};

declare global {
  // The page's record of what was said (a global, so tests can read it with page.evaluate).
  var spokenLog: SpokenEntry[];
}

/**
 * Installs the fake with `voices` (both languages by default) on every page load; each utterance
 * takes `utteranceMs` to say.
 */
export async function installFakeSpeech(
  page: Page,
  voices: readonly FakeVoice[] = [arabicVoice, englishVoice],
  utteranceMs = 5,
): Promise<void> {
  // Scripts run through tsx name their functions with esbuild's `__name` helper, which the page
  // lacks; a no-op stands in for it (Playwright's own test runner does not use it).
  await page.addInitScript('globalThis.__name ??= (target) => target;');
  await page.addInitScript(
    ({ list, duration }) => {
      const log: SpokenEntry[] = [];
      window.spokenLog = log;
      const voiceObjects = list.map((voice) => ({
        ...voice,
        default: false,
        voiceURI: voice.name,
      }));

      class FakeUtterance extends EventTarget {
        declare text: string;
        declare lang: string;
        declare voice: { name: string } | null;
        declare rate: number;
        declare pitch: number;
        declare volume: number;
        declare onstart: ((event: Event) => void) | null;
        declare onend: ((event: Event) => void) | null;
        declare onerror: ((event: Event) => void) | null;
        declare onboundary: ((event: Event) => void) | null;
        constructor(text = '') {
          super();
          this.text = text;
          this.lang = '';
          this.voice = null;
          this.rate = 1;
          this.pitch = 1;
          this.volume = 1;
          this.onstart = null;
          this.onend = null;
          this.onerror = null;
          this.onboundary = null;
        }
      }

      let queue: FakeUtterance[] = [];
      let current: FakeUtterance | null = null;
      const next = () => {
        if (current || queue.length === 0) return;
        const utterance = queue.shift() ?? null;
        current = utterance;
        if (!utterance) return;
        setTimeout(() => {
          if (current !== utterance) return;
          utterance.onstart?.(new Event('start'));
          setTimeout(() => {
            if (current !== utterance) return;
            current = null;
            utterance.onend?.(new Event('end'));
            next();
          }, duration);
        }, 0);
      };

      class FakeSpeech extends EventTarget {
        get speaking() {
          return current !== null;
        }
        get pending() {
          return queue.length > 0;
        }
        get paused() {
          return false;
        }
        getVoices() {
          return voiceObjects;
        }
        speak(utterance: FakeUtterance) {
          log.push({
            kind: 'say',
            text: utterance.text,
            lang: utterance.lang,
            voice: utterance.voice?.name ?? '',
            rate: utterance.rate,
          });
          queue.push(utterance);
          next();
        }
        cancel() {
          log.push({ kind: 'cancel' });
          const cut = current;
          queue = [];
          current = null;
          // Engines report the utterance cut short as ended.
          if (cut) setTimeout(() => cut.onend?.(new Event('end')), 0);
        }
        pause() {}
        resume() {}
      }

      const speech = new FakeSpeech();
      Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {
        value: FakeUtterance,
        configurable: true,
      });
      // Like Chromium, the voices are announced a moment after the page starts.
      setTimeout(() => speech.dispatchEvent(new Event('voiceschanged')), 0);
    },
    { list: voices, duration: utteranceMs },
  );
}

/** What has been said so far (cancels left out), each as `lang: text`. */
export async function spoken(page: Page): Promise<{ text: string; lang: string; rate: number }[]> {
  const log = await page.evaluate(() => window.spokenLog);
  return log.flatMap((entry) =>
    entry.kind === 'say' ? [{ text: entry.text, lang: entry.lang, rate: entry.rate }] : [],
  );
}

/** How many utterances have been said so far: a mark to read only what comes after. */
export async function spokenCount(page: Page): Promise<number> {
  return (await spoken(page)).length;
}

/** The texts said after `mark`, waiting until one matching `until` has been said. */
export async function spokenSince(
  page: Page,
  mark: number,
  until: string | RegExp,
): Promise<{ text: string; lang: string; rate: number }[]> {
  const matches = (text: string) =>
    typeof until === 'string' ? text.includes(until) : until.test(text);
  await expect
    .poll(async () => (await spoken(page)).slice(mark).some((entry) => matches(entry.text)))
    .toBe(true);
  return (await spoken(page)).slice(mark);
}
