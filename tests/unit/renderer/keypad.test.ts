import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  normalizeDigits,
  NumericKeypad,
  pressKeypadKey,
  type KeypadKey,
} from '../../../renderer/ui/NumericKeypad';

const digit = (d: string): KeypadKey => ({ kind: 'digit', digit: d });

describe('normalizeDigits', () => {
  it('keeps Western digits', () => {
    expect(normalizeDigits('0123456789')).toBe('0123456789');
  });

  it('maps Arabic-Indic digits', () => {
    expect(normalizeDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
  });

  it('maps Persian digits', () => {
    expect(normalizeDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
  });

  it('drops separators, spaces, letters and signs', () => {
    expect(normalizeDigits('12,500 ريال')).toBe('12500');
    expect(normalizeDigits('١٢٬٥٠٠')).toBe('12500');
    expect(normalizeDigits('-3.5')).toBe('35');
    expect(normalizeDigits('abc')).toBe('');
    expect(normalizeDigits('')).toBe('');
  });
});

describe('formatAmount', () => {
  it('groups thousands with a comma, Western digits in both languages', () => {
    expect(formatAmount('12500', 'ar')).toBe('12,500');
    expect(formatAmount('12500', 'en')).toBe('12,500');
    expect(formatAmount('1234567', 'en')).toBe('1,234,567');
  });

  it('leaves short amounts alone', () => {
    expect(formatAmount('0', 'ar')).toBe('0');
    expect(formatAmount('999', 'ar')).toBe('999');
    expect(formatAmount('1000', 'ar')).toBe('1,000');
    expect(formatAmount('', 'en')).toBe('');
  });

  it('normalises Arabic-Indic input and drops leading zeros', () => {
    expect(formatAmount('١٢٥٠٠', 'ar')).toBe('12,500');
    expect(formatAmount('007500', 'en')).toBe('7,500');
    expect(formatAmount('000', 'en')).toBe('0');
  });
});

describe('pressKeypadKey', () => {
  it('appends digits', () => {
    expect([digit('1'), digit('2'), digit('5')].reduce((v, k) => pressKeypadKey(v, k), '')).toBe(
      '125',
    );
  });

  it('a digit replaces a lone zero', () => {
    expect(pressKeypadKey('0', digit('7'))).toBe('7');
    expect(pressKeypadKey('', digit('0'))).toBe('0');
    expect(pressKeypadKey('10', digit('0'))).toBe('100');
  });

  it('refuses digits beyond maxLength', () => {
    expect(pressKeypadKey('12', digit('3'), 2)).toBe('12');
    expect(pressKeypadKey('1', digit('3'), 2)).toBe('13');
  });

  it('backspace removes the last digit, clear empties', () => {
    expect(pressKeypadKey('125', { kind: 'backspace' })).toBe('12');
    expect(pressKeypadKey('', { kind: 'backspace' })).toBe('');
    expect(pressKeypadKey('125', { kind: 'clear' })).toBe('');
  });

  it('keeps leading zeros for phone numbers', () => {
    const typed = ['0', '5', '0'].reduce((v, d) => pressKeypadKey(v, digit(d), 10, true), '');
    expect(typed).toBe('050');
    expect(pressKeypadKey('0', digit('0'), 10, true)).toBe('00');
    expect(pressKeypadKey('0551234567', digit('8'), 10, true)).toBe('0551234567');
  });

  it('normalises a value that arrived with Arabic-Indic digits', () => {
    expect(pressKeypadKey('١٢', digit('٣'))).toBe('123');
  });
});

describe('NumericKeypad', () => {
  const labels = {
    backspace: 'احذف',
    clear: 'امسح الكل',
    keypad: 'أزرار الأرقام',
    full: 'اكتمل الرقم. لا يمكن كتابة أكثر من رقمين هنا.',
  };
  const render = (value: string) =>
    renderToStaticMarkup(
      createElement(NumericKeypad, { value, onChange: () => undefined, maxLength: 2, labels }),
    );
  const status = (html: string) =>
    /<p class="keypad__status" role="status"[^>]*>(.*?)<\/p>/.exec(html)?.[1];

  it('keeps an empty status line while digits can still be typed', () => {
    // The live region is there before it speaks, so the message is announced when it appears.
    expect(status(render('1'))).toBe('');
  });

  it('says why, politely, once the answer is full, and stops the digit keys', () => {
    const html = render('12');
    expect(status(html)).toBe(labels.full);
    expect(html.match(/keypad__key--digit"[^>]*disabled/g)).toHaveLength(10);
  });

  it('a lone zero is not full: the next digit replaces it', () => {
    expect(status(render('0'))).toBe('');
  });
});
