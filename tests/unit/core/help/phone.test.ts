import { describe, expect, it } from 'vitest';
import {
  groupMobileDigits,
  normalizeSaudiMobile,
  westernDigits,
} from '../../../../core/help/phone';

describe('normalizeSaudiMobile', () => {
  it.each([
    ['0551234567', '0551234567'],
    ['551234567', '0551234567'],
    ['+966551234567', '0551234567'],
    ['00966551234567', '0551234567'],
    ['966551234567', '0551234567'],
    ['+966 55 123 4567', '0551234567'],
    ['055 123 4567', '0551234567'],
    ['055-123-4567', '0551234567'],
    ['  0551234567  ', '0551234567'],
    ['05 5 1 2 3 4 5 6 7', '0551234567'],
    ['+966-55-123-4567', '0551234567'],
    ['055\u00A0123\u00A04567', '0551234567'],
    ['055–123–4567', '0551234567'],
    ['0501234567', '0501234567'],
    ['0591234567', '0591234567'],
  ])('accepts %j as %s', (input, expected) => {
    expect(normalizeSaudiMobile(input)).toBe(expected);
  });

  it.each([
    ['٠٥٥١٢٣٤٥٦٧', '0551234567'],
    ['٥٥١٢٣٤٥٦٧', '0551234567'],
    ['+٩٦٦٥٥١٢٣٤٥٦٧', '0551234567'],
    ['٠٠٩٦٦ ٥٥ ١٢٣ ٤٥٦٧', '0551234567'],
    ['۰۵۵۱۲۳۴۵۶۷', '0551234567'],
    ['۹۶۶۵۵۱۲۳۴۵۶۷', '0551234567'],
    ['٠٥٥123۴۵۶۷', '0551234567'],
  ])('accepts Arabic-Indic and Persian digits: %j', (input, expected) => {
    expect(normalizeSaudiMobile(input)).toBe(expected);
  });

  it('ignores the invisible direction marks a paste brings', () => {
    expect(normalizeSaudiMobile('\u200E+966 55 123 4567\u200E')).toBe('0551234567');
    expect(normalizeSaudiMobile('\u2066٠٥٥١٢٣٤٥٦٧\u2069')).toBe('0551234567');
    expect(normalizeSaudiMobile('\u061C0551234567')).toBe('0551234567');
  });

  it.each([
    ['', 'nothing typed'],
    ['   ', 'only spaces'],
    ['055123456', 'one digit short'],
    ['05512345678', 'one digit too many'],
    ['0451234567', 'not 05'],
    ['0138001234', 'a landline'],
    ['138001234', 'nine digits not starting with 5'],
    ['+971551234567', 'another country'],
    ['00971551234567', 'another country, 00 form'],
    ['+9660551234567', 'trunk 0 after the country code'],
    ['9665512345', '966 with too few digits'],
    ['96655123456789', '966 with too many digits'],
    ['966 0551234567', '966 and a trunk 0'],
    ['055 123 456x', 'a letter'],
    ['05512345 67a', 'a trailing letter'],
    ['(055) 123 4567', 'brackets'],
    ['055.123.4567', 'dots'],
    ['055+1234567', 'a plus inside'],
    ['++966551234567', 'two pluses'],
    ['0551234567 ext 2', 'an extension'],
    ['٠٥٥١٢٣٤٥٦', 'Arabic-Indic, one digit short'],
    ['１２３４５６７８９', 'fullwidth digits'],
    ['0551234567'.repeat(5), 'far too long'],
    ['050-000-0000-0', 'a dash too many digits'],
  ])('refuses %j (%s)', (input) => {
    expect(normalizeSaudiMobile(input)).toBeNull();
  });
});

describe('westernDigits', () => {
  it('turns Arabic-Indic and Persian digits into 0-9 and leaves the rest', () => {
    expect(westernDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(westernDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(westernDigits('رقم ٥ and 6')).toBe('رقم 5 and 6');
  });
});

describe('groupMobileDigits', () => {
  it('groups a number as it is read aloud, as far as it goes', () => {
    expect(groupMobileDigits('0551234567')).toBe('055 123 4567');
    expect(groupMobileDigits('0551')).toBe('055 1');
    expect(groupMobileDigits('05')).toBe('05');
    expect(groupMobileDigits('')).toBe('');
  });
});
