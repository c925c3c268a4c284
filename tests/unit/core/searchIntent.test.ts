/**
 * What a query asks for, and what the search does with it on the shipped content: questions that
 * failed when searched by tapping, and the causes behind them (intent, filler words, typo guesses
 * on real words).
 */
import { describe, expect, it } from 'vitest';
import { queryIntents } from '../../../core/search/intent';
import { buildFaqIndex, searchFaq } from '../../../core/search/faqSearch';
import { synonymRules } from '../../../core/search/synonyms';
import { shippedContentBundle } from '../../../scripts/contentFiles';

const index = buildFaqIndex(shippedContentBundle().faq);
const ids = (query: string, limit = 5) => searchFaq(index, query, { limit }).map((hit) => hit.id);

describe('question intent', () => {
  it.each([
    ['كم الضمان', ['amount']],
    ['مبلغ الضمان', ['amount']],
    ['how much is it', ['amount']],
    ['متى ينزل', ['date']],
    ['when is payment', ['date']],
    ['كم يوم ياخذ الطلب', ['date']],
    ['يوم كم ينزل', ['date']],
    ['how many days', ['date']],
    ['how long does it take', ['date']],
    ['كيف اسجل', ['how']],
    ['اشلون اعترض', ['how']],
    ['how do i register', ['how']],
    ['وش الشروط', []],
  ])('%s → %j', (query, expected) => {
    expect([...queryIntents(query)].sort()).toEqual(expected);
  });
});

describe('searches that failed when typed on the kiosk', () => {
  it('finds the amount when «الدعم» is used for the pension', () => {
    expect(ids('ابي اعرف مبلغ الدعم', 3)).toContain('amount-per-person');
  });

  it('answers «كم الضمان» with the amount, not the review time', () => {
    expect(ids('كم الضمان')[0]).toBe('amount-per-person');
  });

  it('lets the topic, not «ابغى», decide', () => {
    expect(ids('ابغى اسجل')[0]).toBe('how-to-register');
    expect(ids('ابغى')).toEqual([]);
    expect(ids('لو سمحت ابي')).toEqual([]);
  });

  it('reads "nafath not working" as a Nafath problem, not as unemployment', () => {
    expect(ids('nafath not working')[0]).toBe('nafath-login');
    expect(ids('نفاذ ما يشتغل', 3)).toContain('nafath-login');
    expect(ids('nafath not working')).not.toContain('unemployed');
  });

  it('highlights no word the visitor did not type or mean', () => {
    const [first] = searchFaq(index, 'ابي اعرف مبلغ الدعم');
    expect(first?.matchedTerms).not.toContain('لحالي');
  });
});

describe('the dialect lexicon', () => {
  it('says what every rule means', () => {
    const unexplained = synonymRules.filter((rule) => rule.meaning.trim().length < 3);
    expect(unexplained).toEqual([]);
    expect(synonymRules.length).toBeGreaterThan(100);
  });

  it.each([
    ['ابشر', 'nafath-login'],
    ['dhaman payment date', 'payment-date'],
    ['ينطبق علي الضمان', 'eligibility-conditions'],
  ])('%s finds %s in the top three', (query, id) => {
    expect(ids(query, 3)).toContain(id);
  });
});
