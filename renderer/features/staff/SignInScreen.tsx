/**
 * Staff sign-in: on first run, the administrator's account is created here; afterwards a staff
 * member chooses their name and types their PIN on the large keypad. Lockout and the PIN hash are
 * the directory's business (renderer/db/staffRepository.ts); this screen only says what happened.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAccount } from '../../../core/staff/types';
import { normalizeDigits } from '../../ui/NumericKeypad';
import { PinEntry } from './PinEntry';
import { FirstRunSetup } from './FirstRunSetup';
import type { SignInError, StaffDirectory } from './services';

export type SignInScreenProps = {
  readonly directory: StaffDirectory;
  readonly onSignedIn: (account: StaffAccount) => void;
  readonly onCancel: () => void;
};

type Step =
  | { readonly name: 'loading' }
  | { readonly name: 'setup' }
  | { readonly name: 'choose'; readonly accounts: readonly StaffAccount[] }
  | { readonly name: 'pin'; readonly account: StaffAccount };

function useLockTime(lang: string) {
  return (until: number) =>
    new Intl.DateTimeFormat(lang === 'ar' ? 'ar-SA-u-nu-latn' : 'en-GB', {
      hour: 'numeric',
      minute: '2-digit',
      second: '2-digit',
    }).format(until);
}

export function SignInScreen({ directory, onSignedIn, onCancel }: SignInScreenProps) {
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState<Step>({ name: 'loading' });
  const [pin, setPin] = useState('');
  const [error, setError] = useState<SignInError | 'failed' | undefined>();
  const [isBusy, setIsBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const lockTime = useLockTime(i18n.language);

  useEffect(() => {
    let isCurrent = true;
    void (async () => {
      const hasAdmin = await directory.hasAdmin();
      const accounts = hasAdmin ? await directory.list() : [];
      if (!isCurrent) return;
      const usable = accounts.filter((account) => !account.isDisabled);
      setStep(hasAdmin ? { name: 'choose', accounts: usable } : { name: 'setup' });
    })().catch(() => isCurrent && setError('failed'));
    return () => {
      isCurrent = false;
    };
  }, [directory]);

  useEffect(() => {
    heading.current?.focus();
  }, [step.name]);

  if (step.name === 'setup') {
    return <FirstRunSetup directory={directory} onCreated={onSignedIn} onCancel={onCancel} />;
  }

  const submit = async () => {
    if (step.name !== 'pin') return;
    setIsBusy(true);
    try {
      const result = await directory.signIn(step.account.id, normalizeDigits(pin));
      setPin('');
      if (result.ok) onSignedIn(result.value);
      else setError(result.error);
    } catch {
      setError('failed');
    } finally {
      setIsBusy(false);
    }
  };

  const errorText = (() => {
    if (error === undefined) return undefined;
    if (error === 'failed') return t('staff.signIn.failed');
    switch (error.code) {
      case 'wrong-pin':
        return t('staff.signIn.wrongPin', { count: error.attemptsLeft });
      case 'locked':
        return t('staff.signIn.locked', { time: lockTime(error.lockedUntil) });
      case 'disabled':
        return t('staff.signIn.disabled');
      case 'unknown':
        return t('staff.signIn.unknown');
      default: {
        const unreachable: never = error;
        return unreachable;
      }
    }
  })();

  return (
    <main className="staff-page staff-signin">
      <section className="staff-signin__panel" aria-labelledby="staff-signin-title">
        <h1 id="staff-signin-title" className="staff-page__title" tabIndex={-1} ref={heading}>
          {step.name === 'pin'
            ? t('staff.signIn.enterPin', { name: step.account.displayName })
            : t('staff.signIn.title')}
        </h1>
        {step.name !== 'pin' && <p className="staff-page__intro">{t('staff.signIn.intro')}</p>}
        {errorText !== undefined && (
          <p className="notice notice--warning staff-signin__error" role="alert">
            {errorText}
          </p>
        )}
        {step.name === 'choose' && (
          <>
            <h2 className="section-title">{t('staff.signIn.chooseAccount')}</h2>
            {step.accounts.length === 0 ? (
              <p>{t('staff.signIn.noAccounts')}</p>
            ) : (
              <ul className="staff-signin__accounts">
                {step.accounts.map((account) => (
                  <li key={account.id}>
                    <button
                      type="button"
                      className="button button--secondary staff-signin__account"
                      onClick={() => {
                        setError(undefined);
                        setPin('');
                        setStep({ name: 'pin', account });
                      }}
                    >
                      {account.displayName}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        {step.name === 'pin' && (
          <>
            <PinEntry
              labelledBy="staff-signin-title"
              value={pin}
              onChange={setPin}
              onSubmit={() => void submit()}
              submitLabel={t('staff.signIn.submit')}
              isBusy={isBusy}
            />
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setError(undefined);
                setPin('');
                void directory.list().then((accounts) =>
                  setStep({
                    name: 'choose',
                    accounts: accounts.filter((account) => !account.isDisabled),
                  }),
                );
              }}
            >
              {t('staff.signIn.otherAccount')}
            </button>
          </>
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
