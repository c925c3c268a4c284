/**
 * The administrator's settings form, as pure functions: the draft the screen edits, its checks
 * (an error per field) and the settings that changed. Policy: the limits are the settings
 * repository's own (renderer/db/settingsRepository.ts clamps to the same ranges when it reads);
 * an office text is kept only as a pair, so the form refuses one language without the other
 * rather than save something the citizen screens would ignore.
 */
import type { Localized } from '../../../core/content/languages';
import {
  minimumIdleWarningSeconds,
  sentVisitRetentionLimits,
  type KioskSettings,
  type SpeechOutput,
} from '../../db/settingsRepository';

/** The numeric settings the form edits with steppers or the keypad. */
export const numericSettingKeys = [
  'idleTimeoutSeconds',
  'idleWarningSeconds',
  'callbackRetentionDays',
  'sentVisitRetentionDays',
  'maxPrintsPerVisit',
  'printIntervalSeconds',
] as const;
export type NumericSettingKey = (typeof numericSettingKeys)[number];

/** The office texts, each in Arabic and English. */
export const officeTextKeys = ['officeName', 'officeAddress', 'officeHours'] as const;
export type OfficeTextKey = (typeof officeTextKeys)[number];

/** Every setting the form can change, in the order the form shows them. */
export const editableSettingKeys = [
  'kioskName',
  ...officeTextKeys,
  'officePhone',
  'idleTimeoutSeconds',
  'idleWarningSeconds',
  'closingTime',
  'callbackRetentionDays',
  'sentVisitRetentionDays',
  'maxPrintsPerVisit',
  'printIntervalSeconds',
  'speechOutput',
] as const;
export type EditableSettingKey = (typeof editableSettingKeys)[number];

/** The range of a numeric setting and how far one tap on − or + moves it. */
export type NumericLimit = {
  readonly min: number;
  readonly max: number;
  readonly step: number;
};

/**
 * The ranges the settings repository clamps to (a unit test saves each end and checks that it
 * is kept as it is, and one step past it is not), with the steppers' step.
 */
export const numericLimits: Readonly<Record<NumericSettingKey, NumericLimit>> = {
  idleTimeoutSeconds: { min: 20, max: 600, step: 10 },
  idleWarningSeconds: { min: minimumIdleWarningSeconds, max: 120, step: 5 },
  callbackRetentionDays: { min: 1, max: 90, step: 1 },
  sentVisitRetentionDays: { ...sentVisitRetentionLimits, step: 1 },
  maxPrintsPerVisit: { min: 1, max: 10, step: 1 },
  printIntervalSeconds: { min: 0, max: 300, step: 5 },
};

/** Longest kiosk name the repository keeps. */
export const maxKioskNameLength = 80;
/** Longest office text (per language) the repository keeps. */
export const maxOfficeTextLength = 200;
/** Longest phone number the phone pattern can match. */
export const maxPhoneLength = 21;

/**
 * The office phone as the settings repository accepts it: digits, an optional leading `+`,
 * spaces and dashes. The same pattern as the repository's (which does not export it; the unit
 * test checks the two agree on a list of numbers).
 */
export const officePhonePattern = /^\+?[0-9][0-9 -]{2,18}[0-9]$/;

const closingTimePattern = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** What the form holds while it is edited: numbers as typed (the keypad can leave a field empty). */
export type SettingsDraft = {
  readonly kioskName: string;
  readonly officeName: Localized<string>;
  readonly officeAddress: Localized<string>;
  readonly officeHours: Localized<string>;
  readonly officePhone: string;
  /** Kiosk-local `HH:MM`. */
  readonly closingTime: string;
  readonly speechOutput: SpeechOutput;
} & Readonly<Record<NumericSettingKey, string>>;

/** A form field that can carry an error: office texts per language. */
export type SettingsField =
  Exclude<EditableSettingKey, OfficeTextKey> | `${OfficeTextKey}.${keyof Localized<string>}`;

/** Why a field's value cannot be saved. */
export type SettingsFieldError =
  | { readonly code: 'too-long'; readonly max: number }
  | { readonly code: 'needs-both-languages' }
  | { readonly code: 'invalid-phone' }
  | { readonly code: 'invalid-time' }
  | { readonly code: 'not-a-number' }
  | { readonly code: 'out-of-range'; readonly min: number; readonly max: number };

export type SettingsErrors = Partial<Record<SettingsField, SettingsFieldError>>;

/** What `settingsRepository.save` takes, limited to the keys this form edits. */
export type SettingsChanges = {
  kioskName?: string;
  officeName?: Localized<string>;
  officeAddress?: Localized<string>;
  officeHours?: Localized<string>;
  officePhone?: string;
  idleTimeoutSeconds?: number;
  idleWarningSeconds?: number;
  closingTime?: string;
  callbackRetentionDays?: number;
  sentVisitRetentionDays?: number;
  maxPrintsPerVisit?: number;
  printIntervalSeconds?: number;
  speechOutput?: SpeechOutput;
};

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/** The text with Arabic-Indic and Persian digits written as 0–9; everything else unchanged. */
export function withWesternDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (digit) => {
    const code = digit.codePointAt(0) ?? 0;
    return String(code >= PERSIAN_ZERO ? code - PERSIAN_ZERO : code - ARABIC_INDIC_ZERO);
  });
}

const emptyPair: Localized<string> = { ar: '', en: '' };

