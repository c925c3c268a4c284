/**
 * First run: the kiosk has no administrator, so the first person through the staff entrance
 * creates one (name, then a PIN typed twice). Policy: weak PINs (one digit repeated, straight
 * runs) are refused by the directory; this screen asks again without saying which rule failed
 * beyond "harder to guess".
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/content/schema';
import type { StaffAccount } from '../../../core/staff/types';
import { normalizeDigits } from '../../ui/NumericKeypad';
import { PinEntry } from './PinEntry';
import { TextEntry } from './TextEntry';
import type { StaffDirectory } from './services';

export type FirstRunSetupProps = {
  readonly directory: StaffDirectory;
  readonly onCreated: (account: StaffAccount) => void;
  readonly onCancel: () => void;
};

type SetupStep = 'name' | 'pin' | 'confirm';

export function FirstRunSetup({ directory, onCreated, onCancel }: FirstRunSetupProps) {
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState<SetupStep>('name');
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [isBusy, setIsBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);

  const create = async () => {
    if (normalizeDigits(confirmation) !== normalizeDigits(pin)) {
      setError(t('staff.setup.mismatch'));
      setPin('');
      setConfirmation('');
      setStep('pin');
      return;
    }
    setIsBusy(true);
    try {
      const result = await directory.createAdmin(name.trim(), normalizeDigits(pin));
      if (result.ok) {
        onCreated(result.value);
        return;
      }
      const code = result.error.code;
      setError(
        code === 'weak-pin' || code === 'invalid-pin'
          ? t('staff.setup.weakPin')
          : code === 'invalid-name'
            ? t('staff.setup.invalidName')
            : t('staff.setup.failed'),
      );
      setPin('');
      setConfirmation('');
      setStep(code === 'invalid-name' ? 'name' : 'pin');
    } catch {
      setError(t('staff.setup.failed'));
    } finally {
      setIsBusy(false);
    }
  };

  const title =
    step === 'name'
      ? t('staff.setup.title')
      : step === 'pin'
        ? t('staff.setup.choosePin')
        : t('staff.setup.confirmPin');

  return (
    <main className="staff-page staff-signin">
      <section className="staff-signin__panel" aria-labelledby="staff-setup-title">
        <h1 id="staff-setup-title" className="staff-page__title" tabIndex={-1} ref={heading}>
          {title}
        </h1>
        {step === 'name' && <p className="staff-page__intro">{t('staff.setup.intro')}</p>}
        {step === 'pin' && <p className="staff-page__intro">{t('staff.setup.choosePinHint')}</p>}
        {error !== undefined && (
          <p className="notice notice--warning staff-signin__error" role="alert">
            {error}
          </p>
        )}
        {step === 'name' && (
          <>
            <TextEntry
              label={t('staff.setup.name')}
              hint={t('staff.setup.nameHint')}
              value={name}
              onChange={setName}
              maxLength={40}
              layout={(i18n.language === 'en' ? 'en' : 'ar') as Language}
            />
            <button
              type="button"
              className="button button--primary button--huge"
              disabled={name.trim() === ''}
              onClick={() => {
                setError(undefined);
                setStep('pin');
              }}
            >
              {t('staff.setup.next')}
            </button>
          </>
        )}
        {step === 'pin' && (
          <PinEntry
            labelledBy="staff-setup-title"
            value={pin}
            onChange={setPin}
            onSubmit={() => {
              setError(undefined);
              setStep('confirm');
            }}
            submitLabel={t('staff.setup.next')}
          />
        )}
        {step === 'confirm' && (
          <PinEntry
            labelledBy="staff-setup-title"
            value={confirmation}
            onChange={setConfirmation}
            onSubmit={() => void create()}
            submitLabel={t('staff.setup.create')}
            isBusy={isBusy}
          />
        )}
        <button
          type="button"
          className="button button--secondary staff-signin__cancel"
          onClick={onCancel}
        >
          {t('staff.signIn.cancel')}
        </button>
      </section>
    </main>
  );
}
