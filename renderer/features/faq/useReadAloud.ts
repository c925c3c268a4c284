/**
 * Read aloud with the system's own voices (speechSynthesis, offline). Policy: only a voice of the
 * displayed language is used; where there is none, the button stays visible, looks disabled (but
 * stays focusable) and its note offers the staff member instead, so a visitor is never left
 * wondering. Speech stops when the screen changes.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Language } from '../../../core/content/schema';
import { reportActivity } from '../idle';

export type ReadAloudState = {
  /** False where the system has no voice for the language (or no speech at all). */
  readonly isAvailable: boolean;
  readonly isSpeaking: boolean;
  readonly speak: (text: string) => void;
  readonly stop: () => void;
};

function speechOf(win: Window): SpeechSynthesis | undefined {
  return 'speechSynthesis' in win ? win.speechSynthesis : undefined;
}

function subscribeToVoices(onChange: () => void): () => void {
  const speech = speechOf(window);
  speech?.addEventListener('voiceschanged', onChange);
  return () => speech?.removeEventListener('voiceschanged', onChange);
}

/** The best voice for a language, preferring a local (offline) one. */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: Language,
): SpeechSynthesisVoice | undefined {
  const matching = voices.filter((voice) => voice.lang.toLowerCase().startsWith(lang));
  return matching.find((voice) => voice.localService) ?? matching[0];
}

export function useReadAloud(lang: Language): ReadAloudState {
  const voiceName = useSyncExternalStore(
    subscribeToVoices,
    () => pickVoice(speechOf(window)?.getVoices() ?? [], lang)?.name ?? '',
  );
  const [isSpeaking, setIsSpeaking] = useState(false);

  const stop = useCallback(() => {
    speechOf(window)?.cancel();
    setIsSpeaking(false);
  }, []);

  // Leaving the screen or switching language ends any reading in progress.
  useEffect(() => stop, [lang, stop]);

  const speak = useCallback(
    (text: string) => {
      const speech = speechOf(window);
      const voice = speech?.getVoices().find((candidate) => candidate.name === voiceName);
      if (!speech || !voice) return;
      speech.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.9; // a little slower than default, for older listeners
      // A visitor listening to a long answer does not touch the screen; they are still there.
      utterance.onboundary = reportActivity;
      utterance.onend = () => setIsSpeaking(false);
      utterance.onerror = () => setIsSpeaking(false);
      setIsSpeaking(true);
      speech.speak(utterance);
    },
    [voiceName],
  );

  return { isAvailable: voiceName !== '', isSpeaking, speak, stop };
}
