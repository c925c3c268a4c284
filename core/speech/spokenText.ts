/**
 * What listen mode says for the text on screen. Policy: speech engines (espeak-ng Arabic, the
 * Windows Arabic voices) read digits badly ("1,320" as "one comma three two zero", «ر.س» as two
 * letters, «1448 هـ» with a stray letter), so every number is handed to them already in words,
 * in the screen's language: amounts with their riyals, dates with their calendar, years as years,
 * and phone, ID and other long numbers digit by digit, never as one huge number. Text without
 * digits is returned unchanged, and nothing but numbers and the signs that belong to them
 * (currency, per cent, era, list markers) is ever rewritten.
 *
 * Arabic follows the classical rules a Saudi listener expects: numbers 3–10 take the opposite
 * gender of what they count, the counted noun follows the last part of the number («ثلاثة
 * ريالات», «أحد عشر ريالًا», «مئة ريال»), and a number after a preposition or a noun it completes
 * is genitive («من عشرين ريالًا», «في ألفين وثلاثة وعشرين»).
 */
import type { Language } from '../content/schema';
import { westernDigits } from '../help/phone';

/** The gender of what is counted; Arabic 1–2 and 3–10 agree with it (واحدة، اثنتان، ثلاث). */
export type Gender = 'masculine' | 'feminine';

/** Nominative on its own; genitive after a preposition or a noun the number completes. */
type GrammaticalCase = 'nominative' | 'genitive';

/** How an Arabic number is said where it stands. */
type ArabicForm = {
  readonly gender: Gender;
  readonly grammaticalCase: GrammaticalCase;
  /** Directly before its counted noun: «مئتا ريال», «ألفا ريال», «أحد عشر ألف ريال». */
  readonly isBeforeNoun: boolean;
};

const nominativeMasculine: ArabicForm = {
  gender: 'masculine',
  grammaticalCase: 'nominative',
  isBeforeNoun: false,
};

/** Largest whole number said in words; longer numbers are read digit by digit. */
const largestNumber = 999_999_999;

/** The entry of a fixed table; the tables below cover every index their callers pass. */
function entry(table: readonly string[], index: number): string {
  return table[index] ?? '';
}

// ---------------------------------------------------------------------------------------------
// Arabic cardinals

const arabicUnitsMasculine = [
  'صفر',
  'واحد',
  'اثنان',
  'ثلاثة',
  'أربعة',
  'خمسة',
  'ستة',
  'سبعة',
  'ثمانية',
  'تسعة',
  'عشرة',
];
const arabicUnitsFeminine = [
  'صفر',
  'واحدة',
  'اثنتان',
  'ثلاث',
  'أربع',
  'خمس',
  'ست',
  'سبع',
  'ثماني',
  'تسع',
  'عشر',
];
/** Stems of 20–90: «عشرون» in the nominative, «عشرين» in the genitive. */
const arabicTenStems = ['', '', 'عشر', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'];
const arabicHundreds = [
  '',
  'مئة',
  'مئتان',
  'ثلاثمئة',
  'أربعمئة',
  'خمسمئة',
  'ستمئة',
  'سبعمئة',
  'ثمانمئة',
  'تسعمئة',
];

/** A scale word (ألف، مليون) in each form the count before it asks for. */
type ArabicScale = {
  /** After 1, 100s, and 11–99 directly before a noun: «ألف». */
  readonly singular: string;
  /** After 3–10: «آلاف». */
  readonly plural: string;
  /** After 11–99: «ألفًا». */
  readonly accusative: string;
};

const thousand: ArabicScale = { singular: 'ألف', plural: 'آلاف', accusative: 'ألفًا' };
const million: ArabicScale = { singular: 'مليون', plural: 'ملايين', accusative: 'مليونًا' };

/**
 * A dual from its stem: «ألفان» / «ألفين», and without the final nun before a noun it is joined
 * to («ألفا ريال», «اثنا عشر»).
 */
function arabicDual(stem: string, grammaticalCase: GrammaticalCase, isBeforeNoun: boolean): string {
  if (grammaticalCase === 'nominative') return stem + (isBeforeNoun ? 'ا' : 'ان');
  return stem + (isBeforeNoun ? 'ي' : 'ين');
}

function arabicUnit(n: number, gender: Gender, grammaticalCase: GrammaticalCase): string {
  if (n === 2) return arabicDual(gender === 'masculine' ? 'اثن' : 'اثنت', grammaticalCase, false);
  return entry(gender === 'masculine' ? arabicUnitsMasculine : arabicUnitsFeminine, n);
}

function arabicTens(tens: number, grammaticalCase: GrammaticalCase): string {
  return entry(arabicTenStems, tens) + (grammaticalCase === 'nominative' ? 'ون' : 'ين');
}

/** 1–99: «أحد عشر», «اثنا عشر», «ثلاث عشرة» (feminine), «واحد وعشرون», «إحدى وعشرون». */
function arabicBelowHundred(n: number, form: ArabicForm): string {
  const isMasculine = form.gender === 'masculine';
  if (n <= 10) return arabicUnit(n, form.gender, form.grammaticalCase);
  if (n === 11) return isMasculine ? 'أحد عشر' : 'إحدى عشرة';
  const teen = isMasculine ? 'عشر' : 'عشرة';
  if (n === 12)
    return `${arabicDual(isMasculine ? 'اثن' : 'اثنت', form.grammaticalCase, true)} ${teen}`;
  if (n < 20) return `${arabicUnit(n - 10, form.gender, form.grammaticalCase)} ${teen}`;
  const tens = arabicTens(Math.floor(n / 10), form.grammaticalCase);
  const unit = n % 10;
  if (unit === 0) return tens;
  const unitWord =
    unit === 1
      ? isMasculine
        ? 'واحد'
        : 'إحدى'
      : arabicUnit(unit, form.gender, form.grammaticalCase);
  return `${unitWord} و${tens}`;
}

function arabicHundred(h: number, grammaticalCase: GrammaticalCase, isBeforeNoun: boolean): string {
  return h === 2 ? arabicDual('مئت', grammaticalCase, isBeforeNoun) : entry(arabicHundreds, h);
}

/** 1–999; hundreds do not change with gender. */
function arabicBelowThousand(n: number, form: ArabicForm): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds > 0) {
    parts.push(arabicHundred(hundreds, form.grammaticalCase, form.isBeforeNoun && rest === 0));
  }
  if (rest > 0) parts.push(arabicBelowHundred(rest, form));
  return parts.join(' و');
}

