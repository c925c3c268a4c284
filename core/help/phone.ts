/**
 * Saudi mobile numbers for a callback request. Policy: accept what people type and paste (Western,
 * Arabic-Indic ٠-٩ and Persian ۰-۹ digits; spaces, dashes and invisible direction marks between
 * them; the country code as +966, 00966 or 966, or the leading 0, or neither) and keep one form,
 * `05XXXXXXXX`; refuse everything else (letters, other signs, landlines, other countries).
 */

/** The one stored form: 05 and eight more digits. */
const mobilePattern = /^05[0-9]{8}$/;

/** What may stand between the digits: spaces of any kind and dashes. */
const separators = /[\s\u2010-\u2015\u2212-]/gu;

/** Direction and zero-width marks a paste brings along, invisible and meaningless here. */
const invisibleMarks = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/** Longer input than this is not a phone number however it is spaced. */
const maxInputLength = 40;

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits as Western ones; other characters unchanged. */
export function westernDigits(input: string): string {
  return input.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}

/**
 * The number as `05XXXXXXXX`, or null when `input` is not a Saudi mobile number. Accepts
 * `+966 55 123 4567`, `00966551234567`, `966551234567`, `055-123-4567`, `551234567` and the same
 * in Arabic-Indic or Persian digits. `+` only at the start.
 */
export function normalizeSaudiMobile(input: string): string | null {
  if (input.length > maxInputLength) return null;
  const compact = westernDigits(input.replace(invisibleMarks, '').replace(separators, ''));
  if (!/^\+?[0-9]+$/.test(compact)) return null;
  const national = nationalPart(compact);
  if (national === null) return null;
  const mobile = `0${national}`;
  return mobilePattern.test(mobile) ? mobile : null;
}

/** The nine digits after the country code or the trunk 0, or null for another shape. */
function nationalPart(compact: string): string | null {
  if (compact.startsWith('+')) return compact.startsWith('+966') ? compact.slice(4) : null;
  if (compact.startsWith('00')) return compact.startsWith('00966') ? compact.slice(5) : null;
  if (compact.startsWith('966') && compact.length === 12) return compact.slice(3);
  if (compact.startsWith('0')) return compact.slice(1);
  return compact.length === 9 ? compact : null;
}

/**
 * A mobile number grouped as people read it aloud, `055 123 4567`; digits only, so an unfinished
 * number is grouped as far as it goes.
 */
export function groupMobileDigits(digits: string): string {
  return [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)]
    .filter((part) => part !== '')
    .join(' ');
}