/** The form's starting point: the settings as the kiosk uses them now. */
export function draftFromSettings(settings: KioskSettings): SettingsDraft {
  return {
    kioskName: settings.kioskName,
    officeName: settings.office.name ?? emptyPair,
    officeAddress: settings.office.address ?? emptyPair,
    officeHours: settings.office.hours ?? emptyPair,
    officePhone: settings.office.phone ?? '',
    closingTime: settings.closingTime,
    speechOutput: settings.speechOutput,
    idleTimeoutSeconds: String(settings.idleTimeoutSeconds),
    idleWarningSeconds: String(settings.idleWarningSeconds),
    callbackRetentionDays: String(settings.callbackRetentionDays),
    sentVisitRetentionDays: String(settings.sentVisitRetentionDays),
    maxPrintsPerVisit: String(settings.maxPrintsPerVisit),
    printIntervalSeconds: String(settings.printIntervalSeconds),
  };
}

/** A typed number as an integer, or `undefined` when it is not one (empty, letters, decimals). */
export function parseWholeNumber(text: string): number | undefined {
  const digits = withWesternDigits(text.trim());
  return /^[0-9]{1,6}$/.test(digits) ? Number(digits) : undefined;
}

/** The value one tap on − (`-1`) or + (`+1`) gives, kept within the setting's range. */
export function stepValue(text: string, limit: NumericLimit, direction: -1 | 1): string {
  const current = parseWholeNumber(text);
  if (current === undefined) return String(direction < 0 ? limit.min : limit.max);
  const next = current + direction * limit.step;
  return String(Math.min(limit.max, Math.max(limit.min, next)));
}

/** A closing time moved by `minutes`, around the clock (23:55 + 5 → 00:00). */
export function shiftTime(time: string, minutes: number): string {
  const match = closingTimePattern.exec(time);
  const total = match ? Number(time.slice(0, 2)) * 60 + Number(time.slice(3)) : 17 * 60;
  const next = (((total + minutes) % 1440) + 1440) % 1440;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(next / 60))}:${pad(next % 60)}`;
}

function trimmedPair(pair: Localized<string>): Localized<string> {
  return { ar: pair.ar.trim(), en: pair.en.trim() };
}

function officeTextErrors(key: OfficeTextKey, pair: Localized<string>): SettingsErrors {
  const { ar, en } = trimmedPair(pair);
  const errors: SettingsErrors = {};
  for (const lang of ['ar', 'en'] as const) {
    const text = lang === 'ar' ? ar : en;
    const other = lang === 'ar' ? en : ar;
    if (text.length > maxOfficeTextLength) {
      errors[`${key}.${lang}`] = { code: 'too-long', max: maxOfficeTextLength };
    } else if (text === '' && other !== '') {
      errors[`${key}.${lang}`] = { code: 'needs-both-languages' };
    }
  }
  return errors;
}

function numberError(text: string, limit: NumericLimit): SettingsFieldError | undefined {
  const value = parseWholeNumber(text);
  if (value === undefined) return { code: 'not-a-number' };
  if (value < limit.min || value > limit.max) {
    return { code: 'out-of-range', min: limit.min, max: limit.max };
  }
  return undefined;
}

/** Checks every field; an empty result means the draft can be saved. */
export function validateSettingsDraft(draft: SettingsDraft): SettingsErrors {
  const errors: SettingsErrors = {};
  if (draft.kioskName.trim().length > maxKioskNameLength) {
    errors.kioskName = { code: 'too-long', max: maxKioskNameLength };
  }
  for (const key of officeTextKeys) Object.assign(errors, officeTextErrors(key, draft[key]));
  const phone = withWesternDigits(draft.officePhone.trim());
  if (phone !== '' && !officePhonePattern.test(phone))
    errors.officePhone = { code: 'invalid-phone' };
  if (!closingTimePattern.test(draft.closingTime)) errors.closingTime = { code: 'invalid-time' };
  for (const key of numericSettingKeys) {
    const error = numberError(draft[key], numericLimits[key]);
    if (error) errors[key] = error;
  }
  return errors;
}

/** True when the draft has no errors. */
export function isValidDraft(errors: SettingsErrors): boolean {
  return Object.keys(errors).length === 0;
}

function samePair(a: Localized<string>, b: Localized<string> | undefined): boolean {
  return a.ar === (b?.ar ?? '') && a.en === (b?.en ?? '');
}

/**
 * The settings that differ from the ones in use, as `save` takes them (texts trimmed, numbers
 * parsed, digits Western), and their keys in the form's order. A cleared office text is saved as
 * an empty pair and a cleared phone as `''`: the repository reads both as unset. Call it on a
 * draft without errors.
 */
export function changedSettings(
  draft: SettingsDraft,
  current: KioskSettings,
): { readonly changes: SettingsChanges; readonly keys: readonly EditableSettingKey[] } {
  const changes: SettingsChanges = {};
  const kioskName = draft.kioskName.trim();
  if (kioskName !== current.kioskName) changes.kioskName = kioskName;
  const currentTexts: Record<OfficeTextKey, Localized<string> | undefined> = {
    officeName: current.office.name,
    officeAddress: current.office.address,
    officeHours: current.office.hours,
  };
  for (const key of officeTextKeys) {
    const pair = trimmedPair(draft[key]);
    if (!samePair(pair, currentTexts[key])) changes[key] = pair;
  }
  const phone = withWesternDigits(draft.officePhone.trim());
  if (phone !== (current.office.phone ?? '')) changes.officePhone = phone;
  if (draft.closingTime !== current.closingTime) changes.closingTime = draft.closingTime;
  if (draft.speechOutput !== current.speechOutput) changes.speechOutput = draft.speechOutput;
  for (const key of numericSettingKeys) {
    const value = parseWholeNumber(draft[key]);
    if (value !== undefined && value !== current[key]) changes[key] = value;
  }
  const keys = editableSettingKeys.filter((key) => key in changes);
  return { changes, keys };
}
