/**
 * The settings form's fields: a number with − and + (64 px) and the keypad for typing it, the
 * closing time moved by the hour or by five minutes, and an office text in Arabic and English.
 * The value is shown large and announced when it changes.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Localized } from '../../../core/content/languages';
import type { SpeechOutput } from '../../db/settingsRepository';
import { NumericKeypad } from '../../ui/NumericKeypad';
import { IsolatedNumbers } from '../../ui/IsolatedNumbers';
import {
  maxOfficeTextLength,
  parseWholeNumber,
  shiftTime,
  stepValue,
  type NumericLimit,
  type OfficeTextKey,
  type SettingsErrors,
  type SettingsFieldError,
} from './adminSettings';
import { TextEntry } from './TextEntry';

/** The sentence for a field's error, in the reader's language. */
export function settingsErrorText(t: TFunction, error: SettingsFieldError): string {
  switch (error.code) {
    case 'too-long':
      return t('staff.settings.errors.tooLong', { max: error.max });
    case 'needs-both-languages':
      return t('staff.settings.errors.needsBoth');
    case 'invalid-phone':
      return t('staff.settings.errors.invalidPhone');
    case 'invalid-time':
      return t('staff.settings.errors.invalidTime');
    case 'not-a-number':
      return t('staff.settings.errors.notANumber');
    case 'out-of-range':
      return t('staff.settings.errors.outOfRange', { min: error.min, max: error.max });
    default: {
      const unreachable: never = error;
      return unreachable;
    }
  }
}

/** The unit a numeric setting counts in, for its shown value. */
export type SettingUnit = 'seconds' | 'days' | 'prints';

export type NumberSettingProps = {
  readonly label: string;
  readonly unit: SettingUnit;
  readonly limit: NumericLimit;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Shows the keypad; one field at a time has it. */
  readonly isTyping: boolean;
  readonly onTypingChange: (isTyping: boolean) => void;
  readonly error?: SettingsFieldError;
};

export function NumberSetting({
  label,
  unit,
  limit,
  value,
  onChange,
  isTyping,
  onTypingChange,
  error,
}: NumberSettingProps) {
  const { t } = useTranslation();
  const id = useId();
  const number = parseWholeNumber(value);
  const shown =
    number === undefined
      ? t('staff.settings.noValue')
      : t(`staff.settings.units.${unit}`, { count: number });
  const isAtMin = number !== undefined && number <= limit.min;
  const isAtMax = number !== undefined && number >= limit.max;
  const step = (direction: -1 | 1) => {
    if (direction < 0 ? isAtMin : isAtMax) return;
    onChange(stepValue(value, limit, direction));
  };
  const described = [`${id}-range`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div
      className={`admin-setting${error ? ' admin-setting--invalid' : ''}`}
      role="group"
      aria-labelledby={`${id}-label`}
    >
      <p className="admin-setting__label" id={`${id}-label`}>
        {label}
      </p>
      <p className="admin-setting__hint" id={`${id}-range`}>
        <IsolatedNumbers text={t('staff.settings.range', { min: limit.min, max: limit.max })} />
      </p>
      <div className="admin-stepper">
        <button
          type="button"
          className="admin-stepper__button"
          aria-label={t('staff.settings.decrease')}
          aria-describedby={`${id}-label`}
          aria-disabled={isAtMin || undefined}
          onClick={() => step(-1)}
        >
          −
        </button>
        <output className="admin-stepper__value" aria-live="polite" aria-describedby={described}>
          <IsolatedNumbers text={shown} />
        </output>
        <button
          type="button"
          className="admin-stepper__button"
          aria-label={t('staff.settings.increase')}
          aria-describedby={`${id}-label`}
          aria-disabled={isAtMax || undefined}
          onClick={() => step(1)}
        >
          +
        </button>
        <button
          type="button"
          className="button button--secondary admin-stepper__type"
          aria-expanded={isTyping}
          aria-describedby={`${id}-label`}
          onClick={() => onTypingChange(!isTyping)}
        >
          {isTyping ? t('staff.settings.doneTyping') : t('staff.settings.typeNumber')}
        </button>
      </div>
      {error && (
        <p className="text-entry__error" id={`${id}-error`} role="alert">
          {settingsErrorText(t, error)}
        </p>
      )}
      {isTyping && (
        <NumericKeypad
          value={value}
          onChange={onChange}
          maxLength={String(limit.max).length}
          labels={{
            keypad: t('keyboard.keypad'),
            backspace: t('keyboard.backspace'),
            clear: t('keyboard.clear'),
            full: t('keyboard.keypadFull', { count: String(limit.max).length }),
          }}
        />
      )}
    </div>
  );
}