/**
 * `count` thousands or millions. The scale word is masculine, so its count is always said in the
 * masculine, and the scale word itself follows the last part of its count, like any counted
 * noun: «ألف», «ألفان», «ثلاثة آلاف», «أحد عشر ألفًا», «مئة ألف», «مئة وخمسون ألفًا».
 */
function arabicScale(
  count: number,
  scale: ArabicScale,
  grammaticalCase: GrammaticalCase,
  isBeforeNoun: boolean,
): string {
  if (count === 1) return scale.singular;
  if (count === 2) return arabicDual(scale.singular, grammaticalCase, isBeforeNoun);
  const form: ArabicForm = { gender: 'masculine', grammaticalCase, isBeforeNoun: false };
  if (count <= 10) return `${arabicUnit(count, 'masculine', grammaticalCase)} ${scale.plural}`;
  if (count < 100) {
    return `${arabicBelowHundred(count, form)} ${isBeforeNoun ? scale.singular : scale.accusative}`;
  }
  const hundreds = Math.floor(count / 100);
  const rest = count % 100;
  if (rest === 0) return `${arabicHundred(hundreds, grammaticalCase, true)} ${scale.singular}`;
  const head = arabicHundred(hundreds, grammaticalCase, false);
  return `${head} و${arabicScale(rest, scale, grammaticalCase, isBeforeNoun)}`;
}

/** A whole number 0–999,999,999 in Arabic words. */
function arabicCardinal(n: number, form: ArabicForm): string {
  if (n === 0) return 'صفر';
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor(n / 1000) % 1000;
  const rest = n % 1000;
  const parts: string[] = [];
  if (millions > 0) {
    const isLast = thousands === 0 && rest === 0;
    parts.push(arabicScale(millions, million, form.grammaticalCase, form.isBeforeNoun && isLast));
  }
  if (thousands > 0) {
    const isLast = rest === 0;
    parts.push(arabicScale(thousands, thousand, form.grammaticalCase, form.isBeforeNoun && isLast));
  }
  if (rest > 0) parts.push(arabicBelowThousand(rest, form));
  return parts.join(' و');
}

// ---------------------------------------------------------------------------------------------
// English cardinals (British: "one hundred and twenty")

const englishOnes = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const englishTens = [
  '',
  '',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
];

function englishBelowHundred(n: number): string {
  if (n < 20) return entry(englishOnes, n);
  const unit = n % 10;
  const tens = entry(englishTens, Math.floor(n / 10));
  return unit === 0 ? tens : `${tens}-${entry(englishOnes, unit)}`;
}

function englishBelowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return englishBelowHundred(rest);
  const head = `${entry(englishOnes, hundreds)} hundred`;
  return rest === 0 ? head : `${head} and ${englishBelowHundred(rest)}`;
}

/** A whole number 0–999,999,999 in English words. */
function englishCardinal(n: number): string {
  if (n === 0) return 'zero';
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor(n / 1000) % 1000;
  const rest = n % 1000;
  const parts: string[] = [];
  if (millions > 0) parts.push(`${englishBelowThousand(millions)} million`);
  if (thousands > 0) parts.push(`${englishBelowThousand(thousands)} thousand`);
  if (rest > 0) {
    parts.push(
      rest < 100 && parts.length > 0
        ? `and ${englishBelowHundred(rest)}`
        : englishBelowThousand(rest),
    );
  }
  return parts.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Numbers, digits, ordinals and years

const digitNames: Readonly<Record<Language, readonly string[]>> = {
  ar: arabicUnitsMasculine,
  en: englishOnes,
};
const digitPause: Readonly<Record<Language, string>> = { ar: '، ', en: ', ' };
const decimalPoint: Readonly<Record<Language, string>> = { ar: 'فاصلة', en: 'point' };

const nonDigits = /[^0-9]/g;
const trailingZeros = /0+$/;

function checkRange(n: number): void {
  if (!Number.isFinite(n) || n < 0 || n >= largestNumber + 1) {
    throw new RangeError(`Only numbers from 0 to ${largestNumber} are said in words: ${n}`);
  }
}

/** The whole and fractional digits of a number as written, without floating-point exponent. */
function splitDecimal(n: number): readonly [number, string] {
  const written = String(n).includes('e') ? n.toFixed(20).replace(trailingZeros, '') : String(n);
  const [whole = '0', fraction = ''] = written.split('.');
  return [Number(whole), fraction];
}

/**
 * The digits after the decimal point. English says them one by one ("point two five"); Arabic
 * says them as a number («فاصلة خمسة وعشرون») unless a leading zero would be lost.
 */
function fractionWords(fraction: string, lang: Language): string {
  const digits = [...fraction].map((digit) => entry(digitNames[lang], Number(digit)));
  if (lang === 'en' || fraction.startsWith('0') || fraction.length > 9) return digits.join(' ');
  return arabicCardinal(Number(fraction), nominativeMasculine);
}

function cardinalWords(whole: number, fraction: string, lang: Language, form: ArabicForm): string {
  const words = lang === 'ar' ? arabicCardinal(whole, form) : englishCardinal(whole);
  if (fraction === '') return words;
  return `${words} ${decimalPoint[lang]} ${fractionWords(fraction, lang)}`;
}

/**
 * A number 0–999,999,999 in words, in the nominative: 1320 → «ألف وثلاثمئة وعشرون» / "one
 * thousand three hundred and twenty"; 1.5 → «واحد فاصلة خمسة» / "one point five". `gender` is
 * the gender of what is counted (Arabic only): feminine gives «واحدة», «اثنتان», «ثلاث»…
 * Throws a RangeError for a negative number, a number too large, or one that is not finite.
 */
export function numberWords(n: number, lang: Language, gender: Gender = 'masculine'): string {
  checkRange(n);
  const [whole, fraction] = splitDecimal(n);
  return cardinalWords(whole, fraction, lang, { ...nominativeMasculine, gender });
}

/**
 * A number read digit by digit, with a short pause (a comma) between digits: "8001247777" →
 * «ثمانية، صفر، صفر، …» / "eight, zero, zero, …". Arabic-Indic and Persian digits count as
 * digits; anything else (spaces, dashes, a plus sign) is skipped.
 */
export function digitsOneByOne(digits: string, lang: Language): string {
  return [...westernDigits(digits).replace(nonDigits, '')]
    .map((digit) => entry(digitNames[lang], Number(digit)))
    .join(digitPause[lang]);
}

const arabicOrdinalsMasculine = [
  '',
  'الأول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الخامس',
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
  'العاشر',
];
const arabicOrdinalsFeminine = [
  '',
  'الأولى',
  'الثانية',
  'الثالثة',
  'الرابعة',
  'الخامسة',
  'السادسة',
  'السابعة',
  'الثامنة',
  'التاسعة',
  'العاشرة',
];

/**
 * Arabic ordinal 1–99: «الأول», «الحادي عشر», «الثاني عشر», «العشرون», «الحادي والعشرون»; the
 * feminine (for an hour) «الأولى», «الحادية عشرة»; tens in the genitive «العشرين».
 */
function arabicOrdinal(n: number, gender: Gender, grammaticalCase: GrammaticalCase): string {
  const isMasculine = gender === 'masculine';
  const units = isMasculine ? arabicOrdinalsMasculine : arabicOrdinalsFeminine;
  const compoundOne = isMasculine ? 'الحادي' : 'الحادية';
  if (n <= 10) return entry(units, n);
  if (n < 20) {
    const unit = n === 11 ? compoundOne : entry(units, n - 10);
    return `${unit} ${isMasculine ? 'عشر' : 'عشرة'}`;
  }
  const tens = `ال${arabicTens(Math.floor(n / 10), grammaticalCase)}`;
  const unit = n % 10;
  if (unit === 0) return tens;
  return `${unit === 1 ? compoundOne : entry(units, unit)} و${tens}`;
}

const englishOrdinalEndings: Readonly<Record<string, string>> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
};

