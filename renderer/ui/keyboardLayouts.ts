/**
 * On-screen keyboard layouts and the one function that applies a key to a text value.
 *
 * Policy: one layer per language, no shift and no diacritics, because the kiosk's users are often
 * elderly and unused to keyboards: every letter they may need is visible at once. Keys always act
 * at the end of the text (append / delete last character); the kiosk has no caret keys.
 */

/** The keyboard's languages; they match the kiosk's UI languages. */
export type KeyboardLayoutId = 'ar' | 'en';

/**
 * Everything a key on the keyboard can do. `char` and `space` append, `backspace` removes the last
 * whole character, `clear` empties the field; `digits` (letters ⇄ digits) and `language` switch
 * what the keyboard shows and leave the text as it is.
 */
export type KeyboardKey =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'space' }
  | { readonly kind: 'backspace' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'digits' }
  | { readonly kind: 'language' };

/** The keys that change the text (as opposed to switching what the keyboard shows). */
export type TextKey = Extract<KeyboardKey, { kind: 'char' | 'space' | 'backspace' | 'clear' }>;

/** Rows of single-character keys, top row first, each row in its reading order. */
export type KeyRows = readonly (readonly string[])[];

/**
 * Arabic: the standard Arabic (101) keyboard order for the three letter rows, so anyone who has
 * used an Arabic phone or PC finds letters where they expect them. ذ and د, which sit apart on a
 * physical keyboard, close the third row in place of the لا ligature; the hamza forms of alef
 * (shift-layer keys on a PC) get their own short fourth row instead of a shift key.
 */
export const arabicRows: KeyRows = [
  ['ض', 'ص', 'ث', 'ق', 'ف', 'غ', 'ع', 'ه', 'خ', 'ح', 'ج'],
  ['ش', 'س', 'ي', 'ب', 'ل', 'ا', 'ت', 'ن', 'م', 'ك', 'ط'],
  ['ئ', 'ء', 'ؤ', 'ر', 'ى', 'ة', 'و', 'ز', 'ظ', 'د', 'ذ'],
  ['أ', 'إ', 'آ'],
];

/** English: QWERTY, lowercase only (search ignores case, so a shift key would only confuse). */
export const englishRows: KeyRows = [
  ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
  ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l'],
  ['z', 'x', 'c', 'v', 'b', 'n', 'm'],
];

/**
 * Digits as on a phone keypad (1 2 3 on top, 0 alone at the bottom), the layout people know from
 * their phones. Western digits in both languages, as the kiosk uses everywhere.
 */
export const digitRows: KeyRows = [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9'], ['0']];

/** The letter rows for a language. */
export function letterRows(layout: KeyboardLayoutId): KeyRows {
  return layout === 'ar' ? arabicRows : englishRows;
}

/** The other language, for the language key. */
export function otherLayout(layout: KeyboardLayoutId): KeyboardLayoutId {
  return layout === 'ar' ? 'en' : 'ar';
}

/** Arabic-Indic digits (٠–٩) by Western digit, shown small under each digit key. */
export const arabicIndicDigits: Readonly<Record<string, string>> = {
  '0': '٠',
  '1': '١',
  '2': '٢',
  '3': '٣',
  '4': '٤',
  '5': '٥',
  '6': '٦',
  '7': '٧',
  '8': '٨',
  '9': '٩',
};

// One segmenter for the module: grapheme clusters are what a person sees as "one character",
// e.g. a letter with its harakah, or an emoji made of a surrogate pair.
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Removes the last user-perceived character (grapheme cluster), never half of one. */
export function removeLastCharacter(value: string): string {
  let lastStart = -1;
  for (const segment of graphemes.segment(value)) lastStart = segment.index;
  return lastStart < 0 ? value : value.slice(0, lastStart);
}

/**
 * The text after pressing `key`. Switch keys (`digits`, `language`) return the value unchanged,
 * so a screen may pass every key here without sorting them first.
 */
export function applyKey(value: string, key: KeyboardKey): string {
  switch (key.kind) {
    case 'char':
      return value + key.char;
    case 'space':
      return `${value} `;
    case 'backspace':
      return removeLastCharacter(value);
    case 'clear':
      return '';
    case 'digits':
    case 'language':
      return value;
    default: {
      const unreachable: never = key;
      return unreachable;
    }
  }
}
