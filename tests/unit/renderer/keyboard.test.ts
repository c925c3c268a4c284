import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OnScreenKeyboard } from '../../../renderer/ui/OnScreenKeyboard';
import {
  applyKey,
  arabicRows,
  digitRows,
  englishRows,
  letterRows,
  otherLayout,
  removeLastCharacter,
  type KeyboardKey,
} from '../../../renderer/ui/keyboardLayouts';

const char = (c: string): KeyboardKey => ({ kind: 'char', char: c });

/** Types a sequence of keys into an empty field, as a citizen would tap them. */
function type(...keys: KeyboardKey[]): string {
  return keys.reduce(applyKey, '');
}

describe('applyKey', () => {
  it('appends a letter', () => {
    expect(applyKey('', char('a'))).toBe('a');
    expect(applyKey('ab', char('c'))).toBe('abc');
  });

  it('appends Arabic letters in typing order', () => {
    expect(type(char('ض'), char('م'), char('ا'), char('ن'))).toBe('ضمان');
    expect(type(char('أ'), char('ه'), char('ل'), char('ي'), char('ة'))).toBe('أهلية');
  });

  it('appends a space', () => {
    expect(applyKey('دعم', { kind: 'space' })).toBe('دعم ');
  });

  it('backspace removes the last character', () => {
    expect(applyKey('abc', { kind: 'backspace' })).toBe('ab');
    expect(applyKey('ضمان', { kind: 'backspace' })).toBe('ضما');
  });

  it('backspace on an empty field leaves it empty', () => {
    expect(applyKey('', { kind: 'backspace' })).toBe('');
  });

  it('backspace removes a surrogate pair whole', () => {
    expect(applyKey('a😀', { kind: 'backspace' })).toBe('a');
    expect(applyKey('a👍🏽', { kind: 'backspace' })).toBe('a');
  });

  it('backspace removes a letter together with its combining marks', () => {
    // بَ = beh + fatha; e + combining acute.
    expect(applyKey('كتبَ', { kind: 'backspace' })).toBe('كت');
    expect(applyKey('cafe\u0301', { kind: 'backspace' })).toBe('caf');
  });

  it('clear empties the field', () => {
    expect(applyKey('رقم الهوية', { kind: 'clear' })).toBe('');
    expect(applyKey('', { kind: 'clear' })).toBe('');
  });

  it('the digits and language keys leave the text as it is', () => {
    expect(applyKey('دعم', { kind: 'digits' })).toBe('دعم');
    expect(applyKey('support', { kind: 'language' })).toBe('support');
  });

  it('removeLastCharacter works on plain strings', () => {
    expect(removeLastCharacter('ab')).toBe('a');
    expect(removeLastCharacter('')).toBe('');
  });
});

describe('layouts', () => {
  const layouts = { arabic: arabicRows, english: englishRows, digits: digitRows };

  for (const [name, rows] of Object.entries(layouts)) {
    it(`${name}: every row has keys and every key is one character, used once`, () => {
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.length).toBeGreaterThan(0);
      const keys = rows.flat();
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect([...key]).toHaveLength(1);
    });
  }

  it('Arabic has 3 or 4 rows, all 28 letters and the extra letter forms', () => {
    expect(arabicRows.length).toBeGreaterThanOrEqual(3);
    expect(arabicRows.length).toBeLessThanOrEqual(4);
    const keys = new Set(arabicRows.flat());
    for (const letter of 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي') expect(keys).toContain(letter);
    for (const letter of 'ةىءؤئأإآ') expect(keys).toContain(letter);
  });

  it('Arabic starts with the usual first row', () => {
    expect(arabicRows[0]?.slice(0, 4)).toEqual(['ض', 'ص', 'ث', 'ق']);
  });

  it('English is lowercase QWERTY with all 26 letters', () => {
    expect(englishRows.map((row) => row.join(''))).toEqual(['qwertyuiop', 'asdfghjkl', 'zxcvbnm']);
  });

  it('digits are 0-9 with 1 2 3 on top', () => {
    expect(digitRows[0]).toEqual(['1', '2', '3']);
    expect([...digitRows.flat()].sort()).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
  });

  it('letterRows and otherLayout pair the two languages', () => {
    expect(letterRows('ar')).toBe(arabicRows);
    expect(letterRows('en')).toBe(englishRows);
    expect(otherLayout('ar')).toBe('en');
    expect(otherLayout('en')).toBe('ar');
  });
});

describe('OnScreenKeyboard', () => {
  const labels = {
    space: 'Space',
    backspace: 'Delete',
    clear: 'Clear all',
    digits: 'Numbers',
    letters: 'Letters',
    switchToArabic: 'أ ب ت',
    switchToEnglish: 'ABC',
    keyboard: 'Keyboard',
  };
  const bottomRow = (layout: 'ar' | 'en') => {
    const html = renderToStaticMarkup(
      createElement(OnScreenKeyboard, {
        layout,
        onKey: () => undefined,
        onLayoutChange: () => undefined,
        labels,
      }),
    );
    const row = html.slice(html.indexOf('osk__actions'));
    return [...row.matchAll(/osk__key--(mode|language|space|clear|backspace)/g)].map(
      (match) => match[1],
    );
  };

  it('has the same bottom row in both languages, each key named for its grid area', () => {
    // keyboard.css places these areas so Delete stays at the right edge in both languages.
    expect(bottomRow('ar')).toEqual(['mode', 'language', 'space', 'clear', 'backspace']);
    expect(bottomRow('en')).toEqual(bottomRow('ar'));
  });
});
