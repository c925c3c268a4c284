/**
 * The on-screen keyboard's words in the screen's language: one source for every screen that
 * shows the keyboard (search, a callback's name, staff entries), so its keys read the same.
 */
import type { OnScreenKeyboardLabels } from '../ui/OnScreenKeyboard';

export function keyboardLabels(t: (key: string) => string): OnScreenKeyboardLabels {
  return {
    keyboard: t('keyboard.keyboard'),
    space: t('keyboard.space'),
    backspace: t('keyboard.backspace'),
    clear: t('keyboard.clear'),
    digits: t('keyboard.digits'),
    letters: t('keyboard.letters'),
    switchToArabic: t('keyboard.switchToArabic'),
    switchToEnglish: t('keyboard.switchToEnglish'),
  };
}
