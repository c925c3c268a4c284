/**
 * The stored search text keeps only words the kiosk knows: checked against the hostile-input
 * corpus (tests/privacy/hostile-inputs.json: names, e-mails, IDs, mobiles, IBANs, control and
 * direction characters, long pastes), every number in every digit script and with every
 * separator, and every name in sentences; and against the relevance set, so that what the
 * office reads stays useful.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildSearchVocabulary,
  capSearchField,
  searchFieldLimit,
  searchVocabularyFor,
  storedSearchTextLimit,
  toStoredSearchText,
  type SearchVocabulary,
} from '../../../core/privacy/searchText';
import { normalizeText } from '../../../core/search/normalize';
import { loadContentBundle } from '../../../scripts/contentFiles';

type HostileInput = {
  readonly kind: string;
  readonly text: string;
  readonly secrets: readonly string[];
  readonly repeat?: number;
};
type Corpus = {
  readonly names: Readonly<Record<string, readonly string[]>>;
  readonly numbers: Readonly<Record<string, readonly string[]>>;
  readonly inputs: readonly HostileInput[];
};

const root = resolve(__dirname, '../../..');
const corpus = JSON.parse(
  readFileSync(resolve(root, 'tests/privacy/hostile-inputs.json'), 'utf8'),
) as Corpus;
const bundle = loadContentBundle();
if (!bundle.ok) throw new Error('the shipped content bundle is invalid');
const content = bundle.value;
const vocabulary = searchVocabularyFor(content);

const placeholders = new Set(['…', '#', '@']);
const invisible = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u;
const anyDigit = /\p{N}/u;

/** The kept words of a stored text, normalised as search normalises them. */
function keptWords(stored: string): string[] {
  return stored
    .split(' ')
    .filter((word) => !placeholders.has(word))
    .map(normalizeText);
}

/** Why a stored text leaks one of the secrets, or undefined when it leaks nothing. */
function leak(input: string, secrets: readonly string[], stored: string): string | undefined {
  const where = `${JSON.stringify(input.slice(0, 60))} → ${JSON.stringify(stored)}`;
  if (stored.length > storedSearchTextLimit) return `too long: ${where}`;
  if (invisible.test(stored)) return `control or format character: ${where}`;
  if (anyDigit.test(stored) || anyDigit.test(stored.normalize('NFKC'))) return `digit: ${where}`;
  const words = new Set(keptWords(stored));
  for (const secret of secrets) {
    for (const word of normalizeText(secret).split(' ')) {
      if (word !== '' && !anyDigit.test(word) && words.has(word)) {
        return `"${word}" of "${secret}" kept: ${where}`;
      }
    }
  }
  return undefined;
}

const arabicNames = [...(corpus.names.arabicFirst ?? []), ...(corpus.names.arabicFamily ?? [])];
const latinNames = [...(corpus.names.latinFirst ?? []), ...(corpus.names.latinFamily ?? [])];

