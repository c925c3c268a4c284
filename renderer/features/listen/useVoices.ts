/** The voice listen mode uses for each language, kept up to date as the system lists its voices. */
import { useSyncExternalStore } from 'react';
import type { Language } from '../../../core/content/schema';
import { pickVoice, systemSpeech, type VoiceInfo } from './speaker';

function subscribeToVoices(onChange: () => void): () => void {
  const speech = systemSpeech();
  speech?.addEventListener('voiceschanged', onChange);
  return () => speech?.removeEventListener('voiceschanged', onChange);
}

/** A stable text for the installed voices, so React re-renders only when they change. */
function voiceList(): string {
  return (systemSpeech()?.getVoices() ?? [])
    .map((voice) => `${voice.lang}:${voice.name}:${voice.localService}`)
    .join('|');
}

function voiceInfo(lang: Language): VoiceInfo | undefined {
  const voice = pickVoice(systemSpeech()?.getVoices() ?? [], lang);
  return voice && { name: voice.name, lang: voice.lang };
}

/** The voice for each language (undefined where the system has none). */
export function useVoices(): Readonly<Record<Language, VoiceInfo | undefined>> {
  // Read for its change only: the voices themselves come from the system below.
  useSyncExternalStore(subscribeToVoices, voiceList);
  return { ar: voiceInfo('ar'), en: voiceInfo('en') };
}
