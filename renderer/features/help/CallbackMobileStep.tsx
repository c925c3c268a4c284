/**
 * The second page of a callback request: the mobile number on the numeric keypad (Arabic-Indic
 * and Persian digits accepted from a keyboard or a paste), checked before it is sent. The keypad
 * stops once the number is complete for the way it was begun (05…, 5…, 966…, 00966…).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { groupMobileDigits, normalizeSaudiMobile } from '../../../core/help/phone';
import { ScreenLayout } from '../../app/ScreenLayout';
import { Icon } from '../../ui/Icon';
import { normalizeDigits, NumericKeypad } from '../../ui/NumericKeypad';
import { HelpError } from './HelpError';

export type CallbackMobileStepProps = {
  /** The name already given, shown with Change. */
  readonly name: string;
  readonly onChangeName: () => void;
  /** Sends the request with the number as `05XXXXXXXX`; false when it could not be saved. */
  readonly onSend: (mobile: string) => Promise<boolean>;
};

type Problem = 'empty' | 'invalid' | 'save-failed';

/** Longest text the field takes: 00966 and nine digits, with room for spaces and dashes. */
const fieldLimit = 24;

/** How many digits complete a number begun this way. */
export function mobileDigitLimit(digits: string): number {
  if (digits.startsWith('00')) return 14;
  if (digits.startsWith('9')) return 12;
  if (digits.startsWith('5')) return 9;
  return 10;
}

/** What the field keeps of what was typed: spaces dropped from plain digits, at most the limit. */
function fieldText(value: string): string {
  const text = value.slice(0, fieldLimit);
  return /^[0-9 ]*$/.test(text) ? text.replace(/ /g, '') : text;
}

/** The field's text: a local number grouped as it is read aloud, anything else as typed. */
function shown(value: string): string {
  return /^0[0-9]{0,9}$/.test(value) ? groupMobileDigits(value) : value;
}

export function CallbackMobileStep({ name, onChangeName, onSend }: CallbackMobileStepProps) {
  const { t } = useTranslation();
  const [mobile, setMobile] = useState('');
  const [isSending, setIsSending] = useState(false);
  const [error, setError] = useState<{ problem: Problem; attempt: number } | null>(null);
  const showError = (problem: Problem) =>
    setError((current) => ({ problem, attempt: (current?.attempt ?? 0) + 1 }));
  const digits = normalizeDigits(mobile);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isSending) return;
    if (mobile.trim() === '') {
      showError('empty');
      return;
    }
    const normalized = normalizeSaudiMobile(mobile);
    if (normalized === null) {
      showError('invalid');
      return;
    }
    setIsSending(true);
    const isSent = await onSend(normalized);
    if (isSent) return;
    setIsSending(false);
    showError('save-failed');
  };

  const message =
    error?.problem === 'save-failed'
      ? t('help.callback.saveFailed')
      : error && t(`help.callback.mobileErrors.${error.problem}`);

  return (
    <ScreenLayout key="mobile" title={t('help.callback.mobileTitle')}>
      <p className="help-summary">
        <span>
          {t('help.callback.nameIs')} <bdi className="help-summary__value">{name}</bdi>
        </span>
        <button type="button" className="button button--secondary" onClick={onChangeName}>
          {t('help.callback.change')}
        </button>
      </p>
      <form
        className="help-form help-form--mobile"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <div className="help-form__field">
          {error && message && (
            <HelpError
              id="callback-mobile-error"
              title={t('help.callback.errorTitle')}
              message={message}
              attempt={error.attempt}
            />
          )}
          <label htmlFor="callback-mobile" className="help-form__label">
            {t('help.callback.mobileLabel')}
          </label>
          <p id="callback-mobile-hint" className="help-form__hint">
            {t('help.callback.mobileHint')}
          </p>
          <input
            id="callback-mobile"
            data-speech="private"
            className={`help-form__input help-form__input--digits${error ? ' help-form__input--error' : ''}`}
            type="text"
            inputMode="none"
            autoComplete="off"
            dir="ltr"
            maxLength={fieldLimit}
            value={shown(mobile)}
            aria-describedby={`callback-mobile-hint${error ? ' callback-mobile-error' : ''}`}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setMobile(fieldText(event.target.value))}
          />
          <button
            type="submit"
            className="button button--primary button--huge"
            disabled={isSending}
          >
            <Icon name="phone" />
            {isSending ? t('help.callback.sending') : t('help.callback.send')}
          </button>
        </div>
        <div className="help-form__keys">
          <NumericKeypad
            fieldId="callback-mobile"
            value={digits}
            onChange={setMobile}
            maxLength={mobileDigitLimit(digits)}
            keepsLeadingZeros
            labels={{
              keypad: t('help.callback.keypad'),
              backspace: t('help.callback.keypadBackspace'),
              clear: t('help.callback.keypadClear'),
              full: t('keyboard.keypadFull', { count: mobileDigitLimit(digits) }),
            }}
          />
        </div>
      </form>
    </ScreenLayout>
  );
}
