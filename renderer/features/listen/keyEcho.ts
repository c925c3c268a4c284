/**
 * What a key of an on-screen keyboard or keypad says once pressed (listen mode): the letter it
 * typed; for a digit, the whole amount when the field holds an amount and speech goes to
 * headphones, otherwise only "digit", so an ID or mobile number is never read out; and what deleting or clearing did. A name or mobile number typed for a call back is never read out.
 */
import type { TFunction } from 'i18next';
import type { SpeechPrivacy } from './describe';

/** The field a keyboard's key types into (its keyboard's `data-field`). */
function fieldOf(key: Element): HTMLInputElement | undefined {
  const id = key.closest('[data-field]')?.getAttribute('data-field');
  const field = id ? document.getElementById(id) : null;
  return field instanceof HTMLInputElement ? field : undefined;
}

export function keyEcho(key: Element, t: TFunction, privacy: SpeechPrivacy): string | undefined {
  switch (key.getAttribute('data-key')) {
    case 'char':
      // A letter of a name given for a call back is not read out either.
      return fieldOf(key)?.dataset.speech === 'private'
        ? t('listen.typed.letter')
        : key.textContent?.trim() || undefined;
    case 'digit': {
      const field = fieldOf(key);
      const isAmount = field?.dataset.speech === 'amount';
      return isAmount && privacy === 'headphones' ? field?.value : t('listen.typed.digit');
    }
    case 'space':
      return t('listen.typed.space');
    case 'backspace':
      return t('listen.typed.deleted');
    case 'clear':
      return t('listen.typed.cleared');
    default:
      return undefined;
  }
}
