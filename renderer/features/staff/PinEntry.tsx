/**
 * A PIN typed on the kiosk's large keypad: dots instead of digits (someone may be standing behind
 * the staff member), a count read out to screen readers, and the submit button under the keys.
 */
import { useTranslation } from 'react-i18next';
import { NumericKeypad } from '../../ui/NumericKeypad';

/** Longest PIN accepted. */
export const maxPinLength = 8;
/** Shortest PIN accepted. */
export const minPinLength = 4;

export type PinEntryProps = {
  /** The heading's id: the PIN group is named by it. */
  readonly labelledBy: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onSubmit: () => void;
  readonly submitLabel: string;
  readonly isBusy?: boolean;
};

export function PinEntry({
  labelledBy,
  value,
  onChange,
  onSubmit,
  submitLabel,
  isBusy = false,
}: PinEntryProps) {
  const { t } = useTranslation();
  return (
    <div className="pin-entry" role="group" aria-labelledby={labelledBy}>
      <p className="pin-entry__dots" aria-live="polite" dir="ltr">
        <span aria-hidden="true">
          {Array.from({ length: maxPinLength }, (_, index) => (
            <span
              key={index}
              className={`pin-entry__dot${index < value.length ? ' pin-entry__dot--filled' : ''}`}
            />
          ))}
        </span>
        <span className="visually-hidden">
          {t('staff.signIn.pinDigits', { count: value.length })}
        </span>
      </p>
      <NumericKeypad
        value={value}
        onChange={onChange}
        maxLength={maxPinLength}
        labels={{
          keypad: t('keyboard.keypad'),
          backspace: t('keyboard.backspace'),
          clear: t('keyboard.clear'),
          full: t('keyboard.keypadFull', { count: maxPinLength }),
        }}
      />
      <button
        type="button"
        className="button button--primary button--huge pin-entry__submit"
        disabled={value.length < minPinLength || isBusy}
        onClick={onSubmit}
      >
        {submitLabel}
      </button>
    </div>
  );
}