export type ClosingTimeSettingProps = {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: SettingsFieldError;
};

/** The closing time: an hour or five minutes earlier or later, around the clock. */
export function ClosingTimeSetting({ value, onChange, error }: ClosingTimeSettingProps) {
  const { t } = useTranslation();
  const id = useId();
  const moves = [
    ['hourEarlier', -60],
    ['minutesEarlier', -5],
    ['minutesLater', 5],
    ['hourLater', 60],
  ] as const;
  return (
    <div
      className={`admin-setting${error ? ' admin-setting--invalid' : ''}`}
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={`${id}-hint`}
    >
      <p className="admin-setting__label" id={`${id}-label`}>
        {t('staff.settings.closingTime')}
      </p>
      <p className="admin-setting__hint" id={`${id}-hint`}>
        {t('staff.settings.closingTimeHint')}
      </p>
      <output className="admin-stepper__value admin-stepper__value--time" aria-live="polite">
        <bdi dir="ltr">{value}</bdi>
      </output>
      <div className="admin-time__moves">
        {moves.map(([key, minutes]) => (
          <button
            key={key}
            type="button"
            className="button button--secondary"
            onClick={() => onChange(shiftTime(value, minutes))}
          >
            <IsolatedNumbers text={t(`staff.settings.${key}`)} />
          </button>
        ))}
      </div>
      {error && (
        <p className="text-entry__error" role="alert">
          {settingsErrorText(t, error)}
        </p>
      )}
    </div>
  );
}

export type OfficeTextSettingProps = {
  readonly field: OfficeTextKey;
  readonly value: Localized<string>;
  readonly onChange: (value: Localized<string>) => void;
  readonly errors: SettingsErrors;
  /** The field whose keyboard is shown (`officeName.ar`, …). */
  readonly editing: string | undefined;
  readonly onEdit: (field: string) => void;
  readonly isMultiline?: boolean;
};

/** An office text in Arabic and English: one heading, two fields. */
export function OfficeTextSetting({
  field,
  value,
  onChange,
  errors,
  editing,
  onEdit,
  isMultiline = false,
}: OfficeTextSettingProps) {
  const { t } = useTranslation();
  const error = (lang: 'ar' | 'en') => {
    const found = errors[`${field}.${lang}`];
    return found ? settingsErrorText(t, found) : undefined;
  };
  return (
    <fieldset className="admin-pair">
      <legend className="admin-pair__legend">{t(`staff.settings.${field}`)}</legend>
      {(['ar', 'en'] as const).map((lang) => (
        <TextEntry
          key={lang}
          label={t(`staff.settings.${lang === 'ar' ? 'inArabic' : 'inEnglish'}`)}
          value={value[lang]}
          onChange={(text) => onChange({ ...value, [lang]: text })}
          maxLength={maxOfficeTextLength}
          layout={lang}
          dir={lang === 'ar' ? 'rtl' : 'ltr'}
          isMultiline={isMultiline}
          hasKeyboard={editing === `${field}.${lang}`}
          onFocus={() => onEdit(`${field}.${lang}`)}
          error={error(lang)}
        />
      ))}
    </fieldset>
  );
}

export type SpeechOutputSettingProps = {
  readonly value: SpeechOutput;
  readonly onChange: (value: SpeechOutput) => void;
};

/** Where listen mode is heard: aloud, or only through a headphone jack the office confirmed. */
export function SpeechOutputSetting({ value, onChange }: SpeechOutputSettingProps) {
  const { t } = useTranslation();
  const id = useId();
  const choices = [
    ['aloud', 'speechAloud'],
    ['headphones', 'speechHeadphones'],
  ] as const;
  return (
    <div
      className="admin-setting"
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={`${id}-hint`}
    >
      <p className="admin-setting__label" id={`${id}-label`}>
        {t('staff.settings.speechOutput')}
      </p>
      <p className="admin-setting__hint" id={`${id}-hint`}>
        {t('staff.settings.speechOutputHint')}
      </p>
      <div className="admin-choices">
        {choices.map(([choice, label]) => (
          <button
            key={choice}
            type="button"
            className="button button--secondary admin-choice"
            aria-pressed={value === choice}
            onClick={() => onChange(choice)}
          >
            {t(`staff.settings.${label}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
