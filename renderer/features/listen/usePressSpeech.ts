/**
 * Once a control has acted, listen mode says what changed: the letter or digit a key typed (as
 * far as `keyEcho` allows), a choice's new state, or the text a guide step opened to show, read
 * paragraph by paragraph.
 */
import { useEffect } from 'react';
import type { TFunction } from 'i18next';
import { controlAt } from './controls';
import type { SpeechPrivacy } from './describe';
import { keyEcho } from './keyEcho';
import type { Reading } from './useReading';
import type { SpokenLine } from './speaker';

/** True for a control whose state a press changes (a choice, a tick, a toggle, a step). */
function hasState(control: Element): boolean {
  return (
    control.matches('input[type="radio"], input[type="checkbox"]') ||
    control.hasAttribute('aria-checked') ||
    control.hasAttribute('aria-pressed') ||
    control.hasAttribute('aria-expanded')
  );
}

/** The paragraphs a control has just opened (a guide step), to be read after its name. */
function openedText(control: Element): string[] {
  if (control.getAttribute('aria-expanded') !== 'true') return [];
  const panel = document.getElementById(control.getAttribute('aria-controls') ?? '');
  if (!panel) return [];
  const blocks = [...panel.querySelectorAll('p, li, h3')].filter(
    (block) => !block.querySelector('p, li'),
  );
  return blocks.map((block) => (block as HTMLElement).innerText.trim()).filter(Boolean);
}

export type PressSpeech = {
  readonly t: TFunction;
  readonly privacy: SpeechPrivacy;
  readonly lines: (texts: readonly (string | undefined)[]) => SpokenLine[];
  readonly speak: (spoken: readonly SpokenLine[]) => void;
  readonly readFrom: (reading: Reading) => void;
  readonly describe: (element: Element) => string;
};

export function usePressSpeech(
  isSpeaking: boolean,
  { t, privacy, lines, speak, readFrom, describe }: PressSpeech,
): void {
  useEffect(() => {
    if (!isSpeaking) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || !(event.target instanceof Element)) return;
      const key = event.target.closest('[data-key]');
      const control = controlAt(event.target);
      // After the press has changed the page (React renders it within this task).
      window.setTimeout(() => {
        if (key) {
          const echo = keyEcho(key, t, privacy);
          if (echo !== undefined) speak(lines([echo]));
          return;
        }
        if (!control?.isConnected || !hasState(control)) return;
        const opened = openedText(control);
        if (opened.length > 0) readFrom({ lines: lines(opened), index: 0, isPaused: false });
        else speak(lines([describe(control)]));
      }, 0);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [describe, isSpeaking, lines, privacy, readFrom, speak, t]);
}
