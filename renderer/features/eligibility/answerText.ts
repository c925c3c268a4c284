/**
 * The words of the eligibility check for one language, taken from the content bundle's
 * eligibility texts so the question pages, the check-answers page and the result say exactly the
 * same thing.
 */
import type { EligibilityContent, Language } from '../../../core/content/schema';
import {
  dontKnow,
  relevantAnswers,
  type EligibilityAnswers,
  type EligibilityQuestion,
  type QuestionId,
} from '../../../core/eligibility/rules';
import { formatCount } from '../../../core/eligibility/texts';
import { useKiosk } from '../../visit/context';
import { formatAmount } from '../../ui/NumericKeypad';
import { fillPlaceholders } from '../../ui/IsolatedNumbers';

/** The eligibility check's figures and words in the content in use. */
export function useEligibilityContent(): EligibilityContent {
  return useKiosk().content.eligibility;
}

/** `{{months}}` of the residence texts: the months-abroad limit with its noun. */
export function monthsLimit({ rules, texts }: EligibilityContent, lang: Language): string {
  return formatCount(texts.counts.months, lang, rules.maxMonthsAbroad.value);
}

/** A number with its noun, grouped as the kiosk shows amounts ("1,320 SAR"). */
export function countText(
  { texts }: EligibilityContent,
  unit: 'people' | 'sar',
  lang: Language,
  value: number,
): string {
  return formatCount(texts.counts[unit], lang, value, formatAmount(String(value), lang));
}

/** The label of a choice option, placeholders filled. */
export function optionLabel(
  content: EligibilityContent,
  id: QuestionId,
  option: string,
  lang: Language,
): string {
  const options: Readonly<Record<string, { readonly ar: string; readonly en: string }>> =
    content.texts.questions[id].options;
  const text = options[option]?.[lang] ?? option;
  return fillPlaceholders(text, { months: monthsLimit(content, lang) });
}

/** How an answer reads on the check-answers page; undefined when not answered yet. */
export function answerText(
  content: EligibilityContent,
  question: EligibilityQuestion,
  answers: EligibilityAnswers,
  lang: Language,
): string | undefined {
  const value = answers[question.id];
  if (value === undefined) return undefined;
  if (value === dontKnow) return content.texts.dontKnow[lang];
  if (question.kind === 'number' && typeof value === 'number') {
    return countText(content, question.unit, lang, value);
  }
  return optionLabel(content, question.id, String(value), lang);
}

/**
 * True when the visitor answered and every answer was "I don't know": the check then has nothing
 * to go on, and the result says so instead of guessing (pure).
 */
export function hasOnlyDontKnow(answers: EligibilityAnswers): boolean {
  const values = Object.values(relevantAnswers(answers));
  return values.length > 0 && values.every((value) => value === dontKnow);
}
