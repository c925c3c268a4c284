/**
 * A phone-style numeric keypad for amounts and counts (the eligibility check's income and household
 * size), plus the pure digit helpers the screens use for what people paste or type.
 *
 * Policy: the kiosk stores and shows Western digits (0–9) in both languages, and accepts
 * Arabic-Indic (٠–٩) and Persian (۰–۹) digits on input. Each key shows both digit forms, so
 * readers of either recognise it.
 */
import { keepFocus } from './keepFocus';
import { arabicIndicDigits, removeLastCharacter } from './keyboardLayouts';
import './keyboard.css';

/** A key on the numeric keypad. */
export type KeypadKey =
  | { readonly kind: 'digit'; readonly digit: string }
  | { readonly kind: 'backspace' }
  | { readonly kind: 'clear' };

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/**
 * Western digits only: Arabic-Indic and Persian digits become 0–9, everything else (spaces,
 * separators, letters, signs) is dropped.
 */
export function normalizeDigits(input: string): string {
  let digits = '';
  for (const char of input) {
    const code = char.codePointAt(0) ?? 0;
    if (char >= '0' && char <= '9') digits += char;
    else if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9)
      digits += String(code - ARABIC_INDIC_ZERO);
    else if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9)
      digits += String(code - PERSIAN_ZERO);
  }
  return digits;
}

/**
 * An amount for display, thousands grouped with a comma ("12500" → "12,500"), leading zeros
 * dropped. Western digits and comma in both languages: the kiosk's one number style, also
 * what citizens see on the platform. `_lang` is kept so callers need not know that choice.
 */
export function formatAmount(value: string, _lang: 'ar' | 'en'): string {
  const digits = normalizeDigits(value).replace(/^0+(?=\d)/, '');
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * The value after pressing `key`. A digit is refused once `maxLength` digits are there, and
 * replaces a lone "0" (amounts and counts have no leading zeros) unless `keepsLeadingZeros`
 * (a phone number begins with 0).
 */
export function pressKeypadKey(
  value: string,
  key: KeypadKey,
  maxLength = Infinity,
  keepsLeadingZeros = false,
): string {
  const digits = normalizeDigits(value);
  switch (key.kind) {
    case 'digit': {
      const digit = normalizeDigits(key.digit);
      if (digit === '') return digits;
      if (digits === '0' && !keepsLeadingZeros) return digit;
      return digits.length >= maxLength ? digits : digits + digit;
    }
    case 'backspace':
      return removeLastCharacter(digits);
    case 'clear':
      return '';
    default: {
      const unreachable: never = key;
      return unreachable;
    }
  }
}

/** A "delete one character" glyph pointing to where text starts; it mirrors in Arabic. */
export function BackspaceGlyph() {
  return (
    <svg
      className="icon icon--directional"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M8.5 5H21v14H8.5L2.5 12l6-7Zm3.5 4 5 6m0-6-5 6" />
    </svg>
  );
}

/** A Western digit with its Arabic-Indic form small beneath it ("5" over "٥"). */
export function DigitFace({ digit }: { readonly digit: string }) {
  return (
    <span className="digit-face">
      <span className="digit-face__western">{digit}</span>
      <span className="digit-face__arabic" lang="ar" aria-hidden="true">
        {arabicIndicDigits[digit]}
      </span>
    </span>
  );
}

/** Every visible word on the keypad, already translated into the UI language. */
export type NumericKeypadLabels = {
  readonly backspace: string;
  readonly clear: string;
  /** Accessible name of the keypad group, e.g. "Number keys". */
  readonly keypad: string;
  /**
   * Why the digit keys stopped working, shown and announced once `maxLength` digits are typed,
   * e.g. «اكتمل الرقم. لا يمكن كتابة أكثر من رقمين هنا.»
   */
  readonly full: string;
};

export type NumericKeypadProps = {
  /** The current value, Western digits (other digit forms are normalised). */
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Digits allowed at most; the digit keys are disabled once it is reached. */
  readonly maxLength?: number;
  /** For digit strings that may begin with 0 (a phone number), not amounts or counts. */
  readonly keepsLeadingZeros?: boolean;
  readonly labels: NumericKeypadLabels;
  /** The field the keys type into, for listen mode to say what a key did. */
  readonly fieldId?: string;
};

const keypadDigits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** Where a digit sits on a phone keypad (1 2 3 / 4 5 6 / 7 8 9 / · 0 ·), counted from 1. */
function keypadPlace(digit: string): { row: number; column: number } {
  const value = Number(digit);
  return value === 0
    ? { row: 4, column: 2 }
    : { row: Math.ceil(value / 3), column: ((value - 1) % 3) + 1 };
}

/**
 * Marks a key that types a digit, with its place: spoken aloud, listen mode names the key by its
 * place rather than its digit, so the people nearby do not hear a number being typed.
 */
export function digitKeyAttributes(place: { row: number; column: number }) {
  return {
    'data-key': 'digit',
    'data-digit-key': '',
    'data-row': place.row,
    'data-column': place.column,
  };
}

/**
 * The numeric keypad: 1 2 3 / 4 5 6 / 7 8 9 / clear 0 delete, keys about 96 px tall at the first
 * text size and larger at the others. Always laid out left to right, as phone keypads are in
 * Arabic too. Under the keys, a polite status line says why the digits stopped once the answer
 * is full; its space is always kept, so no key moves when it appears.
 */
export function NumericKeypad({
  value,
  onChange,
  maxLength,
  keepsLeadingZeros = false,
  labels,
  fieldId,
}: NumericKeypadProps) {
  const digits = normalizeDigits(value);
  const isFull =
    maxLength !== undefined && digits.length >= maxLength && (digits !== '0' || keepsLeadingZeros);
  const isEmpty = digits === '';
  const press = (key: KeypadKey) => () =>
    onChange(pressKeypadKey(value, key, maxLength, keepsLeadingZeros));

  const digitKey = (digit: string) => (
    <button
      key={digit}
      type="button"
      className="keypad__key keypad__key--digit"
      aria-label={digit}
      {...digitKeyAttributes(keypadPlace(digit))}
      disabled={isFull}
      onPointerDown={keepFocus}
      onClick={press({ kind: 'digit', digit })}
    >
      <DigitFace digit={digit} />
    </button>
  );

  return (
    <div className="keypad" role="group" aria-label={labels.keypad} dir="ltr" data-field={fieldId}>
      {keypadDigits.map(digitKey)}
      <button
        type="button"
        className="keypad__key keypad__key--special keypad__key--clear"
        data-key="clear"
        disabled={isEmpty}
        onPointerDown={keepFocus}
        onClick={press({ kind: 'clear' })}
      >
        {labels.clear}
      </button>
      {digitKey('0')}
      <button
        type="button"
        className="keypad__key keypad__key--special keypad__key--backspace"
        data-key="backspace"
        disabled={isEmpty}
        onPointerDown={keepFocus}
        onClick={press({ kind: 'backspace' })}
      >
        <BackspaceGlyph />
        <span>{labels.backspace}</span>
      </button>
      <p className="keypad__status" role="status" dir="auto">
        {isFull ? labels.full : ''}
      </p>
    </div>
  );
}
