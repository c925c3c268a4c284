/**
 * The words of the eligibility check for one language, taken from `core/eligibility/texts.ts` so
 * the question pages, the check-answers page and the result say exactly the same thing.
 */
import type { Language } from '../../../core/content/schema';
import {
  dontKnow,
  eligibilityRules,
  type EligibilityAnswers,
  type EligibilityQuestion,
  type QuestionId,
} from '../../../core/eligibility/rules';
import {
  countTexts,
  dontKnowText,
  formatCount,
  questionTexts,
} from '../../../core/eligibility/texts';
import { formatAmount } from '../../ui/NumericKeypad';
import { fillPlaceholders } from './IsolatedNumbers';

/** `{{months}}` of the residence texts: the months-abroad limit with its noun. */
export function monthsLimit(lang: Language): string {
  const months = eligibilityRules.maxMonthsAbroad.value;
  return formatCount(countTexts.months, lang, months);
}

/** A number with its noun, grouped as the kiosk shows amounts ("1,320 riyals"). */
export function countText(unit: 'people' | 'sar', lang: Language, value: number): string {
  return formatCount(countTexts[unit], lang, value, formatAmount(String(value), lang));
}

/** The label of a choice option, placeholders filled. */
export function optionLabel(id: QuestionId, option: string, lang: Language): string {
  const options: Readonly<Record<string, { readonly ar: string; readonly en: string }>> =
    questionTexts[id].options;
  const text = options[option]?.[lang] ?? option;
  return fillPlaceholders(text, { months: monthsLimit(lang) });
}

/** How an answer reads on the check-answers page; undefined when not answered yet. */
export function answerText(
  question: EligibilityQuestion,
  answers: EligibilityAnswers,
  lang: Language,
): string | undefined {
  const value = answers[question.id];
  if (value === undefined) return undefined;
  if (value === dontKnow) return dontKnowText[lang];
  if (question.kind === 'number' && typeof value === 'number') {
    return countText(question.unit, lang, value);
  }
  return optionLabel(question.id, String(value), lang);
}