describe('the hostile-input corpus', () => {
  it('has at least 150 inputs and 200 names in both scripts', () => {
    expect(corpus.inputs.length).toBeGreaterThanOrEqual(150);
    expect(arabicNames.length + latinNames.length).toBeGreaterThanOrEqual(200);
    expect(arabicNames.length).toBeGreaterThanOrEqual(100);
    expect(latinNames.length).toBeGreaterThanOrEqual(100);
  });

  it('leaves no name, digit, e-mail or secret in any stored text', () => {
    const leaks = corpus.inputs.flatMap(({ text, secrets, repeat }) => {
      const input = text.repeat(repeat ?? 1);
      return leak(input, secrets, toStoredSearchText(input, vocabulary)) ?? [];
    });
    expect(leaks).toEqual([]);
  });

  it('leaves no name, whatever sentence it is in', () => {
    const arabic = [
      (name: string) => `اسمي ${name}`,
      (name: string) => `كم مبلغ الدعم ل${name}`,
      (name: string) => `${name} متى ينزل الضمان`,
      (name: string) => `الضمان حق ${name} وقف`,
      (name: string) => `محمد ${name}`,
      (name: string) => `و${name}`,
      (name: string) => name,
    ];
    const latin = [
      (name: string) => `my name is ${name}`,
      (name: string) => `${name} payment date`,
      (name: string) => `how much does ${name} get`,
      (name: string) => name,
      (name: string) => name.toUpperCase(),
    ];
    const leaks = [
      ...arabicNames.flatMap((name) => arabic.map((sentence) => [name, sentence(name)] as const)),
      ...latinNames.flatMap((name) => latin.map((sentence) => [name, sentence(name)] as const)),
    ].flatMap(([name, input]) => leak(input, [name], toStoredSearchText(input, vocabulary)) ?? []);
    expect(leaks).toEqual([]);
  });

  it('leaves no number in any digit script or with any separator', () => {
    const numbers = Object.values(corpus.numbers).flat();
    const leaks = numbers.flatMap((number) =>
      digitScripts.flatMap((script) =>
        separators.flatMap((separator) => {
          const written = [...inScript(number, script)].join(separator);
          const grouped = inScript(number, script).replace(/(.{3})/gu, `$1${separator}`);
          return [written, grouped, `هويتي ${written} متى`, `my id is ${grouped} when`].flatMap(
            (input) => leak(input, [number], toStoredSearchText(input, vocabulary)) ?? [],
          );
        }),
      ),
    );
    expect(leaks).toEqual([]);
  });

  it('stores placeholders, once per run', () => {
    const stored = (query: string) => toStoredSearchText(query, vocabulary);
    expect(stored('اسمي محمد بن عبدالله الحربي')).toBe('اسمي …');
    expect(stored('كم مبلغ الدعم لمحمد الحربي')).toBe('كم مبلغ الدعم …');
    expect(stored('ahmed.alharbi@example.com')).toBe('@');
    expect(stored('my id 1234567890')).toBe('my id #');
    expect(stored('10a12b34c56d78')).toBe('#');
    expect(stored('10:12:34:56:78')).toBe('#');
    expect(stored('1+0+1+0+1')).toBe('#');
    expect(stored('رقمي ١٠،٢٣،٤٥')).toBe('رقمي #');
    expect(stored('call 055 123 4567 now')).toBe('call # now');
    expect(stored('متى Mohammed 0551234567 Alharbi ينزل')).toBe('متى … # ينزل');
    expect(stored('zero five five one two three')).toBe('#');
    expect(stored('two children')).toBe('two children');
    expect(stored('\u202Eمتى\u202C\u0000 ينزل')).toBe('متى ينزل');
  });

  it('never keeps a word beside a naming cue or a name particle, even an ordinary one', () => {
    const stored = (query: string) => toStoredSearchText(query, vocabulary);
    expect(stored('my name is Grant')).toBe('my name is …');
    expect(stored('اسمي هو ناقص')).toBe('اسمي هو …');
    expect(stored('منصور بن ناقص')).toBe('…');
    expect(stored('الدعم الشهري')).toBe('الدعم …');
    // «على» (on) stays; the name «علي» does not, even typed on a Persian keyboard («علی»).
    expect(stored('على حسابي علي علی')).toBe('على حسابي …');
  });

  it('reads only the start of a 200,000-character paste and stays within 100 characters', () => {
    const paste = 'متى ينزل الضمان '.repeat(13_000);
    expect(paste.length).toBeGreaterThan(200_000);
    const stored = toStoredSearchText(paste, vocabulary);
    expect(stored.length).toBeLessThanOrEqual(storedSearchTextLimit);
    expect(stored.startsWith('متى ينزل الضمان متى')).toBe(true);
    expect(stored.endsWith(' ')).toBe(false);
  });
});

