/**
 * What kind of answer a query asks for, from its question words: "how much" wants an amount,
 * "when" a date or a length of time, "how" a procedure. Search ranks entries that answer that kind
 * of question first among those that match the query's topic (see `FaqEntry.intents`).
 *
 * Policy: intent only reorders answers that already match the topic words; it never brings in an
 * entry on its own, so a question word alone ("كم") cannot outrank the topic.
 */
import type { QuestionIntent } from '../content/schema';
import { normalizeText } from './normalize';

function normalizedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(normalizeText));
}

/** Words that ask "how much" on their own (كم is handled apart: "كم يوم" asks how long). */
const amountWords = normalizedSet([
  'مبلغ',
  'المبلغ',
  'مبالغ',
  'قيمة',
  'قيمه',
  'مقدار',
  'بكم',
  'قديش',
  'كام',
  'amount',
  'much',
  'value',
  'sum',
  'riyals',
  'sar',
]);

/** Words that ask "when". */
const dateWords = normalizedSet([
  'متى',
  'متي',
  'امتى',
  'امتي',
  'موعد',
  'مواعيد',
  'تاريخ',
  'when',
  'date',
  'day',
  'long',
]);

/** After كم / how many, these make the question one of time ("كم يوم" = how long). */
const timeUnits = normalizedSet([
  'يوم',
  'ايام',
  'شهر',
  'اشهر',
  'شهور',
  'مده',
  'مدة',
  'وقت',
  'ساعه',
  'اسبوع',
  'days',
  'months',
  'weeks',
  'time',
]);

/** Words that ask "how" (a procedure). */
const howWords = normalizedSet([
  'كيف',
  'اشلون',
  'شلون',
  'كيفيه',
  'طريقه',
  'خطوات',
  'how',
  'steps',
  'way',
  'procedure',
]);

/** The question intents of a query, from its normalised words. */
export function queryIntents(query: string): ReadonlySet<QuestionIntent> {
  const words = normalizeText(query).split(' ');
  const intents = new Set<QuestionIntent>();
  words.forEach((word, position) => {
    const next = words[position + 1] ?? '';
    if (word === 'كم' || (word === 'how' && next === 'many')) {
      // "كم يوم" (how many days) and "يوم كم" (which day of the month) ask about time.
      const unit = word === 'how' ? (words[position + 2] ?? '') : next;
      const before = words[position - 1] ?? '';
      intents.add(timeUnits.has(unit) || timeUnits.has(before) ? 'date' : 'amount');
      return;
    }
    if (word === 'how' && (next === 'much' || next === 'long')) return; // read at the next word
    if (amountWords.has(word)) intents.add('amount');
    else if (dateWords.has(word)) intents.add('date');
    else if (howWords.has(word)) intents.add('how');
  });
  return intents;
}
