/** What other features and the shell may use from listen mode (lint keeps the rest private). */
export { ListenProvider, useListen, type ScreenSpeech } from './ListenProvider';
export { ListenPanel } from './ListenPanel';
export { ListenButton } from './ListenButton';
export { ReadingControls } from './ReadingControls';
export { useLongPress } from './useLongPress';
export { pickVoice, systemSpeech, type VoiceInfo } from './speaker';
export type { SpeechPrivacy } from './describe';
export { useVoices } from './useVoices';
