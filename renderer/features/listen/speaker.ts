/**
 * The kiosk's voice: the system's own speech (speechSynthesis, offline), one utterance per line so
 * a long answer can be paused, repeated and interrupted between paragraphs.
 *
 * Policy: a line is spoken only with a voice of its own language that runs on the machine, never
 * by a voice of the other language reading it wrongly, and never by a network voice (the text,
 * which can hold what a citizen typed, would leave the kiosk); numbers, dates and
 * amounts are turned into words first (core/speech/spokenText). A muted speaker (the visit ended)
 * says nothing more, whatever asks it to.
 */
import type { Language } from '../../../core/content/schema';
import { spokenText } from '../../../core/speech/spokenText';

/** One thing to say, in the language it is written in. */
export type SpokenLine = { readonly text: string; readonly lang: Language };

/** The slowest and fastest rates offered; the default is slower than the system's (1). */
export const speechRates = { min: 0.5, initial: 0.8, max: 1.4, step: 0.15 } as const;

/** The voice listen mode uses for a language, as the staff screens show it. */
export type VoiceInfo = { readonly name: string; readonly lang: string };

export type SayOptions = {
  /** Called as each line starts, with its index in the lines given. */
  readonly onLine?: (index: number) => void;
  /** Called once the last line has been spoken (not when cut short). */
  readonly onDone?: () => void;
};

/** The voice for a language: the first installed one that runs on the machine, if any. */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: Language,
): SpeechSynthesisVoice | undefined {
  return voices.find((voice) => voice.localService && voice.lang.toLowerCase().startsWith(lang));
}

/** The system's speech, where the browser has it. */
export function systemSpeech(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : undefined;
}

export type Speaker = {
  /** Cuts short whatever is being said, then says the lines in order. */
  readonly say: (lines: readonly SpokenLine[], options?: SayOptions) => void;
  /** Stops speaking now. */
  readonly cancel: () => void;
  /** Stops for good: nothing is said after this (the visit ended). */
  readonly mute: () => void;
  readonly setRate: (rate: number) => void;
};

/**
 * A speaker over `speech`; `onActivity` is called while it speaks, so a visitor listening to a
 * long answer without touching the screen is not taken for gone.
 */
export function createSpeaker(
  speech: SpeechSynthesis | undefined,
  onActivity: () => void,
  rate: number = speechRates.initial,
): Speaker {
  let currentRate = rate;
  let isMuted = false;
  // Each say() or cancel() starts a new generation; callbacks of an older one are ignored, since
  // engines still fire `end` for utterances cut short.
  let generation = 0;

  const voiceOf = (lang: Language) => (speech ? pickVoice(speech.getVoices(), lang) : undefined);

  const cancel = () => {
    generation += 1;
    speech?.cancel();
  };

  const say = (lines: readonly SpokenLine[], options: SayOptions = {}) => {
    cancel();
    if (!speech || isMuted) return;
    const mine = generation;
    const spoken = lines
      .map((line, index) => ({ ...line, index, voice: voiceOf(line.lang) }))
      .filter((line) => line.voice !== undefined && line.text.trim() !== '');
    spoken.forEach((line, position) => {
      const utterance = new SpeechSynthesisUtterance(spokenText(line.text, line.lang));
      utterance.voice = line.voice ?? null;
      utterance.lang = line.voice?.lang ?? line.lang;
      utterance.rate = currentRate;
      utterance.onstart = () => {
        if (mine !== generation) return;
        onActivity();
        options.onLine?.(line.index);
      };
      utterance.onboundary = onActivity;
      if (position === spoken.length - 1) {
        utterance.onend = () => {
          if (mine === generation) options.onDone?.();
        };
      }
      speech.speak(utterance);
    });
    if (spoken.length === 0) options.onDone?.();
  };

  return {
    say,
    cancel,
    mute: () => {
      isMuted = true;
      cancel();
    },
    setRate: (next) => {
      currentRate = Math.min(speechRates.max, Math.max(speechRates.min, next));
    },
  };
}
