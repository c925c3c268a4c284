import { describe, expect, it } from 'vitest';
import {
  amountWords,
  digitsOneByOne,
  numberWords,
  ordinalWords,
  spokenText,
  yearWords,
} from '../../../core/speech/spokenText';

/** The kiosk's date formatting (renderer/i18n/dates.ts): day, long month, year, Western digits. */
function kioskDate(locale: string, isoDate: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

const arabicGregorian = 'ar-SA-u-ca-gregory-nu-latn';
const englishGregorian = 'en-GB';
const arabicHijri = 'ar-SA-u-ca-islamic-umalqura-nu-latn';
const englishHijri = 'en-SA-u-ca-islamic-umalqura-nu-latn';

describe('numberWords', () => {
  it.each([
    [0, 'صفر', 'zero'],
    [1, 'واحد', 'one'],
    [2, 'اثنان', 'two'],
    [3, 'ثلاثة', 'three'],
    [10, 'عشرة', 'ten'],
    [11, 'أحد عشر', 'eleven'],
    [12, 'اثنا عشر', 'twelve'],
    [13, 'ثلاثة عشر', 'thirteen'],
    [19, 'تسعة عشر', 'nineteen'],
    [20, 'عشرون', 'twenty'],
    [21, 'واحد وعشرون', 'twenty-one'],
    [22, 'اثنان وعشرون', 'twenty-two'],
    [99, 'تسعة وتسعون', 'ninety-nine'],
    [100, 'مئة', 'one hundred'],
    [101, 'مئة وواحد', 'one hundred and one'],
    [200, 'مئتان', 'two hundred'],
    [300, 'ثلاثمئة', 'three hundred'],
    [999, 'تسعمئة وتسعة وتسعون', 'nine hundred and ninety-nine'],
    [1000, 'ألف', 'one thousand'],
    [1001, 'ألف وواحد', 'one thousand and one'],
    [1320, 'ألف وثلاثمئة وعشرون', 'one thousand three hundred and twenty'],
    [2000, 'ألفان', 'two thousand'],
    [3000, 'ثلاثة آلاف', 'three thousand'],
    [10000, 'عشرة آلاف', 'ten thousand'],
    [11000, 'أحد عشر ألفًا', 'eleven thousand'],
    [12000, 'اثنا عشر ألفًا', 'twelve thousand'],
    [100000, 'مئة ألف', 'one hundred thousand'],
    [150000, 'مئة وخمسون ألفًا', 'one hundred and fifty thousand'],
    [200000, 'مئتا ألف', 'two hundred thousand'],
    [1000000, 'مليون', 'one million'],
    [1000020, 'مليون وعشرون', 'one million and twenty'],
    [2000000, 'مليونان', 'two million'],
    [3000000, 'ثلاثة ملايين', 'three million'],
    [2500000, 'مليونان وخمسمئة ألف', 'two million five hundred thousand'],
    [11000000, 'أحد عشر مليونًا', 'eleven million'],
  ])('%d → %s / %s', (n, arabic, english) => {
    expect(numberWords(n, 'ar')).toBe(arabic);
    expect(numberWords(n, 'en')).toBe(english);
  });

  it('says the largest number in words', () => {
    expect(numberWords(999_999_999, 'ar')).toBe(
      'تسعمئة وتسعة وتسعون مليونًا وتسعمئة وتسعة وتسعون ألفًا وتسعمئة وتسعة وتسعون',
    );
    expect(numberWords(999_999_999, 'en')).toBe(
      'nine hundred and ninety-nine million nine hundred and ninety-nine thousand nine hundred and ninety-nine',
    );
  });

  it.each([
    [1, 'واحدة'],
    [2, 'اثنتان'],
    [3, 'ثلاث'],
    [8, 'ثماني'],
    [10, 'عشر'],
    [11, 'إحدى عشرة'],
    [12, 'اثنتا عشرة'],
    [13, 'ثلاث عشرة'],
    [18, 'ثماني عشرة'],
    [21, 'إحدى وعشرون'],
    [25, 'خمس وعشرون'],
    [100, 'مئة'],
    [103, 'مئة وثلاث'],
    // Thousands count «ألف», a masculine noun, whatever the number counts in the end.
    [3005, 'ثلاثة آلاف وخمس'],
  ])('feminine %d → %s', (n, arabic) => {
    expect(numberWords(n, 'ar', 'feminine')).toBe(arabic);
  });

  it('does not change English for the feminine', () => {
    expect(numberWords(3, 'en', 'feminine')).toBe('three');
  });

  it.each([
    [1.5, 'واحد فاصلة خمسة', 'one point five'],
    [0.5, 'صفر فاصلة خمسة', 'zero point five'],
    [2.25, 'اثنان فاصلة خمسة وعشرون', 'two point two five'],
    [1.05, 'واحد فاصلة صفر خمسة', 'one point zero five'],
  ])('decimal %d → %s / %s', (n, arabic, english) => {
    expect(numberWords(n, 'ar')).toBe(arabic);
    expect(numberWords(n, 'en')).toBe(english);
  });

  it.each([-1, 1_000_000_000, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d', (n) => {
    expect(() => numberWords(n, 'ar')).toThrow(RangeError);
  });
});

describe('amountWords', () => {
  it.each([
    [0, 'صفر ريال', 'zero riyals'],
    [1, 'ريال واحد', 'one riyal'],
    [2, 'ريالان', 'two riyals'],
    [3, 'ثلاثة ريالات', 'three riyals'],
    [10, 'عشرة ريالات', 'ten riyals'],
    [11, 'أحد عشر ريالًا', 'eleven riyals'],
    [21, 'واحد وعشرون ريالًا', 'twenty-one riyals'],
    [99, 'تسعة وتسعون ريالًا', 'ninety-nine riyals'],
    [100, 'مئة ريال', 'one hundred riyals'],
    [101, 'مئة وريال واحد', 'one hundred and one riyals'],
    [102, 'مئة وريالان', 'one hundred and two riyals'],
    [103, 'مئة وثلاثة ريالات', 'one hundred and three riyals'],
    [150, 'مئة وخمسون ريالًا', 'one hundred and fifty riyals'],
    [200, 'مئتا ريال', 'two hundred riyals'],
    [1000, 'ألف ريال', 'one thousand riyals'],
    [1320, 'ألف وثلاثمئة وعشرون ريالًا', 'one thousand three hundred and twenty riyals'],
    [2000, 'ألفا ريال', 'two thousand riyals'],
    [5000, 'خمسة آلاف ريال', 'five thousand riyals'],
    [11000, 'أحد عشر ألف ريال', 'eleven thousand riyals'],
    [1000000, 'مليون ريال', 'one million riyals'],
  ])('%d riyals → %s / %s', (amount, arabic, english) => {
    expect(amountWords(amount, 'ar')).toBe(arabic);
    expect(amountWords(amount, 'en')).toBe(english);
  });

  it.each([
    [0.5, 'خمسون هللة', 'fifty halalas'],
    [1.01, 'ريال واحد وهللة واحدة', 'one riyal and one halala'],
    [3.03, 'ثلاثة ريالات وثلاث هللات', 'three riyals and three halalas'],
    [
      1320.5,
      'ألف وثلاثمئة وعشرون ريالًا وخمسون هللة',
      'one thousand three hundred and twenty riyals and fifty halalas',
    ],
    [9.999, 'عشرة ريالات', 'ten riyals'],
  ])('%d riyals with halalas → %s / %s', (amount, arabic, english) => {
    expect(amountWords(amount, 'ar')).toBe(arabic);
    expect(amountWords(amount, 'en')).toBe(english);
  });

  it('refuses a negative amount', () => {
    expect(() => amountWords(-5, 'en')).toThrow(RangeError);
  });
});

describe('digitsOneByOne', () => {
  it.each([
    ['8001247777', 'ar', 'ثمانية، صفر، صفر، واحد، اثنان، أربعة، سبعة، سبعة، سبعة، سبعة'],
    ['8001247777', 'en', 'eight, zero, zero, one, two, four, seven, seven, seven, seven'],
    ['١٩٩١١', 'ar', 'واحد، تسعة، تسعة، واحد، واحد'],
    ['۱۹۹۱۱', 'en', 'one, nine, nine, one, one'],
    ['055-123', 'en', 'zero, five, five, one, two, three'],
    ['', 'ar', ''],
  ] as const)('%s in %s → %s', (digits, lang, spoken) => {
    expect(digitsOneByOne(digits, lang)).toBe(spoken);
  });
});

describe('ordinalWords and yearWords', () => {
  it.each([
    [1, 'الأول', 'first'],
    [2, 'الثاني', 'second'],
    [3, 'الثالث', 'third'],
    [10, 'العاشر', 'tenth'],
    [11, 'الحادي عشر', 'eleventh'],
    [12, 'الثاني عشر', 'twelfth'],
    [20, 'العشرون', 'twentieth'],
    [21, 'الحادي والعشرون', 'twenty-first'],
    [27, 'السابع والعشرون', 'twenty-seventh'],
    [31, 'الحادي والثلاثون', 'thirty-first'],
  ])('ordinal %d → %s / %s', (n, arabic, english) => {
    expect(ordinalWords(n, 'ar')).toBe(arabic);
    expect(ordinalWords(n, 'en')).toBe(english);
  });

  it('says large English ordinals and refuses Arabic ones past 99', () => {
    expect(ordinalWords(101, 'en')).toBe('one hundred and first');
    expect(() => ordinalWords(100, 'ar')).toThrow(RangeError);
    expect(() => ordinalWords(0, 'en')).toThrow(RangeError);
  });

  it.each([
    [1300, 'ألف وثلاثمئة', 'thirteen hundred'],
    [1448, 'ألف وأربعمئة وثمانية وأربعون', 'fourteen forty-eight'],
    [1905, 'ألف وتسعمئة وخمسة', 'nineteen oh five'],
    [1999, 'ألف وتسعمئة وتسعة وتسعون', 'nineteen ninety-nine'],
    [2000, 'ألفان', 'two thousand'],
    [2003, 'ألفان وثلاثة', 'two thousand and three'],
    [2010, 'ألفان وعشرة', 'twenty ten'],
    [2023, 'ألفان وثلاثة وعشرون', 'twenty twenty-three'],
    [2100, 'ألفان ومئة', 'twenty-one hundred'],
  ])('year %d → %s / %s', (year, arabic, english) => {
    expect(yearWords(year, 'ar')).toBe(arabic);
    expect(yearWords(year, 'en')).toBe(english);
  });
});

describe('spokenText', () => {
  it.each([
    ['text without digits', 'كيف أسجل في الضمان الاجتماعي؟ Register (SAR) ر.س %', 'ar'],
    ['English without digits', 'How do I register? SAR, riyals, per cent, AH.', 'en'],
    ['an empty text', '', 'en'],
  ] as const)('leaves %s unchanged', (_what, text, lang) => {
    expect(spokenText(text, lang)).toBe(text);
  });

  describe('numbers', () => {
    it.each([
      ['العدد 1,320 مستفيدًا', 'العدد ألف وثلاثمئة وعشرون مستفيدًا'],
      ['المسجلون 50,000', 'المسجلون خمسون ألفًا'],
      ['العدد 12', 'العدد اثنا عشر'],
      ['العدد ١٢', 'العدد اثنا عشر'],
      ['العدد ۱۲', 'العدد اثنا عشر'],
      ['العدد ١٬٣٢٠', 'العدد ألف وثلاثمئة وعشرون'],
      ['يرتفع 1.5 نقطة', 'يرتفع واحد فاصلة خمسة نقطة'],
      ['العدد ١٫٥', 'العدد واحد فاصلة خمسة'],
      ['رقم 0', 'رقم صفر'],
      ['الرمز 05', 'الرمز صفر، خمسة'],
      ['الرمز S12', 'الرمز S اثنا عشر'],
      ['رقم5', 'رقم خمسة'],
      ['و3 أيام', 'وثلاثة أيام'],
      ['خلال 5 سنوات', 'خلال خمس سنوات'],
      ['15 دقيقة', 'خمس عشرة دقيقة'],
      ['أكثر من 50,000 أسرة', 'أكثر من خمسين ألف أسرة'],
      ['2000 أسرة', 'ألفا أسرة'],
      ['في 20 يومًا', 'في عشرين يومًا'],
      ['في 2023', 'في ألفين وثلاثة وعشرين'],
      ['في آخر 12 شهرًا', 'في آخر اثني عشر شهرًا'],
      ['من 8 صباحًا إلى 2 ظهرًا', 'من الثامنة صباحًا إلى الثانية ظهرًا'],
      ['حتى 9 مساءً', 'حتى التاسعة مساءً'],
      ['2023 عام مهم', 'ألفان وثلاثة وعشرون عام مهم'],
    ])('ar: %s → %s', (text, spoken) => {
      expect(spokenText(text, 'ar')).toBe(spoken);
    });

    it.each([
      ['1,320 people', 'one thousand three hundred and twenty people'],
      ['50,000 families', 'fifty thousand families'],
      ['10,000', 'ten thousand'],
      ['2,500,000 people', 'two million five hundred thousand people'],
      ['1.5 hours', 'one point five hours'],
      ['code S12', 'code S twelve'],
      ['COVID-19', 'COVID-nineteen'],
      ['5km', 'five km'],
      ['items 1,2,3', 'items one,two,three'],
      ['exactly 2023 forms', 'exactly two thousand and twenty-three forms'],
    ])('en: %s → %s', (text, spoken) => {
      expect(spokenText(text, 'en')).toBe(spoken);
    });
  });

  describe('amounts', () => {
    it.each([
      ['1,320 ريال', 'ألف وثلاثمئة وعشرون ريالًا'],
      ['1 ريال', 'ريال واحد'],
      ['2 ريال', 'ريالان'],
      ['5 ريالات', 'خمسة ريالات'],
      ['50 ريالًا', 'خمسون ريالًا'],
      ['100 ريال', 'مئة ريال'],
      ['5000 ريال', 'خمسة آلاف ريال'],
      ['50000 ريال', 'خمسون ألف ريال'],
      ['500 ر.س', 'خمسمئة ريال'],
      ['500 ر. س', 'خمسمئة ريال'],
      ['500ر.س.', 'خمسمئة ريال.'],
      ['ر.س 75', 'خمسة وسبعون ريالًا'],
      ['١٬٣٢٠ ر.س', 'ألف وثلاثمئة وعشرون ريالًا'],
      ['٥٠٠ ريال', 'خمسمئة ريال'],
      ['1320 ريال سعودي', 'ألف وثلاثمئة وعشرون ريالًا سعوديًا'],
      ['3 ريالات سعودية', 'ثلاثة ريالات سعودية'],
      ['100.50 ريال', 'مئة ريال وخمسون هللة'],
      ['و500 ريال', 'وخمسمئة ريال'],
      ['ب200 ريال', 'بمئتي ريال'],
      ['من 20 ريالًا', 'من عشرين ريالًا'],
      ['يصرف مبلغ 2 ريال', 'يصرف مبلغ ريالين'],
      ['المبلغ: 1,320 ريال شهريًا', 'المبلغ: ألف وثلاثمئة وعشرون ريالًا شهريًا'],
      ['SAR 500', 'خمسمئة ريال'],
    ])('ar: %s → %s', (text, spoken) => {
      expect(spokenText(text, 'ar')).toBe(spoken);
    });

    it.each([
      ['SAR 1,320 a month', 'one thousand three hundred and twenty riyals a month'],
      ['SAR1,320', 'one thousand three hundred and twenty riyals'],
      ['1,320 SAR', 'one thousand three hundred and twenty riyals'],
      ['1 riyal', 'one riyal'],
      ['2 riyals', 'two riyals'],
      ['500 SR', 'five hundred riyals'],
      ['SR 500', 'five hundred riyals'],
      ['1,320 Saudi riyals', 'one thousand three hundred and twenty Saudi riyals'],
      ['12.25 SAR', 'twelve riyals and twenty-five halalas'],
      ['500 ر.س', 'five hundred riyals'],
    ])('en: %s → %s', (text, spoken) => {
      expect(spokenText(text, 'en')).toBe(spoken);
    });
  });

  describe('percentages', () => {
    it.each([
      ['الخصم 20%', 'ar', 'الخصم عشرون بالمئة'],
      ['الخصم ٢٠٪', 'ar', 'الخصم عشرون بالمئة'],
      ['٪15 فقط', 'ar', 'خمسة عشر بالمئة فقط'],
      ['بنسبة 2.5٪', 'ar', 'بنسبة اثنين فاصلة خمسة بالمئة'],
      ['20% off', 'en', 'twenty per cent off'],
      ['a 2.5 % rise', 'en', 'a two point five per cent rise'],
    ] as const)('%s (%s) → %s', (text, lang, spoken) => {
      expect(spokenText(text, lang)).toBe(spoken);
    });
  });

  describe('years', () => {
    it.each([
      ['in 2023', 'en', 'in twenty twenty-three'],
      ['In 2003 we opened', 'en', 'In two thousand and three we opened'],
      ['since 1999', 'en', 'since nineteen ninety-nine'],
      ['until 2030.', 'en', 'until twenty thirty.'],
      ['in 1448 AH', 'en', 'in fourteen forty-eight after the Hijra'],
      ['October 2023', 'en', 'October twenty twenty-three'],
      ['2023-2024', 'en', 'twenty twenty-three to twenty twenty-four'],
      ['في 2023', 'ar', 'في ألفين وثلاثة وعشرين'],
      ['عام 1448 هـ', 'ar', 'عام ألف وأربعمئة وثمانية وأربعين للهجرة'],
      ['1448هـ', 'ar', 'ألف وأربعمئة وثمانية وأربعون للهجرة'],
      ['في 2023م', 'ar', 'في ألفين وثلاثة وعشرين للميلاد'],
      ['أكتوبر 2023', 'ar', 'أكتوبر ألفين وثلاثة وعشرين'],
      ['رمضان 1447 هـ', 'ar', 'رمضان ألف وأربعمئة وسبعة وأربعين للهجرة'],
      ['خلال 2023-2024', 'ar', 'خلال ألفين وثلاثة وعشرين إلى ألفين وأربعة وعشرين'],
    ] as const)('%s (%s) → %s', (text, lang, spoken) => {
      expect(spokenText(text, lang)).toBe(spoken);
    });
  });

  describe('dates as the kiosk formats them', () => {
    it.each([
      ['2026-12-02', 'الثاني من ديسمبر سنة ألفين وستة وعشرين'],
      ['2023-01-01', 'الأول من يناير سنة ألفين وثلاثة وعشرين'],
      ['2024-02-29', 'التاسع والعشرون من فبراير سنة ألفين وأربعة وعشرين'],
      ['2026-03-21', 'الحادي والعشرون من مارس سنة ألفين وستة وعشرين'],
      ['2025-11-11', 'الحادي عشر من نوفمبر سنة ألفين وخمسة وعشرين'],
    ])('Gregorian ar %s → %s', (isoDate, spoken) => {
      expect(spokenText(kioskDate(arabicGregorian, isoDate), 'ar')).toBe(spoken);
    });

    it.each([
      ['2026-12-02', 'the second of December, twenty twenty-six'],
      ['2023-01-01', 'the first of January, twenty twenty-three'],
      ['2024-02-29', 'the twenty-ninth of February, twenty twenty-four'],
      ['2005-07-03', 'the third of July, two thousand and five'],
    ])('Gregorian en %s → %s', (isoDate, spoken) => {
      expect(spokenText(kioskDate(englishGregorian, isoDate), 'en')).toBe(spoken);
    });

    it.each([
      ['2026-11-21', 'الحادي عشر من جمادى الآخرة سنة ألف وأربعمئة وثمانية وأربعين للهجرة'],
      ['2026-12-02', 'الثاني والعشرون من جمادى الآخرة سنة ألف وأربعمئة وثمانية وأربعين للهجرة'],
      ['2026-02-18', 'الأول من رمضان سنة ألف وأربعمئة وسبعة وأربعين للهجرة'],
      ['2026-05-27', 'العاشر من ذي الحجة سنة ألف وأربعمئة وسبعة وأربعين للهجرة'],
      ['2026-08-25', 'الثاني عشر من ربيع الأول سنة ألف وأربعمئة وثمانية وأربعين للهجرة'],
    ])('Hijri ar %s → %s', (isoDate, spoken) => {
      expect(spokenText(kioskDate(arabicHijri, isoDate), 'ar')).toBe(spoken);
    });

    it.each([
      ['2026-11-21', 'the eleventh of Jumada the second, fourteen forty-eight after the Hijra'],
      [
        '2026-12-02',
        'the twenty-second of Jumada the second, fourteen forty-eight after the Hijra',
      ],
      ['2026-02-18', 'the first of Ramadan, fourteen forty-seven after the Hijra'],
      ['2026-05-27', 'the tenth of Dhul-Hijjah, fourteen forty-seven after the Hijra'],
      ['2026-08-25', 'the twelfth of Rabi the first, fourteen forty-eight after the Hijra'],
      ['2026-02-03', 'the fifteenth of Shaban, fourteen forty-seven after the Hijra'],
    ])('Hijri en %s → %s', (isoDate, spoken) => {
      expect(spokenText(kioskDate(englishHijri, isoDate), 'en')).toBe(spoken);
    });

    it('names every Hijri month so a voice can say it', () => {
      const spoken = new Set<string>();
      for (let day = 0; day < 360; day += 10) {
        const date = new Date(Date.UTC(2026, 0, 1 + day, 12));
        const text = spokenText(kioskDate(englishHijri, date.toISOString().slice(0, 10)), 'en');
        spoken.add(text.replace(/^the [a-z-]+ of (.+), [a-z -]+ after the Hijra$/, '$1'));
      }
      expect([...spoken].sort()).toEqual([
        'Dhul-Hijjah',
        'Dhul-Qidah',
        'Jumada the first',
        'Jumada the second',
        'Muharram',
        'Rabi the first',
        'Rabi the second',
        'Rajab',
        'Ramadan',
        'Safar',
        'Shaban',
        'Shawwal',
      ]);
    });

    it('reads a date in the genitive after a preposition', () => {
      expect(spokenText(`في ${kioskDate(arabicGregorian, '2026-03-21')}`, 'ar')).toBe(
        'في الحادي والعشرين من مارس سنة ألفين وستة وعشرين',
      );
    });

    it('reads both dates of a dual date', () => {
      const isoDate = '2026-12-02';
      const shown = `${kioskDate(arabicHijri, isoDate)} (${kioskDate(arabicGregorian, isoDate)})`;
      expect(spokenText(shown, 'ar')).toBe(
        'الثاني والعشرون من جمادى الآخرة سنة ألف وأربعمئة وثمانية وأربعين للهجرة (الثاني من ديسمبر سنة ألفين وستة وعشرين)',
      );
    });

    it.each([
      ['\u200F22 جمادى الآخرة 1448\u00A0\u200Fهـ', 'ar'],
      ['٢٢ جمادى الآخرة ١٤٤٨ هـ', 'ar'],
      ['22 Jumada II 1448 AH', 'en'],
      ['Jumada II 22, 1448 A.H.', 'en'],
    ] as const)('reads other renderings of the same Hijri date: %j', (text, lang) => {
      expect(spokenText(text, lang)).toMatch(
        lang === 'ar'
          ? /^\u200F?الثاني والعشرون من جمادى الآخرة سنة ألف وأربعمئة وثمانية وأربعين للهجرة$/u
          : /^the twenty-second of Jumada the second, fourteen forty-eight after the Hijra$/,
      );
    });

    it.each([
      ['الموعد 2026-12-02', 'ar', 'الموعد الثاني من ديسمبر سنة ألفين وستة وعشرين'],
      ['on 2026-12-02', 'en', 'on the second of December, twenty twenty-six'],
      ['2024-02-29', 'en', 'the twenty-ninth of February, twenty twenty-four'],
    ] as const)('ISO date %s (%s) → %s', (text, lang, spoken) => {
      expect(spokenText(text, lang)).toBe(spoken);
    });

    it.each([
      ['2 ديسمبر', 'ar', 'الثاني من ديسمبر'],
      ['2 December', 'en', 'the second of December'],
      ['December 2, 2026', 'en', 'the second of December, twenty twenty-six'],
    ] as const)('day and month: %s (%s) → %s', (text, lang, spoken) => {
      expect(spokenText(text, lang)).toBe(spoken);
    });
  });

  describe('ordinals, times and list markers', () => {
    it.each([
      ['the 1st and 27th', 'en', 'the first and twenty-seventh'],
      ['the 2nd, 3rd and 12th', 'en', 'the second, third and twelfth'],
      ['the 101st visitor', 'en', 'the one hundred and first visitor'],
      ['20th-century forms', 'en', 'twentieth-century forms'],
      ['from 8:00 to 14:30', 'en', "from eight o'clock to fourteen thirty"],
      ['at 9:05', 'en', 'at nine oh five'],
      ['Sunday to Thursday, 8 am to 2 pm', 'en', 'Sunday to Thursday, eight a.m. to two p.m.'],
      ['من 8:00 ص حتى 2:30 م', 'ar', 'من الثامنة صباحًا حتى الثانية والنصف مساءً'],
      ['الساعة 8:15', 'ar', 'الساعة الثامنة والربع'],
      ['الساعة 11:45', 'ar', 'الساعة الحادية عشرة وخمس وأربعون دقيقة'],
      ['1. سجّل\n2. انتظر\n١. تحقق', 'ar', 'واحد، سجّل\nاثنان، انتظر\nواحد، تحقق'],
      ['1. Register\n  2) Wait', 'en', 'one, Register\n  two, Wait'],
      ['Step 1. Register', 'en', 'Step one. Register'],
    ] as const)('%j (%s) → %j', (text, lang, spoken) => {
      expect(spokenText(text, lang)).toBe(spoken);
    });
  });

  describe('phone numbers, IDs and codes', () => {
    it.each([
      [
        'اتصل على 8001247777',
        'ar',
        'اتصل على ثمانية، صفر، صفر، واحد، اثنان، أربعة، سبعة، سبعة، سبعة، سبعة',
      ],
      ['أو ١٩٩١١', 'ar', 'أو واحد، تسعة، تسعة، واحد، واحد'],
      ['Call 19911', 'en', 'Call one, nine, nine, one, one'],
      [
        'الجوال 055 123 4567',
        'ar',
        'الجوال صفر، خمسة، خمسة، واحد، اثنان، ثلاثة، أربعة، خمسة، ستة، سبعة',
      ],
      ['800-124-7777', 'en', 'eight, zero, zero, one, two, four, seven, seven, seven, seven'],
      [
        '+966 55 123 4567',
        'en',
        'plus nine, six, six, five, five, one, two, three, four, five, six, seven',
      ],
      [
        '+966551234567',
        'ar',
        'زائد تسعة، ستة، ستة، خمسة، خمسة، واحد، اثنان، ثلاثة، أربعة، خمسة، ستة، سبعة',
      ],
      ['ID 1012345678', 'en', 'ID one, zero, one, two, three, four, five, six, seven, eight'],
      ['أكثر من 10000 أسرة', 'ar', 'أكثر من عشرة آلاف أسرة'],
      ['12345.5', 'en', 'twelve thousand three hundred and forty-five point five'],
      ['1,234,567,890', 'en', 'one, two, three, four, five, six, seven, eight, nine, zero'],
    ] as const)('%s (%s) → %s', (text, lang, spoken) => {
      expect(spokenText(text, lang)).toBe(spoken);
    });
  });
});