describe('what the office still learns from a search', () => {
  it('keeps ordinary questions whole', () => {
    for (const question of [
      'متى ينزل الضمان',
      'كم مبلغ الضمان للمطلقة',
      'كيف اسجل في الضمان المطور',
      'ليش وقف الضمان حقي',
      'when is the payment',
      'how do I change my IBAN',
    ]) {
      expect(toStoredSearchText(question, vocabulary)).toBe(question.toLowerCase());
    }
  });

  it('keeps at least 90% of the words of the relevance set', () => {
    for (const file of ['faq-queries.json', 'faq-queries-heldout.json']) {
      const queries = (
        JSON.parse(readFileSync(resolve(root, 'tests/relevance', file), 'utf8')) as {
          queries: { q: string }[];
        }
      ).queries;
      let typed = 0;
      let kept = 0;
      for (const { q } of queries) {
        typed += normalizeText(q).split(' ').length;
        kept += keptWords(toStoredSearchText(q, vocabulary)).length;
      }
      const share = kept / typed;
      console.info(`${file}: ${kept} of ${typed} words kept (${(share * 100).toFixed(1)}%)`);
      expect(share).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe('the vocabulary', () => {
  it('is built once per content bundle', () => {
    expect(searchVocabularyFor(content)).toBe(vocabulary);
    expect(buildSearchVocabulary(content)).not.toBe(vocabulary);
  });

  it('lets no name through that is also one of its words («عائشة» / «عايشة», «أسماء», "Said")', () => {
    const names = [...arabicNames, ...latinNames].filter((name) =>
      normalizeText(name)
        .split(' ')
        .some((word) => hasForm(vocabulary, word)),
    );
    console.info(`names that are also words of the vocabulary: ${names.join(', ')}`);
    expect(names.length).toBeGreaterThan(0);
    const kept = names.filter((name) => keptWords(toStoredSearchText(name, vocabulary)).length > 0);
    expect(kept).toEqual([]);
  });
});

describe('capSearchField', () => {
  it('cuts at 80 code units without splitting a surrogate pair', () => {
    expect(capSearchField('a'.repeat(200_000))).toHaveLength(searchFieldLimit);
    const cut = capSearchField(`${'a'.repeat(79)}𝟏𝟐`);
    expect(cut).toBe('a'.repeat(79));
    expect(capSearchField('متى ينزل')).toBe('متى ينزل');
  });
});

function hasForm(vocabularyToCheck: SearchVocabulary, word: string): boolean {
  return vocabularyToCheck.forms.has(word);
}

/** Digit scripts: ASCII and every script a phone's keyboard or a paste can bring. */
const digitScripts: readonly (readonly string[])[] = [
  [...'0123456789'],
  [...'٠١٢٣٤٥٦٧٨٩'],
  [...'۰۱۲۳۴۵۶۷۸۹'],
  [...'０１２３４５６７８９'],
  [...'⁰¹²³⁴⁵⁶⁷⁸⁹'],
  [...'₀₁₂₃₄₅₆₇₈₉'],
  [...'⓪①②③④⑤⑥⑦⑧⑨'],
  [...'⓿❶❷❸❹❺❻❼❽❾'],
  [...'𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗'],
  [...'𝟘𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠𝟡'],
  [...'𝟶𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾𝟿'],
  [...'०१२३४५६७८९'],
  [...'০১২৩৪৫৬৭৮৯'],
  [...'๐๑๒๓๔๕๖๗๘๙'],
];

/** Separators people and pasted text put between digits, invisible ones included. */
const separators: readonly string[] = [
  '',
  ' ',
  '-',
  '.',
  '/',
  ':',
  '+',
  ',',
  '،',
  '_',
  '\u00A0',
  '\u2009',
  '\u2013',
  '\u066B',
  '\u066C',
  '\u200B',
  '\u200F',
  '\u202E',
  '\u2066',
  '\u0000',
  '\n',
  'a',
  'ب',
];

function inScript(text: string, script: readonly string[]): string {
  return text.replace(/[0-9]/g, (digit) => script[Number(digit)] ?? digit);
}
