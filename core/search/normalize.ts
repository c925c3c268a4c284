/**
 * Text normalisation for FAQ search, applied identically at index time and query time so that the
 * many ways one Arabic word can be typed (with or without hamza, tashkeel, tatweel, Persian
 * keyboard letters, Arabic-Indic digits, invisible bidi marks) all meet on one form.
 *
 * Policy: standalone hamza (ء) is dropped, not kept, because visitors usually omit it
 * ("اجراءات" / "اجرات" / "اجراات") and dropping it on both sides makes those forms agree.
 */
import type { Language } from '../content/schema';

/**
 * Tashkeel and other combining marks on Arabic letters: Quranic annotation signs (U+0610–U+061A),
 * harakat, tanween, shadda, sukun and the combining hamzas (U+064B–U+065F), superscript alef
 * (U+0670) and the small high/low Quranic signs (U+06D6–U+06ED). Tatweel (U+0640) is decoration.
 */
const arabicMarks = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/**
 * Invisible characters that change nothing a reader sees but break equality: zero-width space and
 * joiners, LRM/RLM (U+200B–U+200F), bidi embeddings and overrides (U+202A–U+202E), bidi isolates
 * (U+2066–U+2069), the Arabic letter mark (U+061C), the BOM / zero-width no-break space (U+FEFF),
 * word joiner (U+2060) and soft hyphen (U+00AD). They are removed, not turned into spaces, because
 * they sit inside words when text is pasted from other apps.
 */
const invisibleMarks = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u2060\u00AD]/g;

/** Letter variants folded to one form; see the module header for why hamza is dropped. */
const letterFolds: Readonly<Record<string, string>> = {
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0622': '\u0627', // آ → ا
  '\u0671': '\u0627', // ٱ (alef wasla) → ا
  '\u0672': '\u0627', // ٲ (wavy hamza above) → ا
  '\u0673': '\u0627', // ٳ (wavy hamza below) → ا
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u064A', // ئ → ي
  '\u0621': '', // ء standalone → dropped
  '\u0629': '\u0647', // ة → ه
  '\u0649': '\u064A', // ى → ي
  '\u06CC': '\u064A', // Persian yeh ی → ي (Persian/Urdu keyboards)
  '\u06D2': '\u064A', // yeh barree ے → ي
  '\u06A9': '\u0643', // Persian keheh ک → ك
  '\u06C0': '\u0647', // heh with yeh above ۀ → ه
};
const letterFoldPattern = /[\u0621-\u0626\u0629\u0649\u0671-\u0673\u06A9\u06C0\u06CC\u06D2]/g;

/** Arabic-Indic (U+0660–U+0669) and Persian (U+06F0–U+06F9) digits → ASCII. */
const easternDigits = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Everything that is not a letter or a digit separates words (Arabic ، ؛ ؟ included). */
const separators = /[^\p{L}\p{N}]+/gu;

function foldEasternDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/**
 * Normalises text for matching: Unicode NFKC (presentation forms and ligatures such as ﻻ become
 * plain letters), invisible marks and tashkeel removed, letter variants folded, digits to ASCII,
 * Latin lowercased, punctuation to single spaces, trimmed. Idempotent.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(invisibleMarks, '')
    .replace(arabicMarks, '')
    .replace(letterFoldPattern, (letter) => letterFolds[letter] ?? letter)
    .replace(easternDigits, foldEasternDigit)
    .toLowerCase()
    .replace(separators, ' ')
    .trim();
}

/** Splits text into normalised words; an empty or punctuation-only text gives no words. */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

const arabicLetter =
  /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/gu;
const latinLetter = /[A-Za-z\u00C0-\u024F]/gu;

/**
 * Guesses the language of a query from its letters: English when Latin letters outnumber Arabic
 * ones, otherwise Arabic (the kiosk's default, also for digit-only or empty queries).
 */
export function detectLanguage(query: string): Language {
  const arabic = query.match(arabicLetter)?.length ?? 0;
  const latin = query.match(latinLetter)?.length ?? 0;
  return latin > arabic ? 'en' : 'ar';
}
