/**
 * The mechanical part of the content style (docs/content-style.md): rules a program can check
 * without understanding the text, run over every Arabic and English string the kiosk shows.
 *
 * Policy: a rule flags only what is wrong in every context (a misplaced tanween, a Latin comma in
 * Arabic, «660 ريال»), never a matter of judgement, so a clean report means "nothing mechanical
 * left", and staff are never pushed to reword a correct sentence to quiet the check. Judgement
 * rules (plain words, neutral address, «الدعم» vs «معاش الضمان») stay with the human reviewer.
 */
import type { Language, Localized } from './languages';

/** One string to check, with where it lives (e.g. `faq.json faq[payment-date].answer.ar[0]`). */
export type StyleText = {
  readonly where: string;
  readonly lang: Language;
  readonly text: string;
};

/** A rule: the problems it finds in one text, as messages without the place. */
type StyleRule = {
  /** Which texts the rule reads; Arabic-script rules read both, since English may quote Arabic. */
  readonly appliesTo: Language | 'both';
  readonly check: (text: string) => string[];
};

/** Letters and marks of an Arabic word (tatweel and harakat included, punctuation excluded). */
const arabicLetter = '\\u0621-\\u063A\\u0640-\\u0652\\u0670-\\u06D3';
const arabicWord = new RegExp(`[${arabicLetter}]+`, 'gu');
const hasArabicLetter = new RegExp(`[${arabicLetter}]`, 'u');
const harakat = /[\u064B-\u0652\u0670\u0640]/gu;
const digit = /[0-9\u0660-\u0669]/u;
const webAddress = /https?:\/\/\S+/gu;

const fathatan = '\u064B';
const alif = '\u0627';
const tanweenOnAlif = new RegExp(`[${arabicLetter}]*${alif}${fathatan}[${arabicLetter}]*`, 'gu');

/** Word without harakat or tatweel, for comparing spellings. */
function bare(word: string): string {
  return word.replace(harakat, '');
}

/** Tanween written on the letter before the alif, the house convention («ريالًا»). */
function fixTanween(word: string): string {
  return word.replaceAll(`${alif}${fathatan}`, `${fathatan}${alif}`);
}

/**
 * The spellings a word may be, once a conjunction (و، ف), a preposition (ب، ل، ك) and the article
 * (ال) are taken off: «وبالخطوات» → «الخطوات» → «خطوات».
 */
function stems(word: string): Set<string> {
  const found = new Set([bare(word)]);
  const add = (make: (w: string) => string | undefined) => {
    for (const candidate of [...found]) {
      const stem = make(candidate);
      if (stem !== undefined && stem.length >= 2) found.add(stem);
    }
  };
  add((w) => (/^[وف]/u.test(w) && w.length > 3 ? w.slice(1) : undefined));
  add((w) => (w.startsWith('لل') ? `ال${w.slice(2)}` : undefined));
  add((w) => (/^[بلك]/u.test(w) && w.length > 3 ? w.slice(1) : undefined));
  add((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : undefined));
  return found;
}

function hasStem(word: string, wanted: ReadonlySet<string>): boolean {
  for (const stem of stems(word)) if (wanted.has(stem)) return true;
  return false;
}

/** A few characters around a position, so a long paragraph's problem can be found by eye. */
function around(text: string, index: number, length = 1): string {
  const start = Math.max(0, index - 12);
  const end = Math.min(text.length, index + length + 12);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** «مجاناً» → «مجانًا». */
const tanweenRule: StyleRule = {
  appliesTo: 'both',
  check: (text) =>
    [...text.matchAll(tanweenOnAlif)].map(
      ([word]) => `«${word}»: write the tanween before the alif, «${fixTanween(word)}»`,
    ),
};

const arabicMarks: Readonly<Record<string, string>> = { ',': '،', '?': '؟', ';': '؛' };

/** Latin , ? ; in Arabic text; digit groups (1,320) and web addresses are left alone. */
const latinPunctuationRule: StyleRule = {
  appliesTo: 'ar',
  check: (text) => {
    if (!hasArabicLetter.test(text)) return [];
    const plain = text.replace(webAddress, (address) => ' '.repeat(address.length));
    const problems: string[] = [];
    for (const match of plain.matchAll(/[,?;]/gu)) {
      const index = match.index;
      const mark = match[0];
      const isDigitGroup =
        mark === ',' && digit.test(plain[index - 1] ?? '') && digit.test(plain[index + 1] ?? '');
      if (isDigitGroup) continue;
      problems.push(
        `Latin "${mark}" in Arabic text, use «${arabicMarks[mark]}»: «${around(text, index)}»`,
      );
    }
    return problems;
  },
};

/** A noun counted after a number, in each form Arabic grammar gives it. */
type CountedNoun = {
  /** After 100, 1,000, 5,000 (and 1, 101): «500 ريال». */
  readonly singular: string;
  /** After 11–99 and numbers ending in 11–99: «1,320 ريالًا». */
  readonly accusative: string;
  /** After 3–10 and numbers ending in 03–10: «3 أشهر». */
  readonly plural: readonly string[];
  /** Other spellings that mark the word as this noun (dual, missing tanween or hamza). */
  readonly other: readonly string[];
};

const countedNouns: readonly CountedNoun[] = [
  {
    singular: 'ريال',
    accusative: 'ريالًا',
    plural: ['ريالات'],
    other: ['ريالا', 'ريالان', 'ريالين'],
  },
  {
    singular: 'يوم',
    accusative: 'يومًا',
    plural: ['أيام'],
    other: ['يوما', 'ايام', 'يومان', 'يومين'],
  },
  {
    singular: 'شهر',
    accusative: 'شهرًا',
    plural: ['أشهر', 'شهور'],
    other: ['شهرا', 'اشهر', 'شهران', 'شهرين'],
  },
];

type NounForm = 'singular' | 'accusative' | 'plural';

/** The form a number calls for, by its last two digits; undefined where any form may do. */
function formAfter(count: number): NounForm | undefined {
  const lastTwo = count % 100;
  if (lastTwo >= 3 && lastTwo <= 10) return 'plural';
  if (lastTwo >= 11) return 'accusative';
  if (lastTwo === 0 && count > 0) return 'singular';
  return undefined;
}

function formOf(noun: CountedNoun, word: string): NounForm | 'other' | undefined {
  if (word === noun.singular) return 'singular';
  if (word === noun.accusative) return 'accusative';
  if (noun.plural.includes(word)) return 'plural';
  if (noun.other.includes(word)) return 'other';
  return undefined;
}

/** Western digits of a number as written (Arabic-Indic digits and group separators allowed). */
function parseCount(written: string): number {
  const western = written.replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660));
  return Number(western.replace(/[,\u066C]/gu, ''));
}

