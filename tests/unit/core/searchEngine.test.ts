import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '../../../core/content/schema';
import { buildFaqIndex, editDistance, searchFaq } from '../../../core/search/faqSearch';
import { synonymRules } from '../../../core/search/synonyms';

function entry(
  id: string,
  question: { ar: string; en: string },
  answer: { ar: string; en: string },
  alternatives: { ar: string[]; en: string[] } = { ar: [question.ar], en: [question.en] },
): FaqEntry {
  return {
    id,
    category: 'test',
    question,
    answer: { ar: [answer.ar], en: [answer.en] },
    alternatives,
    related: [],
    sources: ['seed'],
    reviewedAt: '2026-11-28',
    isUnconfirmed: false,
  };
}

const entries: FaqEntry[] = [
  entry(
    'payment-date',
    { ar: 'متى يُصرف الضمان؟', en: 'When is support paid?' },
    {
      ar: 'يودع المبلغ في الحساب أول كل شهر ميلادي.',
      en: 'The money is deposited on the first day of every month.',
    },
    { ar: ['موعد صرف الضمان', 'موعد الإيداع'], en: ['payment date', 'payday'] },
  ),
  entry(
    'objection',
    { ar: 'كيف أقدّم اعتراضاً؟', en: 'How do I file an objection?' },
    {
      ar: 'قدّم الاعتراض من المنصة وأرفق المستندات التي تثبت حالتك.',
      en: 'File the objection on the platform and attach documents that prove your case.',
    },
    { ar: ['تقديم اعتراض على الأهلية'], en: ['appeal the decision'] },
  ),
  entry(
    'national-address',
    { ar: 'ما هو العنوان الوطني؟', en: 'What is the national address?' },
    {
      ar: 'العنوان الوطني يربط ملفك بمسكنك، وتسجله من البريد السعودي.',
      en: 'The national address links your file to your home; register it with Saudi Post.',
    },
  ),
  entry(
    'travel-abroad',
    { ar: 'هل السفر خارج المملكة يوقف الدعم؟', en: 'Does travelling abroad stop support?' },
    {
      ar: 'إذا بقيت خارج المملكة أكثر من ثلاثة أشهر في السنة قد يتوقف الدعم.',
      en: 'Staying outside the Kingdom more than three months a year can stop support.',
    },
  ),
  entry(
    'contact-channels',
    { ar: 'كيف أتواصل مع الضمان؟', en: 'How do I contact social security?' },
    {
      ar: 'عبر المنصة أو مكتب الضمان أو الرقم الموحد 19911.',
      en: 'Through the platform, the office or the unified number 19911.',
    },
  ),
];

const index = buildFaqIndex(entries);
const top = (query: string, lang?: 'ar' | 'en'): string | undefined =>
  searchFaq(index, query, lang === undefined ? {} : { lang })[0]?.id;

describe('searchFaq basics', () => {
  it('finds entries from Arabic and English queries', () => {
    expect(top('متى يصرف الضمان')).toBe('payment-date');
    expect(top('how do i file an objection')).toBe('objection');
  });

  it('returns nothing for empty, punctuation-only or stop-word-only queries', () => {
    expect(searchFaq(index, '')).toEqual([]);
    expect(searchFaq(index, '؟؟ !!')).toEqual([]);
    expect(searchFaq(index, 'what is the')).toEqual([]);
    expect(searchFaq(index, 'هل في من')).toEqual([]);
  });

  it('matches whatever the hamza, tashkeel and letter forms', () => {
    expect(top('الاهليه اعتراض')).toBe('objection');
    expect(top('اعْتِرَاض')).toBe('objection');
    expect(top('الـعـنـوان الوطنى')).toBe('national-address');
  });

  it('matches numbers typed in Arabic-Indic digits', () => {
    expect(top('١٩٩١١')).toBe('contact-channels');
  });

  it('respects the limit and orders hits best first', () => {
    const hits = searchFaq(index, 'الضمان الدعم المنصة', { limit: 2 });
    expect(hits).toHaveLength(2);
    expect(hits[0]?.score).toBeGreaterThanOrEqual(hits[1]?.score ?? Infinity);
    expect(searchFaq(index, 'الضمان', { limit: 0 })).toEqual([]);
  });

  it('reports the index terms that matched, for highlighting', () => {
    const hit = searchFaq(index, 'موعد الإيداع')[0];
    expect(hit?.id).toBe('payment-date');
    expect(hit?.matchedTerms).toEqual(expect.arrayContaining(['موعد', 'ايداع']));
  });

  it('weights the question above the answer', () => {
    // "document" appears only in an answer; the national-address question names "address".
    const withQuestionWord = buildFaqIndex([
      entry(
        'in-question',
        { ar: 'سؤال عن الوثيقة', en: 'About the certificate' },
        { ar: 'نص', en: 'text' },
      ),
      entry(
        'in-answer',
        { ar: 'سؤال آخر', en: 'Another one' },
        { ar: 'الوثيقة هنا', en: 'certificate here' },
      ),
    ]);
    expect(searchFaq(withQuestionWord, 'certificate')[0]?.id).toBe('in-question');
    expect(searchFaq(withQuestionWord, 'الوثيقة')[0]?.id).toBe('in-question');
  });

  it('allows cross-language hits (an English word typed by an Arabic speaker)', () => {
    expect(top('عنوان address')).toBe('national-address');
    expect(top('objection', 'ar')).toBe('objection');
  });

  it('uses the proclitic only when the corpus knows the shorter word', () => {
    // "وبالمنصة" → "منصه" via the article; "وللاعتراض" → "اعتراض".
    expect(top('وللاعتراض')).toBe('objection');
  });
});

