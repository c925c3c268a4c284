/**
 * The content-style checker: each mechanical rule flags a wrong text and passes its corrected
 * version, so neither a rule that never fires nor one that fires on good Arabic goes unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { checkContentStyle, checkPairedLists } from '../../../core/content/style';

function problemsIn(text: string, lang: 'ar' | 'en' = 'ar'): string[] {
  return checkContentStyle([{ where: 'here', lang, text }]);
}

type Case = {
  readonly rule: string;
  readonly lang: 'ar' | 'en';
  readonly bad: string;
  readonly good: string;
  readonly says: string;
};

const cases: readonly Case[] = [
  {
    rule: 'tanween on the alif',
    lang: 'ar',
    bad: 'التسجيل مجاناً في المنصة.',
    good: 'التسجيل مجانًا في المنصة.',
    says: '«مجانًا»',
  },
  {
    rule: 'tanween on the alif inside English text',
    lang: 'en',
    bad: 'Arabic speakers say «شكراً».',
    good: 'Arabic speakers say «شكرًا».',
    says: '«شكرًا»',
  },
  {
    rule: 'Latin comma in Arabic',
    lang: 'ar',
    bad: 'اختر موضوعًا, أو اكتب سؤالك.',
    good: 'اختر موضوعًا، أو اكتب سؤالك.',
    says: '«،»',
  },
  {
    rule: 'Latin question mark in Arabic',
    lang: 'ar',
    bad: 'متى ينزل الضمان?',
    good: 'متى ينزل الضمان؟',
    says: '«؟»',
  },
  {
    rule: 'Latin semicolon in Arabic',
    lang: 'ar',
    bad: 'الدفع شهري; وقد يتغير.',
    good: 'الدفع شهري؛ وقد يتغير.',
    says: '«؛»',
  },
  {
    rule: 'riyal after 11–99',
    lang: 'ar',
    bad: 'يصرف للتابع 660 ريال شهريًا.',
    good: 'يصرف للتابع 660 ريالًا شهريًا.',
    says: '«660 ريالًا»',
  },
  {
    rule: 'riyal after a number ending in 11–99',
    lang: 'ar',
    bad: 'المبلغ الأساسي 1,320 ريال.',
    good: 'المبلغ الأساسي 1,320 ريالًا.',
    says: '«1,320 ريالًا»',
  },
  {
    rule: 'riyal after a round hundred or thousand',
    lang: 'ar',
    bad: 'الحد الأعلى 5,000 ريالًا للأسرة.',
    good: 'الحد الأعلى 5,000 ريال للأسرة.',
    says: '«5,000 ريال»',
  },
  {
    rule: 'riyals after 3–10',
    lang: 'ar',
    bad: 'الرسوم 5 ريال.',
    good: 'الرسوم 5 ريالات.',
    says: '«5 ريالات»',
  },
  {
    rule: 'days after 11–99',
    lang: 'ar',
    bad: 'يصدر القرار خلال 15 يوم.',
    good: 'يصدر القرار خلال 15 يومًا.',
    says: '«15 يومًا»',
  },
  {
    rule: 'days after 3–10',
    lang: 'ar',
    bad: 'انتظر 7 يوم.',
    good: 'انتظر 7 أيام.',
    says: '«7 أيام»',
  },
  {
    rule: 'months after 11–99',
    lang: 'ar',
    bad: 'يوزع الدخل على 12 شهر.',
    good: 'يوزع الدخل على 12 شهرًا.',
    says: '«12 شهرًا»',
  },
  {
    rule: 'months after 3–10',
    lang: 'ar',
    bad: 'لا تزيد الغيبة على 3 شهر.',
    good: 'لا تزيد الغيبة على 3 أشهر.',
    says: '«3 أشهر»',
  },
  {
    rule: 'a counted noun without its tanween',
    lang: 'ar',
    bad: 'خلال 30 يوما من التسجيل.',
    good: 'خلال 30 يومًا من التسجيل.',
    says: '«30 يومًا»',
  },
  {
    rule: 'spelled-out count after the noun',
    lang: 'ar',
    bad: 'اتبع الخطوات التسع بالترتيب.',
    good: 'اتبع الخطوات بالترتيب.',
    says: 'الخطوات',
  },
  {
    rule: 'spelled-out count in the masculine form',
    lang: 'ar',
    bad: 'اقرأ الأسئلة الخمسة أولًا.',
    good: 'اقرأ الأسئلة أولًا.',
    says: 'الأسئلة',
  },
  {
    rule: 'spelled-out count before the noun',
    lang: 'ar',
    bad: 'التسجيل في تسع خطوات.',
    good: 'التسجيل خطوة بخطوة.',
    says: 'الخطوات',
  },
  {
    rule: 'count in digits before the noun',
    lang: 'ar',
    bad: 'أجب عن 6 أسئلة قصيرة.',
    good: 'أجب عن أسئلة قصيرة.',
    says: 'الأسئلة',
  },
  {
    rule: 'spelled-out count in English',
    lang: 'en',
    bad: 'Follow the nine steps in order.',
    good: 'Follow the steps in order.',
    says: '"the steps"',
  },
  {
    rule: 'count in digits in English',
    lang: 'en',
    bad: 'Answer 6 short questions.',
    good: 'Answer a few short questions.',
    says: '"the questions"',
  },
  {
    rule: 'hearsay in Arabic',
    lang: 'ar',
    bad: 'يُقال إن المبلغ زاد.',
    good: 'تذكر مواقع غير رسمية أن المبلغ زاد، ولم يتأكد ذلك رسميًا.',
    says: 'hearsay',
  },
  {
    rule: 'hearsay in Arabic without harakat, after a conjunction',
    lang: 'ar',
    bad: 'ويقال إن الصرف تأخر.',
    good: 'ويقول الموظف إن الصرف في موعده.',
    says: 'hearsay',
  },
  {
    rule: 'hearsay in English',
    lang: 'en',
    bad: 'It is said that the amount went up.',
    good: 'Unofficial sites report that the amount went up; this has not been confirmed officially.',
    says: 'hearsay',
  },
  {
    rule: 'caseworker',
    lang: 'en',
    bad: 'Ask the caseworker at this corner.',
    good: 'Ask the staff member at this corner.',
    says: '"staff member"',
  },
  {
    rule: 'riyals in English',
    lang: 'en',
    bad: 'The base amount is 1,320 riyals.',
    good: 'The base amount is 1,320 SAR.',
    says: '"SAR"',
  },
  {
    rule: 'the riyal abbreviation',
    lang: 'ar',
    bad: 'المبلغ 500 ر.س شهريًا.',
    good: 'المبلغ 500 ريال شهريًا.',
    says: '«ريال» in full',
  },
  {
    rule: 'your house for your household',
    lang: 'ar',
    bad: 'أضف كل من يعيش في بيتك.',
    good: 'أضف كل أفراد أسرتك الذين يعيشون معك.',
    says: '«أسرتك»',
  },
  {
    rule: 'mobility card',
    lang: 'en',
    bad: 'Bring your mobility card.',
    good: 'Bring your movement card (بطاقة تنقل).',
    says: 'movement card',
  },
  {
    rule: 'the platform decides, in English',
    lang: 'en',
    bad: 'The platform decides in the end.',
    good: 'The final decision is made by social security, and the result appears on the platform.',
    says: 'final decision',
  },
  {
    rule: 'the platform decides, in Arabic',
    lang: 'ar',
    bad: 'المنصة هي التي تقرر في النهاية.',
    good: 'القرار النهائي للضمان الاجتماعي، وتظهر النتيجة في المنصة.',
    says: 'القرار النهائي',
  },
];

describe('checkContentStyle', () => {
  it.each(cases)('flags $rule', ({ lang, bad, says }) => {
    const problems = problemsIn(bad, lang);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^here: /);
    expect(problems[0]).toContain(says);
  });

  it.each(cases)('passes the corrected text for $rule', ({ lang, good }) => {
    expect(problemsIn(good, lang)).toEqual([]);
  });

  it('leaves digit groups, web addresses and Latin-only strings in Arabic files alone', () => {
    expect(problemsIn('المبلغ 1,320 ريالًا، راجع https://sbis.hrsd.gov.sa/?lang=ar')).toEqual([]);
    expect(problemsIn('English, switch to Arabic?', 'ar')).toEqual([]);
  });

  it('accepts every correct number and noun pair the style names', () => {
    const correct = [
      '1,320 ريالًا',
      '660 ريالًا',
      '500 ريال',
      '1,000 ريال',
      '5,000 ريال',
      '100 ريال',
      '3 ريالات',
      '15 يومًا',
      '30 يومًا',
      '3 أيام',
      '10 أيام',
      '3 أشهر',
      '12 شهرًا',
      '20 يوم عمل',
      'يوم 1 من كل شهر',
      'يوم 27 من الشهر',
    ];
    expect(problemsIn(correct.join('، '))).toEqual([]);
  });

  it('reads Arabic-Indic digits as numbers', () => {
    expect(problemsIn('المبلغ ٦٦٠ ريال.')).toHaveLength(1);
    expect(problemsIn('المبلغ ٦٦٠ ريالًا.')).toEqual([]);
  });

  it('reports a misplaced tanween once, not again as a wrong noun form', () => {
    expect(problemsIn('المبلغ 1,320 ريالاً.')).toEqual([
      'here: «ريالاً»: write the tanween before the alif, «ريالًا»',
    ]);
  });

  it('leaves ordinals and dynamic plural forms alone', () => {
    expect(problemsIn('ابدأ بالخطوة الأولى، ثم الخطوة 2.')).toEqual([]);
    expect(problemsIn('هناك {{count}} خطوات.')).toEqual([]);
    expect(problemsIn('There are {{count}} steps.', 'en')).toEqual([]);
  });

  it('checks English-only rules on English texts only', () => {
    expect(problemsIn('caseworker', 'ar')).toEqual([]);
    expect(problemsIn('caseworker', 'en')).toHaveLength(1);
  });

  it('names where each problem is, in input order', () => {
    const problems = checkContentStyle([
      { where: 'faq.json faq[a].answer.ar[0]', lang: 'ar', text: 'مجاناً' },
      { where: 'faq.json faq[a].answer.en[0]', lang: 'en', text: 'Ask a caseworker.' },
    ]);
    expect(problems.map((problem) => problem.split(': ')[0])).toEqual([
      'faq.json faq[a].answer.ar[0]',
      'faq.json faq[a].answer.en[0]',
    ]);
  });
});

describe('checkPairedLists', () => {
  it('flags Arabic and English lists of different lengths', () => {
    expect(checkPairedLists('steps', { ar: ['أ', 'ب', 'ج'], en: ['a', 'b'] })).toEqual([
      'steps: 3 Arabic items but 2 English items; each item is translated one by one',
    ]);
  });

  it('passes lists of the same length', () => {
    expect(checkPairedLists('steps', { ar: ['أ', 'ب'], en: ['a', 'b'] })).toEqual([]);
  });
});
