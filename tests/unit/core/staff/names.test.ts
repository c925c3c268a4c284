import { describe, expect, it } from 'vitest';
import {
  cleanDisplayName,
  displayNameKey,
  maxDisplayNameLength,
} from '../../../../core/staff/names';

describe('staff display names', () => {
  it('trims and makes runs of spaces one, in Arabic and English', () => {
    expect(cleanDisplayName('  أحمد   العتيبي ')).toBe('أحمد العتيبي');
    expect(cleanDisplayName('Sara\t\nAli')).toBe('Sara Ali');
    expect(cleanDisplayName('\u00A0نورة\u00A0')).toBe('نورة');
  });

  it('accepts 1 to 40 characters and refuses empty or longer names', () => {
    expect(maxDisplayNameLength).toBe(40);
    expect(cleanDisplayName('م')).toBe('م');
    expect(cleanDisplayName('ع'.repeat(40))).toBe('ع'.repeat(40));
    expect(cleanDisplayName('ع'.repeat(41))).toBeNull();
    expect(cleanDisplayName('')).toBeNull();
    expect(cleanDisplayName('   ')).toBeNull();
  });

  it('refuses bidi overrides, zero-width and control characters, but keeps the ZWNJ', () => {
    for (const name of ['Ali\u202Eeno', 'سارة\u2067', 'A\u200Bli', 'A\u0000li', '\uFEFFAli']) {
      expect(cleanDisplayName(name), JSON.stringify(name)).toBeNull();
    }
    expect(cleanDisplayName('می\u200Cخواهم')).toBe('می\u200Cخواهم');
  });

  it('compares names without case or Unicode form differences', () => {
    expect(displayNameKey('Sara Ali')).toBe(displayNameKey('sara ali'));
    expect(displayNameKey('SARA  ALI ')).toBe(displayNameKey('sara ali'));
    expect(displayNameKey('Ｓａｒａ')).toBe(displayNameKey('sara'));
    expect(displayNameKey('Sara')).not.toBe(displayNameKey('Sarah'));
    expect(displayNameKey('أحمد')).not.toBe(displayNameKey('احمد'));
  });
});