const anyDigit = '[0-9\\u0660-\\u0669]';
/** A whole number as written: «660», «1,320», «١٣٢٠»; not part of a decimal or a longer number. */
const writtenNumber = `(?<![.,\\u066B\\u066C]|${anyDigit})(${anyDigit}+(?:[,\\u066C]${anyDigit}{3})*)(?!${anyDigit}|[.\\u066B]${anyDigit})`;
/** A number, the Arabic word after it, and the word after that when there is one. */
const countedNumber = new RegExp(
  `${writtenNumber}\\s+([${arabicLetter}]+)(?:\\s+([${arabicLetter}]+))?`,
  'gu',
);

/** «660 ريال» → «660 ريالًا», «3 شهر» → «3 أشهر». */
const countedNounRule: StyleRule = {
  appliesTo: 'both',
  check: (text) => {
    const problems: string[] = [];
    for (const [, written = '', word = '', next = ''] of text.matchAll(countedNumber)) {
      // «20 يوم عمل» is correct: a noun followed by the noun it is joined to takes no tanween.
      if (bare(next) === 'عمل') continue;
      // Keep the tanween (it tells «ريالًا» from «ريال»), drop every other mark.
      const spelled = fixTanween(word).replace(/[\u064C-\u0652\u0670\u0640]/gu, '');
      const noun = countedNouns.find((candidate) => formOf(candidate, spelled) !== undefined);
      if (!noun) continue;
      const wanted = formAfter(parseCount(written));
      if (wanted === undefined || formOf(noun, spelled) === wanted) continue;
      const right = wanted === 'plural' ? noun.plural[0] : noun[wanted];
      problems.push(`«${written} ${word}»: write «${written} ${right}»`);
    }
    return problems;
  },
};

const arabicCountWords = new Set([
  'اثنان',
  'اثنين',
  'اثنتان',
  'اثنتين',
  'اثنا',
  'اثنتا',
  'ثلاث',
  'ثلاثة',
  'أربع',
  'أربعة',
  'اربع',
  'اربعة',
  'خمس',
  'خمسة',
  'ست',
  'ستة',
  'سبع',
  'سبعة',
  'ثمان',
  'ثماني',
  'ثمانى',
  'ثمانية',
  'تسع',
  'تسعة',
  'عشر',
  'عشرة',
]);
const countedItems = new Set([
  'خطوة',
  'خطوه',
  'خطوات',
  'سؤال',
  'سؤالا',
  'أسئلة',
  'اسئلة',
  'أسئله',
  'اسئله',
]);
const arabicToken = new RegExp(`[${arabicLetter}]+|[0-9\\u0660-\\u0669]+`, 'gu');

/**
 * «الخطوات التسع», «تسع خطوات», «5 أسئلة»: a count of items on screen typed into the text goes
 * stale when an item is added. Only words next to each other in one phrase count as a pair.
 */
const arabicCountRule: StyleRule = {
  appliesTo: 'both',
  check: (text) => {
    const tokens = [...text.matchAll(arabicToken)];
    const problems: string[] = [];
    const isCount = (word: string) => digit.test(word) || hasStem(word, arabicCountWords);
    for (let index = 1; index < tokens.length; index += 1) {
      const first = tokens[index - 1];
      const second = tokens[index];
      if (!first || !second) continue;
      const gap = text.slice(first.index + first[0].length, second.index);
      if (!/^\s+$/u.test(gap)) continue;
      const isPair =
        (isCount(first[0]) && hasStem(second[0], countedItems)) ||
        (hasStem(first[0], countedItems) && !digit.test(second[0]) && isCount(second[0]));
      if (isPair) {
        problems.push(
          `«${first[0]} ${second[0]}»: do not write how many items the screen shows; say «الخطوات» or «الأسئلة»`,
        );
      }
    }
    return problems;
  },
};

