/**
 * The administrator's account forms: a new account (name, role, then its PIN typed twice) and a
 * new PIN for an existing account (typed twice). The directory decides; these forms say why it
 * refused, in a sentence, and go back to the step that needs changing.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/content/schema';
import type { Result } from '../../../core/result';
import type { StaffAccount, StaffRole } from '../../../core/staff/types';
import { normalizeDigits } from '../../ui/NumericKeypad';
import { knownAccountError, maxAccountNameLength, pinsMatch } from './adminAccounts';
import { PinEntry } from './PinEntry';
import type { AccountChangeError, StaffDirectory } from './services';
import { TextEntry } from './TextEntry';

type Refusal = AccountChangeError | 'failed' | 'mismatch';

/** The roles offered for a new account, the usual one first. */
const roleChoices: readonly StaffRole[] = ['staff', 'admin'];

/** A refusal as the sentence the administrator reads. */
function useRefusalText(): (refusal: Refusal) => string {
  const { t } = useTranslation();
  return (refusal) =>
    refusal === 'failed' || refusal === 'mismatch'
      ? t(`staff.accounts.${refusal}`)
      : t(`staff.accounts.errors.${refusal}`);
}

/** Runs a directory change, turning a throw into `failed` and any unexpected code into `unknown`. */
async function attempt(
  change: () => Promise<Result<StaffAccount, AccountChangeError>>,
): Promise<{ ok: true; account: StaffAccount } | { ok: false; refusal: Refusal }> {
  try {
    const result = await change();
    return result.ok
      ? { ok: true, account: result.value }
      : { ok: false, refusal: knownAccountError(result.error.code) };
  } catch {
    return { ok: false, refusal: 'failed' };
  }
}

/** Focuses the form's heading whenever the step changes, as a new screen would. */
function useStepHeading(step: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);
  return heading;
}

type PinStep = 'pin' | 'confirm';

type PinTwiceProps = {
  readonly headingId: string;
  readonly step: PinStep;
  readonly pin: string;
  readonly confirmation: string;
  readonly onPin: (pin: string) => void;
  readonly onConfirmation: (pin: string) => void;
  readonly onNext: () => void;
  readonly onSubmit: () => void;
  readonly submitLabel: string;
  readonly isBusy: boolean;
};

function PinTwice(props: PinTwiceProps) {
  const { t } = useTranslation();
  return props.step === 'pin' ? (
    <>
      <p className="staff-panel__note">{t('staff.setup.choosePinHint')}</p>
      <PinEntry
        key="pin"
        labelledBy={props.headingId}
        value={props.pin}
        onChange={props.onPin}
        onSubmit={props.onNext}
        submitLabel={t('staff.accounts.next')}
      />
    </>
  ) : (
    <PinEntry
      key="confirm"
      labelledBy={props.headingId}
      value={props.confirmation}
      onChange={props.onConfirmation}
      onSubmit={props.onSubmit}
      submitLabel={props.submitLabel}
      isBusy={props.isBusy}
    />
  );
}

function RefusalNotice({ refusal }: { readonly refusal: Refusal | undefined }) {
  const text = useRefusalText();
  return refusal === undefined ? null : (
    <p className="notice notice--warning admin-form__error" role="alert">
      {text(refusal)}
    </p>
  );
}

export type AddAccountFormProps = {
  readonly directory: StaffDirectory;
  /** The signed-in administrator: the directory checks their role. */
  readonly byId: string;
  readonly onAdded: (account: StaffAccount) => void;
  readonly onCancel: () => void;
};

type AddStep = 'details' | PinStep;

