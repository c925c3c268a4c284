/**
 * Light stemming and stop words for FAQ search (Arabic and English). Input words are already
 * normalised (see normalize.ts), so hamza, taa marbuta and alef maqsura are folded here too.
 *
 * Policy: stem conservatively. A wrong merge ("بطاقة" → "طاقة") ranks an unrelated answer first,
 * while a missed merge only costs some recall that synonyms, typo tolerance and the corpus-aware
 * proclitic step in the index can win back. So an affix is removed only when at least three
 * letters remain, and the one-letter proclitics ب ف ك ل are never removed blindly.
 */
import { normalizeText } from './normalize';

/**
 * Arabic words that carry no meaning for finding an answer. Written naturally and normalised when
 * the module loads so they match normalised input.
 *
 * Kept on purpose (NOT stop words) because they carry intent: متى (when → dates), كيف (how →
 * steps), كم (how much → amounts), ليش/لماذا (why → stops, rejections), وين/أين (where →
 * contact). The "what" words (ماذا, وش, ايش, شنو) are stop words: nearly every question has one.
 * Negation (لا, لم, ما) is dropped too: "ما" is also "what", and the difference between "when is
 * it paid" and "it was not paid" is carried by the other words ("ناقص", "صفر", "وقف").
 */
// prettier-ignore
const arabicStopWordList = [
  'في', 'من', 'على', 'عن', 'إلى', 'الى', 'هل', 'ما', 'ماذا', 'وش', 'ايش', 'إيش', 'شنو', 'شو',
  'ايه', 'لا', 'لم', 'لن', 'يا', 'و', 'أو', 'او', 'أم', 'ثم', 'أن', 'إن', 'ان', 'انه', 'أنا',
  'انا', 'أنت', 'انت', 'انتي', 'هو', 'هي', 'هم', 'نحن', 'احنا', 'هذا', 'هذه', 'هذي', 'ذلك', 'تلك',
  'هاذا', 'هاذي', 'الذي', 'التي', 'الذين', 'اللي', 'كان', 'كانت', 'يكون', 'تكون', 'لي', 'لك', 'له',
  'لها', 'لهم', 'لنا', 'به', 'بها', 'فيه', 'فيها', 'منه', 'منها', 'عليه', 'عليها', 'عنه', 'مع',
  'كل', 'أي', 'اي', 'قد', 'لقد', 'حتى', 'إذا', 'اذا', 'لو', 'عند', 'عندي', 'عندنا', 'يعني', 'بعد',
  'قبل', 'الحين', 'الآن', 'الان', 'تم', 'ذا', 'بس', 'طيب', 'سمحت', 'الله',
  // Wishes and courtesies: "I want", "I'd like", "please", greetings. They begin half of all
  // questions and say nothing about the topic, so they must never outrank the topic word.
  'ابي', 'ابغى', 'ابغي', 'ابغا', 'بغيت', 'ودي', 'اريد', 'أريد', 'نبي', 'نبغى', 'نبغي', 'يبي',
  'تكفى', 'تكفون', 'لوسمحت', 'فضلك', 'السلام', 'عليكم', 'مرحبا', 'هلا', 'يعطيك', 'العافيه',
  'يعافيك', 'اخوي', 'اختي', 'خوي', 'اعرف', 'ابا', 'بعرف',
];

/**
 * English stop words. "when", "how", "why", "where", "much" and "many" are kept for the same
 * reason as their Arabic counterparts; "not"/"no" are dropped like Arabic negation.
 */
// prettier-ignore
const englishStopWordList = [
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'to', 'of', 'in',
  'on', 'at', 'for', 'from', 'by', 'with', 'about', 'into', 'as', 'and', 'or', 'but', 'if', 'so',
  'i', 'me', 'my', 'mine', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her',
  'it', 'its', 'they', 'them', 'their', 'this', 'that', 'these', 'those', 'there', 'here', 'what',
  'which', 'who', 'whom', 'do', 'does', 'did', 'doing', 'done', 'can', 'could', 'should', 'would',
  'will', 'shall', 'may', 'might', 'must', 'have', 'has', 'had', 'having', 'not', 'no', 'any',
  'some', 'please', 'just', 'also', 'then', 'than', 'too', 'very', 'get', 'got', 'now', 'still',
  'up', 'out', 'im', 'ive', 'dont', 'cant', 'cannot', 'isnt', 'whats',
  // Wishes, courtesies and "not working": as in Arabic, never the topic of a question.
  'want', 'wanna', 'like', 'would', 'plz', 'pls', 'kindly', 'hello', 'hi', 'thanks', 'thank',
  'know', 'tell', 'working', 'works',
];

function normalizedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(normalizeText).filter((word) => word !== ''));
}

/** Normalised Arabic stop words (see the list's comment for which question words are kept). */
export const arabicStopWords: ReadonlySet<string> = normalizedSet(arabicStopWordList);
/** Normalised English stop words. */
export const englishStopWords: ReadonlySet<string> = normalizedSet(englishStopWordList);

/** True for a normalised word that should not be indexed or searched. */
export function isStopWord(word: string): boolean {
  return word.length < 2 || arabicStopWords.has(word) || englishStopWords.has(word);
}

const minArabicStem = 3;

