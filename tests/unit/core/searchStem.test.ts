import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../core/search/normalize';
import {
  isStopWord,
  procliticVariants,
  stemArabic,
  stemEnglish,
  stemWord,
} from '../../../core/search/stem';

const arabic = (word: string): string => stemArabic(normalizeText(word));

describe('stemArabic', () => {
  it('removes the article and the proclitics glued to it', () => {
    expect(arabic('الضمان')).toBe('ضمان');
    expect(arabic('والضمان')).toBe('ضمان');
    expect(arabic('بالضمان')).toBe('ضمان');
    expect(arabic('فالضمان')).toBe('ضمان');
    expect(arabic('كالضمان')).toBe('ضمان');
    expect(arabic('للضمان')).toBe('ضمان');
  });

  it('removes common suffixes when three letters remain', () => {
    expect(arabic('راتبي')).toBe('راتب');
    expect(arabic('بياناتهم')).toBe('بيان');
    expect(arabic('المستندات')).toBe('مستند');
    expect(arabic('المستفيدين')).toBe('مستفيد');
    expect(arabic('مستفيدون')).toBe('مستفيد');
    expect(arabic('وثيقتها')).toBe('وثيقت');
  });

  it('joins taa marbuta, nisba and masculine forms', () => {
    expect(arabic('الاجتماعية')).toBe(arabic('اجتماعي'));
    expect(arabic('الأهلية')).toBe(arabic('اهليه'));
  });

  it('keeps short words whole', () => {
    expect(arabic('حقي')).toBe('حقي');
    expect(arabic('كم')).toBe('كم');
    expect(arabic('متى')).toBe('متي');
  });

  it('never strips a one-letter proclitic by itself', () => {
    expect(arabic('بطاقة')).toBe('بطاق');
    expect(arabic('فلوس')).toBe('فلوس');
    expect(arabic('وثيقة')).toBe('وثيق');
  });
});

describe('procliticVariants', () => {
  it('offers readings without one or two one-letter proclitics', () => {
    expect(procliticVariants('وبحساب')).toEqual(['بحساب', 'حساب']);
    expect(procliticVariants('والراتب')).toEqual(['راتب']);
  });

  it('offers nothing when too little would remain or there is no proclitic', () => {
    expect(procliticVariants('ولد')).toEqual([]);
    expect(procliticVariants('ضمان')).toEqual([]);
  });
});

describe('stemEnglish', () => {
  it('handles plurals and -ies', () => {
    expect(stemEnglish('payments')).toBe('pay');
    expect(stemEnglish('families')).toBe('family');
    expect(stemEnglish('addresses')).toBe('address');
    expect(stemEnglish('status')).toBe('status');
  });

  it('handles -ed and -ing, undoing doubled consonants', () => {
    expect(stemEnglish('stopped')).toBe('stop');
    expect(stemEnglish('stopping')).toBe('stop');
    expect(stemEnglish('paying')).toBe('pay');
    expect(stemEnglish('applied')).toBe(stemEnglish('apply'));
    expect(stemEnglish('received')).toBe(stemEnglish('receive'));
  });

  it('joins a few derivations that matter here', () => {
    expect(stemEnglish('application')).toBe('apply');
    expect(stemEnglish('eligibility')).toBe(stemEnglish('eligible'));
    expect(stemEnglish('monthly')).toBe(stemEnglish('months'));
  });

  it('keeps short words', () => {
    expect(stemEnglish('bus')).toBe('bus');
    expect(stemEnglish('pays')).toBe('pay');
  });
});

describe('stop words', () => {
  it('drops function words in both languages', () => {
    for (const word of ['في', 'من', 'علي', 'هل', 'وش', 'ايش', 'the', 'is', 'what', 'my']) {
      expect(isStopWord(normalizeText(word)), word).toBe(true);
    }
  });

  it('keeps question words that carry intent', () => {
    for (const word of ['متى', 'كيف', 'كم', 'ليش', 'وين', 'when', 'how', 'why', 'where', 'much']) {
      expect(isStopWord(normalizeText(word)), word).toBe(false);
    }
  });
});

describe('stemWord', () => {
  it('uses the stemmer of the word’s script', () => {
    expect(stemWord('الراتب')).toBe('راتب');
    expect(stemWord('payments')).toBe('pay');
    expect(stemWord('19911')).toBe('19911');
  });
});