const lastWord = /[a-z]+$/;

function englishOrdinal(n: number): string {
  return englishCardinal(n).replace(lastWord, (last) => {
    const irregular = englishOrdinalEndings[last];
    if (irregular !== undefined) return irregular;
    return last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`;
  });
}

/**
 * An ordinal: "first", "twenty-seventh", "one hundred and first"; in Arabic (1–99 only, the
 * masculine, as for a day of the month) «الأول», «الحادي والعشرون». Throws a RangeError outside
 * 1–999,999,999 (Arabic: 1–99).
 */
export function ordinalWords(n: number, lang: Language): string {
  const largest = lang === 'ar' ? 99 : largestNumber;
  if (!Number.isInteger(n) || n < 1 || n > largest) {
    throw new RangeError(`No ordinal in words for ${n}`);
  }
  return lang === 'ar' ? arabicOrdinal(n, 'masculine', 'nominative') : englishOrdinal(n);
}

/**
 * English years as people say them: "nineteen ninety-nine", "nineteen oh five", "nineteen
 * hundred", "two thousand and three", "twenty twenty-six", "fourteen forty-eight".
 */
function englishYear(year: number): string {
  if (year < 1100 || year > 9999 || (year >= 2000 && year <= 2009) || year % 1000 === 0) {
    return englishCardinal(year);
  }
  const century = englishBelowHundred(Math.floor(year / 100));
  const rest = year % 100;
  if (rest === 0) return `${century} hundred`;
  if (rest < 10) return `${century} oh ${entry(englishOnes, rest)}`;
  return `${century} ${englishBelowHundred(rest)}`;
}

/**
 * A year: in Arabic a number like any other («ألفان وستة وعشرون»), in English as a year ("twenty
 * twenty-six", "two thousand and three"). Throws a RangeError outside 0–999,999,999.
 */
export function yearWords(year: number, lang: Language): string {
  checkRange(year);
  if (!Number.isInteger(year)) throw new RangeError(`A year is a whole number: ${year}`);
  return lang === 'ar' ? arabicCardinal(year, nominativeMasculine) : englishYear(year);
}

// ---------------------------------------------------------------------------------------------
// Counted nouns and amounts

/** An Arabic noun counted by a number, in the form each count asks for. */
type ArabicCountedNoun = {
  readonly gender: Gender;
  /** After 0, round hundreds, thousands and millions (genitive singular): «ريال». */
  readonly singular: string;
  /** Stem of the dual, said alone for 2: «ريالان» / «ريالين». */
  readonly dualStem: string;
  /** After 3–10: «ريالات». */
  readonly plural: string;
  /** After 11–99: «ريالًا». */
  readonly accusative: string;
};

const riyal: ArabicCountedNoun = {
  gender: 'masculine',
  singular: 'ريال',
  dualStem: 'ريال',
  plural: 'ريالات',
  accusative: 'ريالًا',
};
const halala: ArabicCountedNoun = {
  gender: 'feminine',
  singular: 'هللة',
  dualStem: 'هللت',
  plural: 'هللات',
  accusative: 'هللة',
};
const minute: ArabicCountedNoun = {
  gender: 'feminine',
  singular: 'دقيقة',
  dualStem: 'دقيقت',
  plural: 'دقائق',
  accusative: 'دقيقة',
};

/** The adjective «سعودي» agreeing with «ريال» in each of its counted forms. */
const saudi: ArabicCountedNoun = {
  gender: 'masculine',
  singular: 'سعودي',
  dualStem: 'سعودي',
  plural: 'سعودية',
  accusative: 'سعوديًا',
};

/** Which form of the counted noun a count takes: the noun follows the count's last part. */
type CountedForm = 'one' | 'two' | 'plural' | 'accusative' | 'singular';

function countedForm(lastPart: number): CountedForm {
  if (lastPart === 1) return 'one';
  if (lastPart === 2) return 'two';
  if (lastPart >= 3 && lastPart <= 10) return 'plural';
  if (lastPart >= 11) return 'accusative';
  return 'singular';
}

function nounIn(
  form: CountedForm,
  noun: ArabicCountedNoun,
  grammaticalCase: GrammaticalCase,
): string {
  switch (form) {
    case 'one':
    case 'singular':
      return noun.singular;
    case 'two':
      return arabicDual(noun.dualStem, grammaticalCase, false);
    case 'plural':
      return noun.plural;
    case 'accusative':
      return noun.accusative;
    default: {
      const unknown: never = form;
      return unknown;
    }
  }
}

/**
 * `n` of an Arabic noun: «ريال واحد», «ريالان», «ثلاثة ريالات», «أحد عشر ريالًا», «مئة ريال»,
 * «مئتا ريال», «ألف وثلاثمئة وعشرون ريالًا», «خمسة آلاف ريال». As 1 and 2 are not said before a
 * noun, a count ending in them ends in the noun itself: «مئة وريال واحد», «ألف وريالان».
 */
function arabicCounted(
  n: number,
  noun: ArabicCountedNoun,
  grammaticalCase: GrammaticalCase,
  adjective?: ArabicCountedNoun,
): string {
  const lastPart = n % 100;
  const form = countedForm(lastPart);
  const said = nounIn(form, noun, grammaticalCase);
  const described = adjective ? `${said} ${nounIn(form, adjective, grammaticalCase)}` : said;
  const oneWord = noun.gender === 'masculine' ? 'واحد' : 'واحدة';
  if (form === 'one' || form === 'two') {
    const noun1or2 = form === 'one' ? `${described} ${oneWord}` : described;
    if (n < 100) return noun1or2;
    return `${arabicCardinal(n - lastPart, { ...nominativeMasculine, grammaticalCase })} و${noun1or2}`;
  }
  const count = arabicCardinal(n, {
    gender: noun.gender,
    grammaticalCase,
    isBeforeNoun: form === 'singular',
  });
  return `${count} ${described}`;
}

/** Riyals and halalas in Arabic words; halalas alone when there are no whole riyals. */
function arabicAmount(
  riyals: number,
  halalas: number,
  grammaticalCase: GrammaticalCase,
  isSaudi: boolean,
): string {
  const halalaWords = arabicCounted(halalas, halala, grammaticalCase);
  if (riyals === 0 && halalas > 0) return halalaWords;
  const riyalWords = arabicCounted(riyals, riyal, grammaticalCase, isSaudi ? saudi : undefined);
  return halalas > 0 ? `${riyalWords} و${halalaWords}` : riyalWords;
}

function englishAmount(riyals: number, halalas: number, isSaudi: boolean): string {
  const unit = isSaudi ? 'Saudi riyal' : 'riyal';
  const riyalWords = `${englishCardinal(riyals)} ${unit}${riyals === 1 ? '' : 's'}`;
  const halalaWords = `${englishCardinal(halalas)} halala${halalas === 1 ? '' : 's'}`;
  if (riyals === 0 && halalas > 0) return halalaWords;
  return halalas > 0 ? `${riyalWords} and ${halalaWords}` : riyalWords;
}

/** Whole riyals and halalas (hundredths, rounded) of an amount. */
function riyalsAndHalalas(amount: number): readonly [number, number] {
  const inHalalas = Math.round(amount * 100);
  return [Math.floor(inHalalas / 100), inHalalas % 100];
}

/**
 * An amount in Saudi riyals, the noun agreeing with the number: «ريال واحد», «ريالان», «عشرة
 * ريالات», «تسعة وتسعون ريالًا», «مئة ريال», «ألف وثلاثمئة وعشرون ريالًا» / "one riyal", "one
 * thousand three hundred and twenty riyals". Fractions are halalas, rounded to the nearest one.
 * Throws a RangeError for a negative amount, one too large, or one that is not finite.
 */
export function amountWords(amount: number, lang: Language): string {
  checkRange(amount);
  const [riyals, halalas] = riyalsAndHalalas(amount);
  return lang === 'ar'
    ? arabicAmount(riyals, halalas, 'nominative', false)
    : englishAmount(riyals, halalas, false);
}

// ---------------------------------------------------------------------------------------------
// Dates and times

const arabicGregorianMonths = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];
const englishGregorianMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Umm al-Qura month names as `Intl` writes them in Arabic, with their common variants. */
const arabicHijriMonths = [
  'المحرم',
  'محرم',
  'صفر',
  'ربيع الأول',
  'ربيع الآخر',
  'ربيع الثاني',
  'جمادى الأولى',
  'جمادى الأول',
  'جمادى الآخرة',
  'جمادى الثانية',
  'جمادى الآخر',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
  'ذو القعدة',
  'ذو الحجة',
  'ذي القعدة',
  'ذي الحجة',
];
/**
 * Umm al-Qura month names as `Intl` writes them in English ("Rabiʻ I", "Jumada II",
 * "Dhuʻl-Hijjah"), with or without the ʻayn mark or an apostrophe in its place.
 */
const englishHijriMonthPatterns = [
  'Muharram',
  'Safar',
  "Rabi[ʻʿ'’]? (?:II|I)(?![A-Za-z])",
  "Rabi[ʻʿ'’]? al-(?:Awwal|Thani|Akhir)",
  'Jumada (?:II|I)(?![A-Za-z])',
  'Jumada al-(?:Ula|Ulla|Akhirah|Thani|Akhir)',
  'Rajab',
  "Sha[ʻʿ'’]?ban",
  'Ramadan',
  'Shawwal',
  "Dhu[ʻʿ'’]?l?[- ]?(?:al-)?Qi[ʻʿ'’]?dah",
  "Dhu[ʻʿ'’]?l?[- ]?(?:al-)?Hijjah",
];

/** Alternatives of a regular expression, longest first, spaces matching any run of spaces. */
function alternatives(names: readonly string[]): string {
  return [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/ /g, String.raw`\s+`))
    .join('|');
}

const arabicMonthPattern = alternatives([...arabicGregorianMonths, ...arabicHijriMonths]);
const englishMonthPattern = `${alternatives(englishGregorianMonths)}|${englishHijriMonthPatterns.join('|')}`;

const spaces = /\s+/g;
const ayinMarks = /[ʻʿ'’]/g;
const secondMonth = / II$/;
const firstMonth = / I$/;
const hijriEra = /^(?:هـ|ه|AH|A\.H\.)$/;
const genitiveDhu = /^ذو /u;

/** "Jumada II" → "Jumada the second", "Shaʻban" → "Shaban": names a voice can say. */
function spokenEnglishMonth(month: string): string {
  return month
    .replace(ayinMarks, '')
    .replace(spaces, ' ')
    .replace(secondMonth, ' the second')
    .replace(firstMonth, ' the first');
}

/** What stands after a year: the Hijri or Gregorian era, as written and as said. */
type Era = 'hijri' | 'gregorian' | 'other';

function eraOf(written: string | undefined): Era | null {
  if (written === undefined) return null;
  if (hijriEra.test(written)) return 'hijri';
  if (written === 'م') return 'gregorian';
  return 'other';
}

function arabicEra(era: Era | null): string {
  if (era === 'hijri') return ' للهجرة';
  if (era === 'gregorian') return ' للميلاد';
  return '';
}

function englishEra(era: Era | null, written: string | undefined): string {
  if (era === 'hijri') return ' after the Hijra';
  if (era === 'gregorian') return '';
  return written === undefined ? '' : ` ${written}`;
}

type SpokenDate = {
  readonly day: number;
  /** The month's name as written on screen. */
  readonly month: string;
  readonly year: number | null;
  /** The era mark as written («هـ», "AH"), if any. */
  readonly era: string | undefined;
};

/**
 * «الثاني من ديسمبر سنة ألفين وستة وعشرين», «الحادي عشر من جمادى الآخرة سنة ألف وأربعمئة وثمانية
 * وأربعين للهجرة»: the day an ordinal, the year after «سنة» in the genitive.
 */
function arabicDate(date: SpokenDate, grammaticalCase: GrammaticalCase): string {
  // After «من» the month is genitive: «ذو الحجة» becomes «ذي الحجة».
  const month = date.month.replace(spaces, ' ').replace(genitiveDhu, 'ذي ');
  const day = `${arabicOrdinal(date.day, 'masculine', grammaticalCase)} من ${month}`;
  if (date.year === null) return day;
  const year = arabicCardinal(date.year, { ...nominativeMasculine, grammaticalCase: 'genitive' });
  return `${day} سنة ${year}${arabicEra(eraOf(date.era))}`;
}

/** "the second of December, twenty twenty-six"; "…, fourteen forty-eight after the Hijra". */
function englishDate(date: SpokenDate): string {
  const day = `the ${englishOrdinal(date.day)} of ${spokenEnglishMonth(date.month)}`;
  if (date.year === null) return day;
  return `${day}, ${englishYear(date.year)}${englishEra(eraOf(date.era), date.era)}`;
}

function spokenDate(date: SpokenDate, place: Place): string | null {
  if (date.day < 1 || date.day > 31) return null;
  return place.lang === 'ar' ? arabicDate(date, arabicCaseAt(place)) : englishDate(date);
}

/** A year the kiosk might mention; other four-digit numbers are counts or codes. */
function isYear(year: number): boolean {
  return year >= 1300 && year <= 2100;
}

function spokenYear(year: number, era: string | undefined, place: Place): string {
  if (place.lang === 'en') return `${englishYear(year)}${englishEra(eraOf(era), era)}`;
  const form = { ...nominativeMasculine, grammaticalCase: arabicCaseAt(place) };
  return `${arabicCardinal(year, form)}${arabicEra(eraOf(era))}`;
}

/**
 * «الساعة 8:30» → «الساعة الثامنة والنصف», "8:05" → "eight oh five", "9:00" → "nine o'clock";
 * the 24-hour clock is kept as written («الرابعة عشرة», "fourteen hundred").
 */
function spokenTime(
  hour: number,
  minutes: number,
  meridiem: string | undefined,
  place: Place,
): string {
  if (place.lang === 'en') {
    const hourWords = englishCardinal(hour);
    const clock =
      minutes === 0
        ? `${hourWords} ${hour > 12 ? 'hundred' : "o'clock"}`
        : `${hourWords} ${minutes < 10 ? `oh ${englishCardinal(minutes)}` : englishCardinal(minutes)}`;
    return meridiem === undefined ? clock : `${clock} ${meridiem === 'ص' ? 'a.m.' : 'p.m.'}`;
  }
  const grammaticalCase = arabicCaseAt(place);
  const hourWords = arabicOrdinal(hour === 0 ? 12 : hour, 'feminine', grammaticalCase);
  const minuteWords =
    minutes === 0
      ? ''
      : minutes === 15
        ? ' والربع'
        : minutes === 30
          ? ' والنصف'
          : ` و${arabicCounted(minutes, minute, 'nominative')}`;
  const part = meridiem === undefined ? '' : meridiem === 'ص' ? ' صباحًا' : ' مساءً';
  return `${hourWords}${minuteWords}${part}`;
}

// ---------------------------------------------------------------------------------------------
// Reading free text

/** Where a number stands in the text, to choose its case and the spaces around it. */
type Place = {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly lang: Language;
};

/** Attached Arabic prefixes the number stays joined to: «و500» → «وخمسمئة». */
const procliticWord = /^[وف]?[بلك]?$/u;
/** Prefixes that put what follows in the genitive. */
const genitiveProclitic = /^[وف]?[بلك]$/u;
/** The word just before a position, with only spaces or direction marks between. */
const wordBefore = /([\p{L}\p{M}]+)[\s\u200E\u200F\u061C]*$/u;
/** The word just after a position. */
const wordAfter = /^[\s\u200E\u200F\u061C]+([\p{L}\p{M}]+)/u;
const tatweelAndMarks = /\u0640|[\u064B-\u0652]/gu;
const lettersAtEnd = /[\p{L}\p{M}]+$/u;
const conjunctionPrefix = /^[وف]/u;
const prepositionPrefix = /^[بلك]/u;
const arabicLetterFirst = /^[\u0621-\u064A]/u;
const adverbEnding = /ًا$|اً$/u;
const leadingZero = /^0\d/;
const roundNumber = /^[1-9]\d{1,5}000$/;
const letterMarkOrDigit = /[\p{L}\p{M}\p{N}]/u;

/** Words after which a number is genitive: prepositions and nouns a number completes. */
const genitiveGovernors: ReadonlySet<string> = new Set([
  'من',
  'إلى',
  'الى',
  'على',
  'عن',
  'في',
  'حتى',
  'منذ',
  'مذ',
  'بعد',
  'قبل',
  'حوالي',
  'حوالى',
  'نحو',
  'خلال',
  'عند',
  'لدى',
  'بين',
  'مع',
  'دون',
  'بدون',
  'فوق',
  'تحت',
  'سوى',
  'غير',
  'آخر',
  'أول',
  'عام',
  'سنة',
  'مبلغ',
  'قيمة',
  'نسبة',
  'مدة',
]);

/** Plural and singular nouns that are counted in the feminine («خمس سنوات», «ثلاث ساعات»). */
const feminineCountedNouns: ReadonlySet<string> = new Set([
  'سنة',
  'سنوات',
  'سنين',
  'ساعة',
  'ساعات',
  'دقيقة',
  'دقائق',
  'مرة',
  'مرات',
  'أسرة',
  'أسر',
  'خطوة',
  'خطوات',
  'دفعة',
  'دفعات',
  'وثيقة',
  'وثائق',
  'ليلة',
  'ليال',
  'فترة',
  'فترات',
  'مرحلة',
  'مراحل',
  'نسخة',
  'نسخ',
  'صفحة',
  'صفحات',
  'زيارة',
  'زيارات',
  'حالة',
  'حالات',
  'شهادة',
  'شهادات',
  'ورقة',
  'أوراق',
  'رسالة',
  'رسائل',
  'هللة',
  'هللات',
]);

function stripped(word: string): string {
  return word.replace(tatweelAndMarks, '');
}

/** The letters glued to the start of the match («و», «ب», «رقم»), or '' after a space. */
function attachedLetters(place: Place): string {
  const before = place.text.slice(Math.max(0, place.start - 12), place.start);
  const match = lettersAtEnd.exec(before);
  return match ? match[0] : '';
}

/** Genitive after «ب», «ل», «ك», a preposition, or a noun the number completes. */
function arabicCaseAt(place: Place): GrammaticalCase {
  const before = place.text.slice(Math.max(0, place.start - 24), place.start);
  const match = wordBefore.exec(before);
  if (!match?.[1]) return 'nominative';
  const word = stripped(match[1]);
  if (genitiveProclitic.test(word)) return 'genitive';
  const withoutPrefix = word.replace(conjunctionPrefix, '');
  const withoutPreposition = withoutPrefix.replace(prepositionPrefix, '');
  return genitiveGovernors.has(word) ||
    genitiveGovernors.has(withoutPrefix) ||
    genitiveGovernors.has(withoutPreposition)
    ? 'genitive'
    : 'nominative';
}

/** Words that may follow a number without being what it counts. */
const notCountedWords: ReadonlySet<string> = new Set([
  'و',
  'أو',
  'ثم',
  'في',
  'من',
  'إلى',
  'الى',
  'على',
  'عن',
  'حتى',
  'مع',
  'بين',
  'خلال',
  'قبل',
  'بعد',
  'عند',
  'لدى',
  'فقط',
  'أكثر',
  'أقل',
  'هو',
  'هي',
]);

/** The Arabic word right after the number, without tatweel and vowel marks, or ''. */
function arabicWordAfter(place: Place): string {
  const match = wordAfter.exec(place.text.slice(place.end, place.end + 24));
  const word = match?.[1] ?? '';
  return arabicLetterFirst.test(word) ? word : '';
}

/** Whether the word after the number is one counted in the feminine. */
function countsFeminine(place: Place): boolean {
  return feminineCountedNouns.has(stripped(arabicWordAfter(place)));
}

/**
 * Whether the number is followed by the noun it counts, which it is then joined to («خمسين ألف
 * أسرة», «مئتا مستفيد»): an Arabic word that is not a particle and not an adverb in «ـًا».
 */
function isBeforeCountedNoun(place: Place): boolean {
  const word = arabicWordAfter(place);
  if (word === '' || adverbEnding.test(word)) return false;
  return !notCountedWords.has(stripped(word));
}

/**
 * Spaces to keep the words apart from letters the number was glued to ("S12" → "S twelve"),
 * except an Arabic prefix, which stays attached («و500» → «وخمسمئة»).
 */
function spaced(words: string, place: Place): string {
  const letters = attachedLetters(place);
  const before = letters !== '' && !procliticWord.test(stripped(letters)) ? ' ' : '';
  const next = place.text.charAt(place.end);
  const after = next !== '' && letterMarkOrDigit.test(next) ? ' ' : '';
  return `${before}${words}${after}`;
}

const groupSeparators = /[,٬]/g;
const decimalSeparator = /[.٫]/;

/** The value of digits as written, with group separators («٬», ",") and decimal point («٫»). */
function writtenNumber(written: string): readonly [number, string] {
  const [whole = '', fraction = ''] = written.replace(groupSeparators, '').split(decimalSeparator);
  return [Number(whole), fraction];
}

/**
 * A number in running text. `mayCount`: the number may count the noun after it, whose gender it
 * then takes and to which it is joined (not for a per cent, which counts nothing).
 */
function spokenNumber(written: string, place: Place, mayCount = false): string {
  const [whole, fraction] = writtenNumber(written);
  if (whole > largestNumber) return digitsOneByOne(written, place.lang);
  const isCounting = mayCount && place.lang === 'ar' && fraction === '';
  const form: ArabicForm = {
    gender: isCounting && countsFeminine(place) ? 'feminine' : 'masculine',
    grammaticalCase: arabicCaseAt(place),
    isBeforeNoun: isCounting && isBeforeCountedNoun(place),
  };
  return cardinalWords(whole, fraction, place.lang, form);
}

function spokenAmount(written: string, isSaudi: boolean, place: Place): string | null {
  const [whole, fraction] = writtenNumber(written);
  const [riyals, halalas] = riyalsAndHalalas(whole + Number(`0.${fraction || '0'}`));
  if (riyals > largestNumber) return null;
  return place.lang === 'ar'
    ? arabicAmount(riyals, halalas, arabicCaseAt(place), isSaudi)
    : englishAmount(riyals, halalas, isSaudi);
}

/** Phone numbers, IDs and codes: digit by digit, a leading "+" said as a word. */
function spokenDigits(plus: string | undefined, digits: string, lang: Language): string {
  const sign = plus === undefined ? '' : lang === 'ar' ? 'زائد ' : 'plus ';
  return `${sign}${digitsOneByOne(digits, lang)}`;
}

type Groups = Readonly<Record<string, string | undefined>>;

/** One kind of number in text: what it looks like and how it is said (null: leave it). */
type Rule = {
  readonly pattern: RegExp;
  readonly speak: (groups: Groups, place: Place) => string | null;
};

const gap = String.raw`[\s\u200E\u200F\u061C]+`;
const optionalGap = String.raw`[\s\u200E\u200F\u061C]*`;
const noLetterAfter = String.raw`(?![\p{L}\p{M}])`;
const numberStart = String.raw`(?<![\d.٫])`;
const numberEnd = String.raw`(?!\d|[.٫]\d|[,٬]\d{3}(?!\d))`;
const writtenNumberPattern = String.raw`\d{1,3}(?:[,٬]\d{3})+(?:[.٫]\d+)?|\d+(?:[.٫]\d+)?`;
const arabicRiyal = String.raw`ريالات|ريالان|ريالين|ريالًا|ريالاً|ريالا|ريال|ر\.\s?س|﷼|\u20C1`;
const englishRiyal = String.raw`SAR|SR|(?:Saudi\s+)?[Rr]iyals?|RIYALS?`;
const yearEra = String.raw`هـ|ه|م|AH|A\.H\.|AD|CE|BCE|BC`;

function rule(source: string, speak: Rule['speak'], flags = 'gu'): Rule {
  return { pattern: new RegExp(source, flags), speak };
}

function asNumber(value: string | undefined): number {
  return Number(value ?? '');
}

/** The rules in the order they are tried; earlier rules read the longer, more specific forms. */
const rules: readonly Rule[] = [
  // "1. " / "١. " at the start of a line: the number and a pause, not «أولًا».
  rule(
    String.raw`^(?<indent>[\t ]*)(?<n>\d{1,3})[.)\-](?=[\t ])`,
    (g, place) =>
      `${g.indent ?? ''}${numberWords(asNumber(g.n), place.lang)}${place.lang === 'ar' ? '،' : ','}`,
    'gmu',
  ),
  // ISO dates: 2026-12-02.
  rule(String.raw`(?<![\d\-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\d\-])`, (g, place) => {
    const months = place.lang === 'ar' ? arabicGregorianMonths : englishGregorianMonths;
    const month = months[asNumber(g.m) - 1];
    if (month === undefined) return null;
    return spokenDate({ day: asNumber(g.d), month, year: asNumber(g.y), era: undefined }, place);
  }),
  // «2 ديسمبر 2026», «11 جمادى الآخرة 1448 هـ», "2 December 2026".
  rule(
    String.raw`${numberStart}(?<d>\d{1,2})${gap}(?<month>${arabicMonthPattern}|${englishMonthPattern})${noLetterAfter}(?:,?${gap}(?<y>\d{4})(?!\d)(?:${optionalGap}(?<era>${yearEra})${noLetterAfter})?)?`,
    (g, place) =>
      spokenDate(
        { day: asNumber(g.d), month: g.month ?? '', year: g.y ? asNumber(g.y) : null, era: g.era },
        place,
      ),
  ),
  // "Jumada II 22, 1448 AH", "December 2, 2026".
  rule(
    String.raw`(?<month>${englishMonthPattern})${gap}(?<d>\d{1,2})(?!\d)(?:,${optionalGap}(?<y>\d{4})(?!\d)(?:${optionalGap}(?<era>${yearEra})${noLetterAfter})?)?`,
    (g, place) =>
      spokenDate(
        { day: asNumber(g.d), month: g.month ?? '', year: g.y ? asNumber(g.y) : null, era: g.era },
        place,
      ),
  ),
  // «أكتوبر 2023», "October 2023", «رمضان 1447 هـ»: the year after a month is a year.
  rule(
    String.raw`(?<month>${arabicMonthPattern}|${englishMonthPattern})${gap}(?<y>\d{4})(?!\d)(?:${optionalGap}(?<era>${yearEra})${noLetterAfter})?`,
    (g, place) => {
      const year = asNumber(g.y);
      if (!isYear(year)) return null;
      const month = (g.month ?? '').replace(spaces, ' ');
      if (place.lang === 'en') {
        return `${spokenEnglishMonth(month)} ${englishYear(year)}${englishEra(eraOf(g.era), g.era)}`;
      }
      const yearWords = arabicCardinal(year, {
        ...nominativeMasculine,
        grammaticalCase: 'genitive',
      });
      return `${month} ${yearWords}${arabicEra(eraOf(g.era))}`;
    },
  ),
  // 2023–2024, «1445-1446 هـ»: a range of years.
  rule(
    String.raw`${numberStart}(?<from>\d{4})${optionalGap}[\-–—]${optionalGap}(?<to>\d{4})(?!\d)(?:${optionalGap}(?<era>${yearEra})${noLetterAfter})?`,
    (g, place) => {
      const [from, to] = [asNumber(g.from), asNumber(g.to)];
      if (!isYear(from) || !isYear(to) || to <= from) return null;
      if (place.lang === 'en') {
        return `${englishYear(from)} to ${englishYear(to)}${englishEra(eraOf(g.era), g.era)}`;
      }
      const first = arabicCardinal(from, {
        ...nominativeMasculine,
        grammaticalCase: arabicCaseAt(place),
      });
      const last = arabicCardinal(to, { ...nominativeMasculine, grammaticalCase: 'genitive' });
      return `${first} إلى ${last}${arabicEra(eraOf(g.era))}`;
    },
  ),
  // «1448 هـ», «2023م», "1448 AH".
  rule(
    String.raw`${numberStart}(?<y>\d{4})(?!\d)${optionalGap}(?<era>${yearEra})${noLetterAfter}`,
    (g, place) => (isYear(asNumber(g.y)) ? spokenYear(asNumber(g.y), g.era, place) : null),
  ),
  // "in 2023", "since 2019": English says a year differently from a count.
  rule(
    String.raw`(?<=\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore|[Aa]fter|[Dd]uring|[Ff]rom|[Tt]hrough|[Yy]ear)\s+)(?<y>\d{4})${numberEnd}`,
    (g, place) =>
      place.lang === 'en' && isYear(asNumber(g.y)) ? englishYear(asNumber(g.y)) : null,
  ),
  // 8:30, «8:00 ص».
  rule(
    String.raw`(?<![\d.٫:])(?<h>\d{1,2}):(?<m>\d{2})(?![\d:])(?:${optionalGap}(?<meridiem>ص|م)${noLetterAfter})?`,
    (g, place) => {
      const [hour, minutes] = [asNumber(g.h), asNumber(g.m)];
      if (hour > 23 || minutes > 59) return null;
      return spokenTime(hour, minutes, g.meridiem, place);
    },
  ),
  // «8 صباحًا», «2 ظهرًا»: an hour said as the clock says it («الثامنة صباحًا»).
  rule(
    String.raw`${numberStart}(?<h>\d{1,2})(?!\d)${gap}(?<part>صباح(?:ًا|اً|ا)|ظهر(?:ًا|اً|ا)|عصر(?:ًا|اً|ا)|مساء(?:ً)?|ليل(?:ًا|اً|ا))${noLetterAfter}`,
    (g, place) => {
      const hour = asNumber(g.h);
      if (place.lang !== 'ar' || hour < 1 || hour > 12) return null;
      return `${arabicOrdinal(hour, 'feminine', arabicCaseAt(place))} ${g.part ?? ''}`;
    },
  ),
  // "8 am", "2 pm": the hour, then "a.m." or "p.m." as letters are read.
  rule(
    String.raw`${numberStart}(?<h>\d{1,2})(?!\d)${optionalGap}(?<ampm>[ap]\.?m\.?)(?![\p{L}])`,
    (g, place) => {
      const hour = asNumber(g.h);
      if (place.lang !== 'en' || hour < 1 || hour > 12) return null;
      return `${englishCardinal(hour)} ${(g.ampm ?? '').startsWith('a') ? 'a.m.' : 'p.m.'}`;
    },
  ),
  // "SAR 1,320", «ر.س 500».
  rule(
    String.raw`(?<![\p{L}\p{M}])(?:SAR|SR|﷼|\u20C1|ر\.\s?س)${optionalGap}(?<n>${writtenNumberPattern})${numberEnd}`,
    (g, place) => spokenAmount(g.n ?? '', false, place),
  ),
  // «1,320 ريال», «500 ر.س», «ريال سعودي», "1,320 SAR", "5 riyals".
  rule(
    String.raw`${numberStart}(?<n>${writtenNumberPattern})${numberEnd}${optionalGap}(?<unit>${arabicRiyal}|${englishRiyal})${noLetterAfter}(?<saudi>${gap}سعودي(?:ًا|اً|ا|ة|ان|ين|ية)?${noLetterAfter})?`,
    (g, place) => {
      const isSaudi = g.saudi !== undefined || (g.unit ?? '').startsWith('Saudi');
      return spokenAmount(g.n ?? '', isSaudi, place);
    },
  ),
  // "20%", «20٪», «٪20».
  rule(
    String.raw`${numberStart}(?:(?<n>${writtenNumberPattern})${numberEnd}${optionalGap}[%٪]|[%٪](?<after>${writtenNumberPattern})${numberEnd})`,
    (g, place) => {
      const words = spokenNumber(g.n ?? g.after ?? '', place);
      return `${words} ${place.lang === 'ar' ? 'بالمئة' : 'per cent'}`;
    },
  ),
  // "1st", "27th".
  rule(
    String.raw`${numberStart}(?<n>\d{1,9})(?:st|nd|rd|th|ST|ND|RD|TH)${noLetterAfter}`,
    (g, place) => {
      const n = asNumber(g.n);
      if (n === 0) return null;
      if (place.lang === 'en') return englishOrdinal(n);
      return n <= 99 ? arabicOrdinal(n, 'masculine', arabicCaseAt(place)) : null;
    },
  ),
  // "055 123 4567", "+966 55 123 4567", "800-124-7777": phone numbers, digit by digit.
  rule(
    String.raw`(?<![\d\p{L}.,+])(?<plus>\+)?(?<digits>\d+(?:[ \u00A0\-]\d+)+)(?!\d|[.,]\d)`,
    (g, place) => {
      const digits = g.digits ?? '';
      const count = digits.replace(nonDigits, '').length;
      const looksLikePhone =
        count >= 9 || (count >= 7 && (g.plus !== undefined || digits.startsWith('0')));
      return looksLikePhone ? spokenDigits(g.plus, digits, place.lang) : null;
    },
  ),
  // Five digits or more without separators: a hotline, a short code, an ID. Round numbers
  // (10000, 250000) are amounts or counts written without separators and read as numbers.
  rule(String.raw`${numberStart}(?<plus>\+)?(?<digits>\d{5,})${numberEnd}`, (g, place) => {
    const digits = g.digits ?? '';
    const isRound = roundNumber.test(digits) && g.plus === undefined;
    return isRound ? spokenNumber(digits, place, true) : spokenDigits(g.plus, digits, place.lang);
  }),
  // Every other number: 1,320 / 50,000 / 1.5 / 12 / 05.
  rule(String.raw`${numberStart}(?<n>${writtenNumberPattern})${numberEnd}`, (g, place) => {
    const written = g.n ?? '';
    if (leadingZero.test(written)) return digitsOneByOne(written, place.lang);
    return spokenNumber(written, place, true);
  }),
];

function applyRule(text: string, { pattern, speak }: Rule, lang: Language): string {
  let spoken = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const place: Place = { text, start: match.index, end: match.index + match[0].length, lang };
    const words = speak(match.groups ?? {}, place);
    if (words === null) continue;
    spoken += text.slice(last, place.start) + spaced(words, place);
    last = place.end;
  }
  return last === 0 ? text : spoken + text.slice(last);
}

const anyDigit = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;

/**
 * Display text as listen mode says it, in `lang`: numbers, amounts, per cents, years, dates
 * (as `Intl.DateTimeFormat` writes them in either calendar, and ISO dates), times, ordinals and
 * list markers in words; phone numbers, IDs and other long digit runs digit by digit. Arabic-Indic
 * and Persian digits read like Western ones. Text without digits comes back unchanged.
 */
export function spokenText(text: string, lang: Language): string {
  if (!anyDigit.test(text)) return text;
  let spoken = westernDigits(text);
  for (const each of rules) spoken = applyRule(spoken, each, lang);
  return spoken;
}