/**
 * Definite article with the proclitics that glue to it, longest first. The remaining stem may be
 * two letters here ("الام" → "ام") because "ال" in front is strong evidence of a word boundary.
 */
const articlePrefixes = ['وبال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ال'] as const;

/**
 * Suffixes (after ة → ه folding), tried in this order and each at most once, as in Light10. The
 * sequence is what makes "اجتماعية", "اجتماعيه" and "اجتماعي" all reach "اجتماع".
 */
const arabicSuffixes = ['ها', 'هم', 'كم', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'] as const;

/**
 * Arabic light stem of one normalised word: the conjunction و when at least three letters remain
 * and the word is not itself a known short form, then the article family, then suffixes.
 * The one-letter proclitics ب ف ك ل are left to the index's corpus-aware step (see
 * `procliticVariants`), because stripping them blindly breaks "بطاقه", "فلوس", "كفاله".
 */
export function stemArabic(word: string): string {
  if (wholeArabicWords.has(word)) return word;
  let stem = word;
  for (const prefix of articlePrefixes) {
    if (stem.startsWith(prefix) && stem.length - prefix.length >= 2) {
      stem = stem.slice(prefix.length);
      break;
    }
  }
  for (const suffix of arabicSuffixes) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= minArabicStem) {
      stem = stem.slice(0, -suffix.length);
    }
  }
  return stem;
}

/**
 * Dialect words that are one word of meaning, not a proclitic and a stem: «لحالي» is "on my own",
 * not «حال» (status), and must never meet «حالة» in search.
 */
const wholeArabicWords: ReadonlySet<string> = normalizedSet([
  'لحالي',
  'لحالها',
  'لحاله',
  'لحالنا',
  'لحالهم',
  'بروحي',
  'بروحها',
  'بروحه',
  'لوحدي',
  'لوحدها',
  'لوحده',
]);

/** One-letter proclitics (and, with, so, like, for) that may or may not belong to the word. */
const oneLetterProclitics = ['و', 'ب', 'ف', 'ك', 'ل'] as const;

/**
 * Readings of a stem with one or two one-letter proclitics removed ("وبحساب" → "بحساب", "حساب"),
 * most likely last. The index keeps a reading only when the corpus knows the shorter word, so
 * "وثيقه" stays whole while "وحساب" becomes "حساب".
 */
export function procliticVariants(stem: string): string[] {
  if (wholeArabicWords.has(stem)) return [];
  const variants: string[] = [];
  let current = stem;
  for (let round = 0; round < 2; round += 1) {
    const first = current[0];
    if (first === undefined || !(oneLetterProclitics as readonly string[]).includes(first)) break;
    if (current.length - 1 < minArabicStem) break;
    current = current.slice(1);
    // The shorter word may still carry the article ("بالراتب" is handled above, "والراتب" here).
    variants.push(stemArabic(current));
  }
  return variants;
}

const vowels = /[aeiouy]/;

function endsWithDoubleConsonant(word: string): boolean {
  const last = word.at(-1);
  return (
    last !== undefined &&
    word.length >= 2 &&
    last === word.at(-2) &&
    !vowels.test(last) &&
    !['l', 's', 'z'].includes(last)
  );
}

/** Strips `suffix` when at least `minRest` letters remain and the rest has a vowel. */
function strip(word: string, suffix: string, minRest: number): string | undefined {
  if (!word.endsWith(suffix)) return undefined;
  const rest = word.slice(0, -suffix.length);
  return rest.length >= minRest && vowels.test(rest) ? rest : undefined;
}

/**
 * English "Porter-lite" stem of one lowercased word: plurals and -ies → y, then -ed/-ing (undoing
 * a doubled consonant), then -ication → y, -ment and -ly, then a final silent e, so "payments" →
 * "pay", "applied"/"application" → "apply", "eligible"/"eligibility" → "eligibl".
 */
export function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  let stem = word;
  // Plural and third person.
  if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (/(?:ss|sh|ch|x|z)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !/(?:ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  // Past tense and progressive.
  const unsuffixed = stem.endsWith('ied')
    ? `${stem.slice(0, -3)}y`
    : (strip(stem, 'ing', 3) ?? strip(stem, 'ed', 3));
  if (unsuffixed !== undefined) {
    stem = endsWithDoubleConsonant(unsuffixed) ? unsuffixed.slice(0, -1) : unsuffixed;
  }
  // A few derivational endings that matter for this domain.
  if (stem.endsWith('ication') && stem.length > 9) stem = `${stem.slice(0, -7)}y`;
  else if (stem.endsWith('bility') && stem.length > 8) stem = `${stem.slice(0, -6)}bl`;
  // -ly only on long words: "monthly" → "month", while "family" and "apply" stay whole.
  else stem = strip(stem, 'ment', 3) ?? strip(stem, 'ly', 5) ?? stem;
  if (stem.endsWith('e') && stem.length > 3) stem = stem.slice(0, -1);
  return stem;
}

const hasArabicLetter = /[\u0621-\u064A\u066E-\u06FF]/;
const hasLatinLetter = /[a-z]/;

/** Stems one normalised word with the stemmer of its script; digits and others pass through. */
export function stemWord(word: string): string {
  if (hasArabicLetter.test(word)) return stemArabic(word);
  if (hasLatinLetter.test(word)) return stemEnglish(word);
  return word;
}