describe('synonyms', () => {
  it('is data: dialect rules and concept groups', () => {
    expect(synonymRules.length).toBeGreaterThan(20);
    expect(synonymRules.some((rule) => rule.kind === 'dialect')).toBe(true);
    expect(synonymRules.some((rule) => rule.kind === 'concept')).toBe(true);
  });

  it('maps Gulf dialect to the content’s formal words', () => {
    // "ينزل" (comes in) → "صرف/إيداع", "برا" (outside) → "خارج".
    expect(top('متى ينزل')).toBe('payment-date');
    expect(top('اذا رحت برا')).toBe('travel-abroad');
  });

  it('maps English concepts, including phrases', () => {
    expect(top('when do i get my money')).toBe('payment-date');
    expect(top('appeal')).toBe('objection');
  });

  it('ranks a synonym match below a match on the visitor’s own word', () => {
    const pair = buildFaqIndex([
      entry('synonym', { ar: 'مبلغ', en: 'amount' }, { ar: 'نص', en: 'text' }),
      entry('own-word', { ar: 'فلوس', en: 'cash' }, { ar: 'نص', en: 'text' }),
    ]);
    expect(searchFaq(pair, 'فلوس').map((hit) => hit.id)).toEqual(['own-word', 'synonym']);
  });
});

describe('typo tolerance', () => {
  it('computes edit distance with transpositions and a cutoff', () => {
    expect(editDistance('payment', 'paymnet', 2)).toBe(1);
    expect(editDistance('objection', 'objction', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
    expect(editDistance('same', 'same', 1)).toBe(0);
  });

  it('matches one typo in words of four letters or more', () => {
    expect(top('objction')).toBe('objection');
    expect(top('adress')).toBe('national-address');
    expect(top('اعتراظ')).toBe('objection');
  });

  it('matches two typos only in words of seven letters or more', () => {
    expect(top('objectoin')).toBe('objection'); // transposition: one edit
    expect(top('obijektion')).toBe('objection');
    expect(searchFaq(index, 'trvl')).toEqual([]);
  });

  it('does not fuzz short words', () => {
    // "pai" is one edit from "paid", but three letters are too few to guess from.
    expect(searchFaq(index, 'pai ')).toEqual([]);
  });

  it('takes a word the kiosk knows as typed, never as a typo of another word', () => {
    const pair = buildFaqIndex([
      entry('one-edit-away', { ar: 'كلمة', en: 'grant' }, { ar: 'نص', en: 'text' }),
      entry('exact', { ar: 'كلمة', en: 'grand' }, { ar: 'نص', en: 'text' }),
    ]);
    expect(searchFaq(pair, 'grand ').map((hit) => hit.id)).toEqual(['exact']);
    // An unknown word is still read as the nearest known one.
    expect(searchFaq(pair, 'grabt ').map((hit) => hit.id)).toEqual(['one-edit-away']);
  });

  it('does not read a short known word as an unrelated one (حالي is not حالة)', () => {
    const pair = buildFaqIndex([
      entry('status', { ar: 'حالة الطلب', en: 'status' }, { ar: 'نص', en: 'text' }),
      entry('alone', { ar: 'أسكن لحالي', en: 'alone' }, { ar: 'نص', en: 'text' }),
    ]);
    expect(searchFaq(pair, 'حالة ').map((hit) => hit.id)).toEqual(['status']);
  });
});

describe('search as you type', () => {
  it('completes the last word as a prefix', () => {
    expect(top('objec')).toBe('objection');
    expect(top('العنو')).toBe('national-address');
  });

  it('stops completing once the visitor types a space', () => {
    expect(searchFaq(index, 'natio ')).toEqual([]);
    expect(top('natio')).toBe('national-address');
  });

  it('completes only the last word', () => {
    expect(searchFaq(index, 'natio zzzz')).toEqual([]);
  });
});
