import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type RuknDatabase } from '../../../../renderer/db/database';
import {
  createSettingsRepository,
  settingDefaults,
  type KioskSettings,
} from '../../../../renderer/db/settingsRepository';
import {
  changedSettings,
  draftFromSettings,
  numericLimits,
  numericSettingKeys,
  officePhonePattern,
  shiftTime,
  stepValue,
  validateSettingsDraft,
  withWesternDigits,
  type SettingsDraft,
} from '../../../../renderer/features/staff/adminSettings';

const inUse: KioskSettings = {
  kioskId: 'kiosk-1',
  ...settingDefaults,
  kioskName: 'Market corner',
  office: {
    name: { ar: 'مكتب الضمان الاجتماعي بالقطيف', en: 'Qatif Social Security Office' },
    phone: '013 000 0000',
  },
};

function edited(changes: Partial<SettingsDraft>): SettingsDraft {
  return { ...draftFromSettings(inUse), ...changes };
}

describe('the settings form', () => {
  it('starts from the settings in use, with nothing to save and nothing wrong', () => {
    const draft = draftFromSettings(inUse);
    expect(draft.officeAddress).toEqual({ ar: '', en: '' });
    expect(draft.idleTimeoutSeconds).toBe('60');
    expect(validateSettingsDraft(draft)).toEqual({});
    expect(changedSettings(draft, inUse)).toEqual({ changes: {}, keys: [] });
  });

  it('saves only the keys that changed, trimmed, as numbers, in the form order', () => {
    const { changes, keys } = changedSettings(
      edited({
        printIntervalSeconds: '٣٠',
        kioskName: '  Market corner  ',
        officeHours: { ar: ' الأحد إلى الخميس ', en: 'Sunday to Thursday ' },
        closingTime: '16:30',
      }),
      inUse,
    );
    expect(keys).toEqual(['officeHours', 'closingTime', 'printIntervalSeconds']);
    expect(changes).toEqual({
      officeHours: { ar: 'الأحد إلى الخميس', en: 'Sunday to Thursday' },
      closingTime: '16:30',
      printIntervalSeconds: 30,
    });
  });

  it('clears an office text or the phone by saving them empty', () => {
    const { changes, keys } = changedSettings(
      edited({ officeName: { ar: '', en: ' ' }, officePhone: '' }),
      inUse,
    );
    expect(keys).toEqual(['officeName', 'officePhone']);
    expect(changes).toEqual({ officeName: { ar: '', en: '' }, officePhone: '' });
  });

  it('refuses an office text in one language only, naming the empty one', () => {
    expect(validateSettingsDraft(edited({ officeAddress: { ar: 'السوق', en: '' } }))).toEqual({
      'officeAddress.en': { code: 'needs-both-languages' },
    });
    expect(validateSettingsDraft(edited({ officeHours: { ar: ' ', en: '8 to 2' } }))).toEqual({
      'officeHours.ar': { code: 'needs-both-languages' },
    });
  });

  it('refuses texts longer than the repository keeps', () => {
    expect(
      validateSettingsDraft(
        edited({ kioskName: 'k'.repeat(81), officeName: { ar: 'م'.repeat(201), en: 'Office' } }),
      ),
    ).toEqual({
      kioskName: { code: 'too-long', max: 80 },
      'officeName.ar': { code: 'too-long', max: 200 },
    });
  });

  it('checks the phone, the closing time and every number', () => {
    const errors = validateSettingsDraft(
      edited({
        officePhone: 'call us',
        closingTime: '24:00',
        idleTimeoutSeconds: '',
        idleWarningSeconds: '10',
        callbackRetentionDays: '91',
        maxPrintsPerVisit: '1.5',
        printIntervalSeconds: '0',
      }),
    );
    expect(errors).toEqual({
      officePhone: { code: 'invalid-phone' },
      closingTime: { code: 'invalid-time' },
      idleTimeoutSeconds: { code: 'not-a-number' },
      idleWarningSeconds: { code: 'out-of-range', min: 20, max: 120 },
      callbackRetentionDays: { code: 'out-of-range', min: 1, max: 90 },
      maxPrintsPerVisit: { code: 'not-a-number' },
    });
  });

  it('accepts a phone typed with Arabic-Indic digits and saves it with Western ones', () => {
    const draft = edited({ officePhone: '٠١٣ ٨٥٧ ٠٠٠٠' });
    expect(validateSettingsDraft(draft)).toEqual({});
    expect(changedSettings(draft, inUse).changes).toEqual({ officePhone: '013 857 0000' });
    expect(withWesternDigits('۱۲۳-abc')).toBe('123-abc');
  });

  it('steps numbers within their range and moves the closing time around the clock', () => {
    const idle = numericLimits.idleTimeoutSeconds;
    expect(stepValue('60', idle, 1)).toBe('70');
    expect(stepValue('25', idle, -1)).toBe('20');
    expect(stepValue('600', idle, 1)).toBe('600');
    expect(stepValue('', idle, -1)).toBe('20');
    expect(stepValue('', idle, 1)).toBe('600');
    expect(stepValue('5', numericLimits.idleWarningSeconds, -1)).toBe('20');
    expect(shiftTime('17:00', -60)).toBe('16:00');
    expect(shiftTime('23:55', 5)).toBe('00:00');
    expect(shiftTime('00:02', -5)).toBe('23:57');
  });
});

describe('the settings form and the settings repository', () => {
  let db: RuknDatabase;

  beforeEach(() => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
  });

  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('uses the same ranges as the repository: each end is kept, one past it is not', async () => {
    const repository = createSettingsRepository(db, () => 'kiosk');
    for (const key of numericSettingKeys) {
      const { min, max } = numericLimits[key];
      await repository.save({ [key]: min });
      expect([key, (await repository.load())[key]]).toEqual([key, min]);
      await repository.save({ [key]: max });
      expect([key, (await repository.load())[key]]).toEqual([key, max]);
      await repository.save({ [key]: max + 1 });
      expect([key, (await repository.load())[key]]).toEqual([key, max]);
      await repository.save({ [key]: min - 1 });
      expect([key, (await repository.load())[key]]).toEqual([key, min]);
    }
  });

  it('accepts exactly the phone numbers the repository keeps', async () => {
    const repository = createSettingsRepository(db, () => 'kiosk');
    const numbers = [
      '013 000 0000',
      '+966 13 857 0000',
      '920-000-000',
      '0138570000',
      '12',
      '+ 966 13',
      '013 000 0000-',
      '013_000',
      '1234567890123456789012',
      '+96613857000000000000',
    ];
    for (const phone of numbers) {
      await repository.save({ officePhone: phone });
      const isKept = (await repository.load()).office.phone === phone;
      expect([phone, officePhonePattern.test(phone)]).toEqual([phone, isKept]);
    }
  });

  it('saves a draft that the repository reads back as it was typed', async () => {
    const repository = createSettingsRepository(db, () => 'kiosk');
    const current = await repository.load();
    const draft: SettingsDraft = {
      ...draftFromSettings(current),
      kioskName: 'ركن السوق',
      officeAddress: { ar: 'شارع الملك عبدالعزيز', en: 'King Abdulaziz Street' },
      officePhone: '+966 13 857 0000',
      idleWarningSeconds: '45',
      closingTime: '16:30',
    };
    expect(validateSettingsDraft(draft)).toEqual({});
    await repository.save(changedSettings(draft, current).changes);
    const saved = await repository.load();
    expect(draftFromSettings(saved)).toEqual(draft);
    expect(changedSettings(draft, saved).keys).toEqual([]);
  });
});
