/**
 * The first page of a callback request: what is kept and for how long, the consent, and only then
 * the name, typed on the on-screen keyboard.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  callbackNameLimits,
  checkCallbackName,
  type CallbackNameProblem,
} from '../../../core/help/callbackName';
import { ScreenLayout } from '../../app/ScreenLayout';
import { Icon } from '../../ui/Icon';
import { IsolatedNumbers } from '../../ui/IsolatedNumbers';
import { OnScreenKeyboard } from '../../ui/OnScreenKeyboard';
import { applyKey, type KeyboardLayoutId } from '../../ui/keyboardLayouts';
import { useKiosk } from '../../visit/context';
import { keyboardLabels } from '../../i18n/keyboardLabels';
import { HelpError } from './HelpError';

export type CallbackNameStepProps = {
  readonly retentionDays: number;
  readonly hasConsent: boolean;
  readonly onConsent: (agreed: boolean) => void;
  readonly name: string;
  readonly onName: (name: string) => void;
  /** Called with the name as it will be stored (trimmed, single spaces). */
  readonly onContinue: (name: string) => void;
};

/** At most this many characters are taken from the keyboard or a paste. */
const fieldLimit = callbackNameLimits.max;

function capped(text: string): string {
  return [...text].slice(0, fieldLimit).join('');
}

export function CallbackNameStep({
  retentionDays,
  hasConsent,
  onConsent,
  name,
  onName,
  onContinue,
}: CallbackNameStepProps) {
  const { t } = useTranslation();
  const { lang } = useKiosk();
  const [layout, setLayout] = useState<KeyboardLayoutId>(lang);
  const [error, setError] = useState<{ problem: CallbackNameProblem; attempt: number } | null>(
    null,
  );
  const field = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);

  // Agreeing shows the field and its keyboard, brought into view together; typing goes to the
  // field at once, from the on-screen keys or a keyboard.
  useEffect(() => {
    if (!hasConsent) return;
    field.current?.focus({ preventScroll: true });
    const isReduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    form.current?.scrollIntoView({ block: 'start', behavior: isReduced ? 'auto' : 'smooth' });
  }, [hasConsent]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkCallbackName(name);
    if (checked.ok) {
      onContinue(checked.value);
      return;
    }
    setError((current) => ({ problem: checked.error.code, attempt: (current?.attempt ?? 0) + 1 }));
  };

  return (
    <ScreenLayout key="name" title={t('help.callback.title')} intro={t('help.callback.lead')}>
      <section className="notice notice--info help-kept" aria-labelledby="help-kept-title">
        <Icon name="shield" />
        <div>
          <h2 id="help-kept-title" className="notice__title">
            {t('help.callback.keptTitle')}
          </h2>
          <p>{t('help.callback.kept')}</p>
          <p>
            <IsolatedNumbers text={t('help.callback.deletedAfter', { count: retentionDays })} />
          </p>
        </div>
      </section>
      <label className="help-consent">
        <input
          type="checkbox"
          checked={hasConsent}
          onChange={(event) => onConsent(event.target.checked)}
        />
        <span>{t('help.callback.consent')}</span>
      </label>
      {hasConsent && (
        <form ref={form} className="help-form help-form--name" onSubmit={submit} noValidate>
          <div className="help-form__field">
            {error && (
              <HelpError
                id="callback-name-error"
                title={t('help.callback.errorTitle')}
                message={t(`help.callback.nameErrors.${error.problem}`)}
                attempt={error.attempt}
              />
            )}
            <label htmlFor="callback-name" className="help-form__label">
              {t('help.callback.nameLabel')}
            </label>
            <p id="callback-name-hint" className="help-form__hint">
              {t('help.callback.nameHint')}
            </p>
            <input
              ref={field}
              id="callback-name"
              data-speech="private"
              className={`help-form__input${error ? ' help-form__input--error' : ''}`}
              type="text"
              inputMode="none"
              autoComplete="off"
              spellCheck={false}
              dir="auto"
              maxLength={fieldLimit}
              value={name}
              aria-describedby={`callback-name-hint${error ? ' callback-name-error' : ''}`}
              aria-invalid={error ? true : undefined}
              onChange={(event) => onName(capped(event.target.value))}
            />
            <button type="submit" className="button button--primary button--huge">
              {t('help.callback.continue')}
              <Icon name="forward" isDirectional />
            </button>
          </div>
          <div className="help-form__keys">
            <OnScreenKeyboard
              fieldId="callback-name"
              layout={layout}
              onLayoutChange={setLayout}
              onKey={(key) => onName(capped(applyKey(name, key)))}
              labels={keyboardLabels(t)}
            />
          </div>
        </form>
      )}
    </ScreenLayout>
  );
}
