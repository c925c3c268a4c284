/**
 * Staff display names. Policy: a name is 1 to 40 characters once trimmed, with runs of spaces
 * made one; it may not hold control or invisible formatting characters (bidi overrides could make
 * the audit log read falsely), except the zero-width non-joiner Persian spelling needs; two
 * accounts may not share a name, compared without case or Unicode form differences. Pure.
 */

/** The longest display name, in characters (code points). */
export const maxDisplayNameLength = 40;

/**
 * Control and format characters (bidi controls, zero-width spaces, BOM), but not the whitespace
 * controls (tab, newline), which become spaces, nor U+200C.
 */
const hiddenCharacters = /(?![\t\n\r\u200C])[\p{Cc}\p{Cf}]/u;

/**
 * The name as it is stored: NFC, trimmed, inner whitespace runs made one space; null when it is
 * empty, longer than 40 characters or holds hidden characters (pure).
 */
export function cleanDisplayName(raw: string): string | null {
  if (typeof raw !== 'string' || hiddenCharacters.test(raw)) return null;
  const name = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (name === '' || [...name].length > maxDisplayNameLength) return null;
  return name;
}

/** What two names are compared by for uniqueness: compatibility form, lower case (pure). */
export function displayNameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
}
