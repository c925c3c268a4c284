import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeText, tokenize } from '../../../core/search/normalize';

describe('normalizeText', () => {
  it('removes tashkeel, shadda, sukun, tanween and the superscript alef', () => {
    expect(normalizeText('الضَّمَانُ الاجْتِمَاعِيٌّ')).toBe('الضمان الاجتماعي');
    expect(normalizeText('هٰذا')).toBe('هذا');
    expect(normalizeText('رحمن\u0670')).toBe('رحمن');
  });

  it('removes tatweel', () => {
    expect(normalizeText('الضـــمان')).toBe('الضمان');
  });

  it('folds every alef form to a bare alef', () => {
    expect(normalizeText('أ إ آ ٱ')).toBe('ا ا ا ا');
    expect(normalizeText('إصدار')).toBe('اصدار');
  });

  it('folds hamza carriers and drops standalone hamza', () => {
    expect(normalizeText('مؤهل')).toBe('موهل');
    expect(normalizeText('نتائج')).toBe('نتايج');
    expect(normalizeText('إجراءات')).toBe('اجراات');
    expect(normalizeText('اجراءات')).toBe(normalizeText('إجراءات'));
    expect(normalizeText('سماء')).toBe('سما');
  });

  it('folds taa marbuta to haa and alef maqsura to yaa', () => {
    expect(normalizeText('الأهلية')).toBe('الاهليه');
    expect(normalizeText('متى على')).toBe('متي علي');
  });

  it('folds Persian keyboard letters', () => {
    expect(normalizeText('کی')).toBe('كي');
  });

  it('turns Arabic-Indic and Persian digits into ASCII digits', () => {
    expect(normalizeText('١٣٢٠')).toBe('1320');
    expect(normalizeText('۱۹۹۱۱')).toBe('19911');
    expect(normalizeText('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789 0123456789');
  });

  it('strips zero-width and bidi marks without splitting the word', () => {
    const marks = [
      '\u200B',
      '\u200C',
      '\u200D',
      '\u200E',
      '\u200F',
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u061C',
      '\uFEFF',
    ];
    for (const mark of marks) {
      expect(normalizeText(`الض${mark}مان`), `U+${mark.charCodeAt(0).toString(16)}`).toBe('الضمان');
    }
  });

  it('lowercases Latin text', () => {
    expect(normalizeText('IBAN Nafath')).toBe('iban nafath');
  });

  it('turns punctuation, Arabic punctuation included, into single spaces', () => {
    expect(normalizeText('متى؟ الراتب، والمبلغ؛ كم!')).toBe('متي الراتب والمبلغ كم');
    expect(normalizeText('  when... is   it?  ')).toBe('when is it');
    expect(normalizeText('؟،؛')).toBe('');
  });

  it('turns presentation forms and ligatures into plain letters', () => {
    expect(normalizeText('ﻻ')).toBe('لا');
  });

  it('is idempotent', () => {
    const once = normalizeText('أَهْلِيَّة الضّمان؟ ١٢٣ IBAN');
    expect(normalizeText(once)).toBe(once);
  });
});

describe('tokenize', () => {
  it('splits into normalised words and returns nothing for empty input', () => {
    expect(tokenize('متى ينزل الضمان؟')).toEqual(['متي', 'ينزل', 'الضمان']);
    expect(tokenize('   ')).toEqual([]);
  });
});

describe('detectLanguage', () => {
  it('detects Arabic and English from the script', () => {
    expect(detectLanguage('متى ينزل الضمان')).toBe('ar');
    expect(detectLanguage('when is the payment')).toBe('en');
  });

  it('follows the majority script in mixed queries', () => {
    expect(detectLanguage('الايبان IBAN مرفوض')).toBe('ar');
    expect(detectLanguage('nafath نفاذ login problem')).toBe('en');
  });

  it('defaults to Arabic without letters', () => {
    expect(detectLanguage('')).toBe('ar');
    expect(detectLanguage('19911')).toBe('ar');
  });
});
