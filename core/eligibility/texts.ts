/**
 * The eligibility check's words in Arabic and English. They are data in the content bundle
 * (`assets/content/eligibility.json`, `texts`), so the screens, the check-answers page and the
 * printed checklist say exactly the same thing and the office can correct them with the content.
 *
 * Policy: every text is cautious. Results say "likely" or "may", always say that social security
 * makes the final decision (the result appears on the platform), and a "likely not" result is
 * never shown without next steps.
 *
 * Placeholders use i18next's `{{name}}` syntax and are filled from the rules table, never typed in
 * here, so a changed figure changes every text. Counted nouns need Arabic's six plural forms, so a
 * placeholder carries the number with its noun, made with `formatCount`:
 * `{{months}}` = `formatCount(texts.counts.months, lang, rules.maxMonthsAbroad.value)`,
 * `{{threshold}}` = `formatCount(texts.counts.sar, lang, result.estimatedThreshold)`.
 */
import type { Language, Localized } from '../content/languages';
import {
  checkByKeys,
  checkLocalizedText,
  checkRecord,
  type Check,
  type ValueChecker,
} from '../content/validation';
import { isNonEmptyString, isRecord } from '../validation';
import {
  eligibilityBands,
  eligibilityQuestions,
  nextStepCodes,
  reasonCodes,
  type ApplyingAs,
  type EligibilityBand,
  type NationalityException,
  type Nationality,
  type NextStepCode,
  type QuestionId,
  type ReasonCode,
  type Residence,
} from './rules';

/** Heading and first paragraph of a result page. */
export type BandText = {
  /** Heading: cautious, never "No". */
  readonly title: Localized<string>;
  /** First paragraph: what the band means and that social security decides. */
  readonly body: Localized<string>;
};

/** Arabic's plural categories (CLDR): 0, 1, 2, 3–10, 11–99, and the rest (100, 101, 102…). */
export const arabicPluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
/** English's plural categories (CLDR). */
export const englishPluralCategories = ['one', 'other'] as const;

/** A counted noun in every plural form; `{{count}}` stands for the number. */
export type PluralText = {
  readonly ar: Readonly<Record<(typeof arabicPluralCategories)[number], string>>;
  readonly en: Readonly<Record<(typeof englishPluralCategories)[number], string>>;
};

/**
 * A number with its noun in the right plural form, e.g. `formatCount(texts.counts.sar, 'ar', 1320)`
 * gives `1320 ريالًا`. `shown` replaces the digits when the UI formats them (grouping, `<bdi>`).
 */
export function formatCount(
  text: PluralText,
  lang: Language,
  count: number,
  shown: string = String(count),
): string {
  const category = new Intl.PluralRules(lang).select(count);
  const forms: Readonly<Record<string, string>> = text[lang];
  return (forms[category] ?? forms.other ?? '').replaceAll('{{count}}', shown);
}

/** Words of one question page. */
export type QuestionText<Option extends string> = {
  /** The question, as the page heading. */
  readonly title: Localized<string>;
  /** One sentence under the heading that helps answer it. */
  readonly hint: Localized<string>;
  /** Label of each option, by option id; empty for number questions. */
  readonly options: Readonly<Record<Option, Localized<string>>>;
  /** How a number answer reads on the check-answers page. */
  readonly answerCount?: PluralText;
};

/** Option ids of each question; `never` for number questions. */
type OptionsOf = {
  readonly nationality: Nationality;
  readonly nationalityException: NationalityException;
  readonly residence: Residence;
  readonly applyingAs: ApplyingAs;
  readonly householdSize: never;
  readonly monthlyIncome: never;
};

/** The counted nouns the check uses: household members, riyals, months abroad. */
export const countNames = ['people', 'sar', 'months'] as const;
export type CountName = (typeof countNames)[number];