/** A new account: name and role, then the PIN typed twice. */
export function AddAccountForm({ directory, byId, onAdded, onCancel }: AddAccountFormProps) {
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState<AddStep>('details');
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('staff');
  const [pin, setPin] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [refusal, setRefusal] = useState<Refusal | undefined>();
  const [isBusy, setIsBusy] = useState(false);
  const heading = useStepHeading(step);
  const restart = (next: AddStep, why: Refusal) => {
    setRefusal(why);
    setPin('');
    setConfirmation('');
    setStep(next);
  };

  const create = async () => {
    if (!pinsMatch(pin, confirmation)) return restart('pin', 'mismatch');
    setIsBusy(true);
    const result = await attempt(() =>
      directory.addStaff(byId, name.trim(), normalizeDigits(pin), role),
    );
    setIsBusy(false);
    if (result.ok) return onAdded(result.account);
    const back = result.refusal;
    if (back === 'invalid-name' || back === 'name-taken') return restart('details', back);
    if (back === 'invalid-pin' || back === 'weak-pin') return restart('pin', back);
    setRefusal(back);
  };

  const title =
    step === 'details'
      ? t('staff.accounts.addTitle')
      : step === 'pin'
        ? t('staff.accounts.choosePin', { name: name.trim() })
        : t('staff.accounts.confirmPin');

  return (
    <div className="admin-form">
      <h3 id="admin-account-form" className="admin-group__title" tabIndex={-1} ref={heading}>
        {title}
      </h3>
      <RefusalNotice refusal={refusal} />
      {step === 'details' ? (
        <>
          <TextEntry
            label={t('staff.accounts.name')}
            hint={t('staff.accounts.nameHint')}
            value={name}
            onChange={setName}
            maxLength={maxAccountNameLength}
            layout={(i18n.language === 'en' ? 'en' : 'ar') as Language}
          />
          <fieldset className="outcome-choices">
            <legend className="admin-setting__label">{t('staff.accounts.roleLegend')}</legend>
            {roleChoices.map((choice) => (
              <label key={choice} className="outcome-choice">
                <input
                  type="radio"
                  name="admin-account-role"
                  value={choice}
                  checked={role === choice}
                  onChange={() => setRole(choice)}
                />
                <span>{t(`staff.accounts.roleChoice.${choice}`)}</span>
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            className="button button--primary button--huge"
            disabled={name.trim() === ''}
            onClick={() => {
              setRefusal(undefined);
              setStep('pin');
            }}
          >
            {t('staff.accounts.next')}
          </button>
        </>
      ) : (
        <PinTwice
          headingId="admin-account-form"
          step={step}
          pin={pin}
          confirmation={confirmation}
          onPin={setPin}
          onConfirmation={setConfirmation}
          onNext={() => {
            setRefusal(undefined);
            setStep('confirm');
          }}
          onSubmit={() => void create()}
          submitLabel={t('staff.accounts.create')}
          isBusy={isBusy}
        />
      )}
      <button
        type="button"
        className="button button--secondary admin-form__cancel"
        onClick={onCancel}
      >
        {t('staff.accounts.cancel')}
      </button>
    </div>
  );
}

export type ResetPinFormProps = {
  readonly directory: StaffDirectory;
  readonly byId: string;
  readonly account: StaffAccount;
  readonly onReset: (account: StaffAccount) => void;
  readonly onCancel: () => void;
};

/** A new PIN for an account whose holder forgot theirs, typed twice. */
export function ResetPinForm({ directory, byId, account, onReset, onCancel }: ResetPinFormProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<PinStep>('pin');
  const [pin, setPin] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [refusal, setRefusal] = useState<Refusal | undefined>();
  const [isBusy, setIsBusy] = useState(false);
  const heading = useStepHeading(step);

  const save = async () => {
    if (pinsMatch(pin, confirmation)) {
      setIsBusy(true);
      const result = await attempt(() =>
        directory.resetPin(byId, account.id, normalizeDigits(pin)),
      );
      setIsBusy(false);
      if (result.ok) return onReset(result.account);
      setRefusal(result.refusal);
    } else {
      setRefusal('mismatch');
    }
    setPin('');
    setConfirmation('');
    setStep('pin');
  };

  return (
    <div className="admin-form">
      <h3 id="admin-account-form" className="admin-group__title" tabIndex={-1} ref={heading}>
        {step === 'pin'
          ? t('staff.accounts.resetTitle', { name: account.displayName })
          : t('staff.accounts.confirmPin')}
      </h3>
      <RefusalNotice refusal={refusal} />
      <PinTwice
        headingId="admin-account-form"
        step={step}
        pin={pin}
        confirmation={confirmation}
        onPin={setPin}
        onConfirmation={setConfirmation}
        onNext={() => {
          setRefusal(undefined);
          setStep('confirm');
        }}
        onSubmit={() => void save()}
        submitLabel={t('staff.accounts.saveResetPin')}
        isBusy={isBusy}
      />
      <button
        type="button"
        className="button button--secondary admin-form__cancel"
        onClick={onCancel}
      >
        {t('staff.accounts.cancel')}
      </button>
    </div>
  );
}
