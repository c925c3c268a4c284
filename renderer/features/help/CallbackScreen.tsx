/**
 * "Ask to be called back instead", for a citizen who holds a ticket and cannot wait. Policy:
 * nothing is asked before consent: the page first says what is kept, by whom, for how long, and
 * the name field appears only once the citizen has agreed (withdrawing consent clears what was
 * typed). The name is typed on the on-screen keyboard, the mobile number on the keypad; both are
 * checked with a plain message, sealed by the repository and never recorded, logged or kept on
 * screen: once sent, the confirmation names neither, and the screen forgets both.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../app/ScreenLayout';
import { Icon } from '../../ui/Icon';
import { IsolatedNumbers } from '../../ui/IsolatedNumbers';
import { useKiosk } from '../../visit/context';
import { useScreenView } from '../../visit/useScreenView';
import { CallbackMobileStep } from './CallbackMobileStep';
import { CallbackNameStep } from './CallbackNameStep';
import { useHelpDesk, type HelpFrom } from './helpDesk';
import './help.css';

export type CallbackScreenProps = {
  /** Where the help screen was opened from (the ticket keeps where it was first asked for). */
  readonly from: HelpFrom;
};

type Step = 'name' | 'mobile' | 'done';

export function CallbackScreen(_props: CallbackScreenProps) {
  const { t } = useTranslation();
  const { recorder } = useKiosk();
  useScreenView('help-ticket', { ref: 'callback' });
  const desk = useHelpDesk();
  const visitId = recorder.currentId();
  const taken = visitId === undefined ? undefined : desk?.ticketOf(visitId);
  const [step, setStep] = useState<Step>('name');
  const [hasConsent, setHasConsent] = useState(false);
  const [name, setName] = useState('');

  if (!desk || !taken || visitId === undefined) {
    // Only reachable from a ticket; without one, the staff member at the corner helps.
    return (
      <ScreenLayout title={t('help.callback.title')}>
        <p className="notice notice--warning" role="alert">
          <Icon name="alert" />
          <span>{t('help.callback.saveFailed')}</span>
        </p>
      </ScreenLayout>
    );
  }

  const send = async (mobile: string): Promise<boolean> => {
    const result = await desk.repository
      .addCallback(taken.ticket.id, { name, mobile }, desk.retentionDays)
      .catch((error: unknown) => {
        console.warn('callback not saved', error instanceof Error ? error.name : 'unknown');
        return undefined;
      });
    if (!result?.ok) return false;
    desk.remember(visitId, result.value, taken.from);
    recorder.recordLatest('help-request', 'help-request', {
      ticketNumber: result.value.number,
      hasCallback: true,
      from: taken.from,
    });
    setName('');
    setHasConsent(false);
    setStep('done');
    return true;
  };

  switch (step) {
    case 'name':
      return (
        <CallbackNameStep
          retentionDays={desk.retentionDays}
          hasConsent={hasConsent}
          onConsent={(agreed) => {
            setHasConsent(agreed);
            if (!agreed) setName('');
          }}
          name={name}
          onName={setName}
          onContinue={(checked) => {
            setName(checked);
            setStep('mobile');
          }}
        />
      );
    case 'mobile':
      return <CallbackMobileStep name={name} onChangeName={() => setStep('name')} onSend={send} />;
    case 'done':
      return <CallbackDone retentionDays={desk.retentionDays} ticketNumber={taken.ticket.number} />;
    default: {
      const unreachable: never = step;
      return unreachable;
    }
  }
}

type CallbackDoneProps = {
  readonly retentionDays: number;
  readonly ticketNumber: number;
};

/** The request is saved: who calls, how long the details are kept, and the way home. */
function CallbackDone({ retentionDays, ticketNumber }: CallbackDoneProps) {
  const { t } = useTranslation();
  const { goHome } = useKiosk();
  return (
    <ScreenLayout key="done" title={t('help.callback.doneTitle')}>
      <div className="notice notice--info notice--calm help-done">
        <Icon name="checkCircle" />
        <div>
          <p>{t('help.callback.doneBody')}</p>
          <p>
            <IsolatedNumbers text={t('help.callback.doneDeleted', { count: retentionDays })} />
          </p>
        </div>
      </div>
      <p>
        <IsolatedNumbers text={t('help.callback.doneTicket', { number: ticketNumber })} />
      </p>
      <button type="button" className="button button--primary button--huge" onClick={goHome}>
        <Icon name="home" />
        {t('help.callback.home')}
      </button>
    </ScreenLayout>
  );
}