/** The fixed notices of the check's pages. */
export const noticeNames = [
  /** Always shown: the result is informal; social security makes the final decision. */
  'informal',
  /** Always shown on results: why the estimate can differ from the real result (S7). */
  'incomeCounting',
  /** Shown when `usesUnconfirmedFigures` is true. */
  'unconfirmedFigures',
  /** Shown with an estimated threshold: amounts are time-sensitive. */
  'amountsMayChange',
] as const;
export type NoticeName = (typeof noticeNames)[number];

/** Every word of the eligibility check, as stored in the content bundle. */
export type EligibilityTexts = {
  /** Label of the "I don't know" button and of that answer on the check-answers page. */
  readonly dontKnow: Localized<string>;
  /** Texts of each question page, by question id. */
  readonly questions: { readonly [Id in QuestionId]: QuestionText<OptionsOf[Id]> };
  /** Heading and first paragraph of each result band. */
  readonly bands: Readonly<Record<EligibilityBand, BandText>>;
  /** Why the result is what it is, by reason code; may use `{{threshold}}`, `{{months}}`. */
  readonly reasons: Readonly<Record<ReasonCode, Localized<string>>>;
  /** What to do next, by next-step code. */
  readonly nextSteps: Readonly<Record<NextStepCode, Localized<string>>>;
  readonly notices: Readonly<Record<NoticeName, Localized<string>>>;
  readonly counts: Readonly<Record<CountName, PluralText>>;
};

const checkPluralText: ValueChecker = (check, value, where) => {
  if (!isRecord(value) || !isRecord(value.ar) || !isRecord(value.en)) {
    check.problems.push(`${where}: expected { ar: { zero…other }, en: { one, other } }`);
    return;
  }
  for (const form of arabicPluralCategories) {
    if (!isNonEmptyString(value.ar[form])) check.problems.push(`${where}.ar.${form}: missing`);
  }
  for (const form of englishPluralCategories) {
    if (!isNonEmptyString(value.en[form])) check.problems.push(`${where}.en.${form}: missing`);
  }
};

const checkBandText: ValueChecker = (check, value, where) =>
  checkRecord(
    check,
    value,
    where,
    (own, band) => {
      checkLocalizedText(own, band.title, `${where}.title`);
      checkLocalizedText(own, band.body, `${where}.body`);
    },
    'expected { title, body }',
  );

/** The texts of one question page: title, hint, and its options or its counted answer. */
function checkQuestionText(
  check: Check,
  value: unknown,
  where: string,
  question: (typeof eligibilityQuestions)[number],
): void {
  checkRecord(
    check,
    value,
    where,
    (own, text) => {
      checkLocalizedText(own, text.title, `${where}.title`);
      checkLocalizedText(own, text.hint, `${where}.hint`);
      if (question.kind === 'choice') {
        checkByKeys(own, text.options, `${where}.options`, question.options, checkLocalizedText);
      } else if (text.answerCount !== undefined) {
        checkPluralText(own, text.answerCount, `${where}.answerCount`);
      }
    },
    'missing',
  );
}

/**
 * Checks the eligibility texts of a content bundle: every question, option, band, reason, next
 * step, notice and counted noun in both languages (Arabic with all six plural forms).
 */
export function checkEligibilityTexts(check: Check, value: unknown, where: string): void {
  checkRecord(check, value, where, (own, texts) => {
    checkLocalizedText(own, texts.dontKnow, `${where}.dontKnow`);
    checkRecord(own, texts.questions, `${where}.questions`, (inner, questions) => {
      for (const question of eligibilityQuestions) {
        const at = `${where}.questions.${question.id}`;
        checkQuestionText(inner, questions[question.id], at, question);
      }
    });
    checkByKeys(own, texts.bands, `${where}.bands`, eligibilityBands, checkBandText);
    checkByKeys(own, texts.reasons, `${where}.reasons`, reasonCodes, checkLocalizedText);
    checkByKeys(own, texts.nextSteps, `${where}.nextSteps`, nextStepCodes, checkLocalizedText);
    checkByKeys(own, texts.notices, `${where}.notices`, noticeNames, checkLocalizedText);
    checkByKeys(own, texts.counts, `${where}.counts`, countNames, checkPluralText);
  });
}
