import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '../../../core/content/schema';
import { buildFaqIndex, searchFaq } from '../../../core/search/faqSearch';
import { highlightMatches } from '../../../core/search/highlight';

const marked = (text: string, terms: readonly string[]): string[] =>
  highlightMatches(text, terms)
    .filter((segment) => segment.isMatch)
    .map((segment) => segment.text);

describe('highlightMatches', () => {
  it('marks words in the original text, keeping hamza, tashkeel and punctuation', () => {
    const text = 'متى يُصرف الضَّمان؟ في أول الشهر.';
    expect(marked(text, ['يصرف', 'ضمان'])).toEqual(['يُصرف', 'الضَّمان']);
    expect(
      highlightMatches(text, ['يصرف', 'ضمان'])
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
  });

  it('matches through folding and stemming', () => {
    expect(marked('الأهليّة والمستندات المطلوبة', ['اهل', 'مستند'])).toEqual([
      'الأهليّة',
      'والمستندات',
    ]);
    expect(marked('الأهليّة', ['اهليه'])).toEqual([]);
    expect(marked('Payments are deposited monthly', ['pay', 'month'])).toEqual([
      'Payments',
      'monthly',
    ]);
  });

  it('matches words whose one-letter proclitic the index removed', () => {
    expect(marked('وبحسابه البنكي', ['حساب'])).toEqual(['وبحسابه']);
  });

  it('does not mark stop words, spaces or punctuation', () => {
    const segments = highlightMatches('في الضمان، في', ['في', 'ضمان']);
    expect(segments).toEqual([
      { text: 'في ', isMatch: false },
      { text: 'الضمان', isMatch: true },
      { text: '، في', isMatch: false },
    ]);
  });

  it('keeps a word with a zero-width mark inside as one word', () => {
    expect(marked('الض\u200Cمان', ['ضمان'])).toEqual(['الض\u200Cمان']);
  });

  it('returns the whole text unmarked without terms, and nothing for empty text', () => {
    expect(highlightMatches('نص', [])).toEqual([{ text: 'نص', isMatch: false }]);
    expect(highlightMatches('', ['نص'])).toEqual([]);
  });

  it('marks, in an answer, the words a real search matched', () => {
    const answer = 'يُودَع المبلغ في حسابك البنكي أول كل شهر ميلادي.';
    const entry: FaqEntry = {
      id: 'payment-date',
      category: 'test',
      question: { ar: 'متى يُصرف الضمان؟', en: 'When is support paid?' },
      answer: { ar: [answer], en: ['Paid on the first of every month.'] },
      alternatives: { ar: ['موعد الإيداع'], en: ['payment date'] },
      related: [],
      sources: ['seed'],
      reviewedAt: '2026-11-28',
      isUnconfirmed: false,
    };
    const hit = searchFaq(buildFaqIndex([entry]), 'المبالغ الشهرية مبلغ الشهر')[0];
    expect(marked(answer, hit?.matchedTerms ?? [])).toEqual(['المبلغ', 'شهر']);
  });
});
