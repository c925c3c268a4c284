import { describe, expect, it } from 'vitest';
import { checkCallbackName } from '../../../../core/help/callbackName';

describe('checkCallbackName', () => {
  it.each([
    ['نورة', 'نورة'],
    ['  محمد   الحربي ', 'محمد الحربي'],
    ['أم عبدالله', 'أم عبدالله'],
    ['عبدالرَّحمن', 'عبدالرَّحمن'],
    ['Fatimah Al-Otaibi', 'Fatimah Al-Otaibi'],
    ["O'Neil", "O'Neil"],
    ['D’Souza', 'D’Souza'],
    ['Lu', 'Lu'],
    ['عل', 'عل'],
    ['José María', 'José María'],
    ['a'.repeat(40), 'a'.repeat(40)],
    ['سـعـد', 'سـعـد'],
  ])('keeps %j as %j', (input, expected) => {
    expect(checkCallbackName(input)).toEqual({ ok: true, value: expected });
  });

  it('drops invisible format characters and composes accents', () => {
    expect(checkCallbackName('\u202Eنورة\u202C')).toEqual({ ok: true, value: 'نورة' });
    expect(checkCallbackName('سا\u200Dرة')).toEqual({ ok: true, value: 'سارة' });
    expect(checkCallbackName('Jose\u0301')).toEqual({ ok: true, value: 'Jos\u00E9' });
  });

  it('counts inner spaces once: a long name with many spaces is judged as shown', () => {
    expect(checkCallbackName(`${'a'.repeat(19)}          ${'b'.repeat(20)}`)).toEqual({
      ok: true,
      value: `${'a'.repeat(19)} ${'b'.repeat(20)}`,
    });
  });

  it.each([
    ['', 'empty'],
    ['    ', 'empty'],
    ['\u200F', 'empty'],
    ['ن', 'too-short'],
    ['a', 'too-short'],
    ['a -', 'too-short'],
    ["-'", 'too-short'],
    ['a'.repeat(41), 'too-long'],
    ['محمد '.repeat(9), 'too-long'],
    ['محمد 2', 'digits'],
    ['نورة ١٢٣', 'digits'],
    ['Sara۵', 'digits'],
    ['Mohammed 1098765432', 'digits'],
    ['Ⅻ', 'digits'],
    ['Sara!', 'characters'],
    ['sara@example.com', 'characters'],
    ['نورة، سارة', 'characters'],
    ['<script>', 'characters'],
    ['Sara_Ali', 'characters'],
    ['😀😀', 'characters'],
  ])('refuses %j as %s', (input, problem) => {
    const result = checkCallbackName(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(problem);
  });

  it('never puts the name in its error message', () => {
    for (const input of ['Zubair 1', 'Zubair!', 'Z', 'Zubair'.repeat(10)]) {
      const result = checkCallbackName(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).not.toContain('Zubair');
    }
  });
});
