/**
 * The on-screen keyboard's words in the UI language: one list for every screen that shows the
 * keyboard (search, the callback name, staff fields), so they never drift apart.
 */
import type { TFunction } from 'i18next';
import type { OnScreenKeyboardLabels } from '../ui/OnScreenKeyboard';

export function keyboardLabels(t: TFunction): OnScreenKeyboardLabels {
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