/** A count, one optional describing word ("short", "simple"), then steps or questions. */
const englishCount =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:[a-z]+\s+)?(?:steps|questions)\b/giu;

/** "the nine steps", "6 short questions". */
const englishCountRule: StyleRule = {
  appliesTo: 'en',
  check: (text) =>
    [...text.matchAll(englishCount)].map(
      ([phrase]) =>
        `"${phrase}": do not write how many items the screen shows; say "the steps" or "the questions"`,
    ),
};

/** Words that always break a rule, in one language, with what to write instead. */
function wordRule(
  appliesTo: Language | 'both',
  pattern: RegExp,
  advice: (found: string) => string,
): StyleRule {
  return {
    appliesTo,
    check: (text) => [...text.matchAll(pattern)].map(([found]) => advice(found)),
  };
}

/** Words of an Arabic text, matched after conjunctions, prepositions and the article. */
function arabicWordRule(words: readonly string[], advice: (found: string) => string): StyleRule {
  const wanted = new Set(words);
  return {
    appliesTo: 'both',
    check: (text) =>
      [...text.matchAll(arabicWord)]
        .filter(([word]) => hasStem(word, wanted))
        .map(([word]) => advice(word)),
  };
}

const hearsayRule = arabicWordRule(
  ['يقال'],
  (found) =>
    `«${found}» is hearsay: write «تذكر مواقع غير رسمية أن …، ولم يتأكد ذلك رسميًا.» and mark the entry unconfirmed`,
);

const englishHearsayRule = wordRule(
  'en',
  /\bit is said\b/giu,
  (found) =>
    `"${found}" is hearsay: write "Unofficial sites report that …; this has not been confirmed officially." and mark the entry unconfirmed`,
);

const caseworkerRule = wordRule(
  'en',
  /\bcase[\s-]?workers?\b/giu,
  (found) => `"${found}": citizens read "staff member"`,
);

const riyalsRule = wordRule(
  'both',
  /\briyals?\b/giu,
  (found) => `"${found}": write "SAR" in English and «ريال» in Arabic`,
);

const riyalAbbreviationRule = wordRule(
  'both',
  /ر\s?\.\s?س\.?/gu,
  (found) => `«${found}»: write «ريال» in full`,
);

const yourHouseRule = arabicWordRule(
  ['بيتك', 'بيتكم'],
  (found) => `«${found}»: the household is «أسرتك» (the building is «المنزل» or «السكن»)`,
);

const mobilityCardRule = wordRule(
  'en',
  /\bmobility cards?\b/giu,
  (found) => `"${found}": write "movement card (بطاقة تنقل)"`,
);

const platformDecidesRule = wordRule(
  'en',
  /\bthe platform (?:decides|makes the (?:final )?decision)\b/giu,
  (found) =>
    `"${found}": write "The final decision is made by social security, and the result appears on the platform."`,
);

const arabicPlatformDecidesRule: StyleRule = {
  appliesTo: 'both',
  check: (text) =>
    [...bare(text).matchAll(/المنصة (?:هي التي |هي من )?تقرر/gu)].map(
      ([found]) => `«${found}»: write «القرار النهائي للضمان الاجتماعي، وتظهر النتيجة في المنصة»`,
    ),
};

/** Every mechanical rule, in the order its problems are reported for one text. */
const rules: readonly StyleRule[] = [
  tanweenRule,
  latinPunctuationRule,
  countedNounRule,
  arabicCountRule,
  englishCountRule,
  hearsayRule,
  englishHearsayRule,
  caseworkerRule,
  riyalsRule,
  riyalAbbreviationRule,
  yourHouseRule,
  mobilityCardRule,
  platformDecidesRule,
  arabicPlatformDecidesRule,
];

/**
 * Checks texts against the mechanical content-style rules. Returns every problem as
 * `"where: message"`, in input order, so an editor can fix a whole file in one pass; an empty list
 * means nothing mechanical is left (the judgement rules still need a reader).
 */
export function checkContentStyle(texts: readonly StyleText[]): string[] {
  return texts.flatMap(({ where, lang, text }) =>
    rules
      .filter((rule) => rule.appliesTo === 'both' || rule.appliesTo === lang)
      .flatMap((rule) => rule.check(text))
      .map((message) => `${where}: ${message}`),
  );
}

/**
 * Checks a list whose Arabic and English items translate each other one by one (FAQ steps, guide
 * tasks): both languages must have as many items. Returns the problems as `"where: message"`.
 */
export function checkPairedLists(where: string, lists: Localized<readonly string[]>): string[] {
  if (lists.ar.length === lists.en.length) return [];
  return [
    `${where}: ${lists.ar.length} Arabic items but ${lists.en.length} English items; each item is translated one by one`,
  ];
}
