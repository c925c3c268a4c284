/**
 * "Ask a staff member": first what happens (a number, a staff member who calls it, or a call back
 * instead) and one action, Take a ticket; then the ticket itself. A visit takes one ticket:
 * asking again from another page shows the same number. Records `help-request` with the number
 * and where it was asked from, never anything personal.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toTicketRecord } from '../../../core/help/types';
import { ScreenLayout } from '../../app/ScreenLayout';
import { Icon } from '../../ui/Icon';
import { useKiosk } from '../../visit/context';
import { useScreenView } from '../../visit/useScreenView';
import { useHelpDesk, type HelpFrom, type VisitTicket } from './helpDesk';
import { TicketView } from './TicketView';
import './help.css';

export type HelpTicketScreenProps = { readonly from: HelpFrom };

export function HelpTicketScreen({ from }: HelpTicketScreenProps) {
  const desk = useHelpDesk();
  const { recorder } = useKiosk();
  useScreenView('help-ticket');
  const visitId = recorder.currentId();
  const [taken, setTaken] = useState<VisitTicket | undefined>(() =>
    visitId === undefined ? undefined : desk?.ticketOf(visitId),
  );
  return taken ? (
    <TicketView ticket={taken.ticket} from={taken.from} />
  ) : (
    <HelpIntro from={from} onTaken={setTaken} />
  );
}

type HelpIntroProps = {
  readonly from: HelpFrom;
  readonly onTaken: (taken: VisitTicket) => void;
};

/** What happens, and Take a ticket. */
function HelpIntro({ from, onTaken }: HelpIntroProps) {
  const { t } = useTranslation();
  const { lang, recorder } = useKiosk();
  const desk = useHelpDesk();
  const [state, setState] = useState<'ready' | 'taking' | 'failed'>('ready');

  const take = async () => {
    const visitId = recorder.currentId();
    if (!desk) {
      setState('failed');
      return;
    }
    setState('taking');
    try {
      const ticket = await desk.repository.takeTicket({
        lang,
        retentionDays: desk.retentionDays,
        ...(visitId === undefined ? {} : { sessionId: visitId }),
      });
      if (visitId !== undefined) desk.remember(visitId, ticket, from);
      // Replaced, not added to, if a callback is asked for later in the visit.
      recorder.recordLatest('help-request', 'help-request', {
        ticketNumber: ticket.number,
        hasCallback: false,
        from,
      });
      onTaken({ ticket: toTicketRecord(ticket), from });
    } catch (error) {
      // A full or broken disk: the staff member at the corner helps without a number.
      console.warn('ticket not taken', error instanceof Error ? error.name : 'unknown');
      setState('failed');
    }
  };

  return (
    <ScreenLayout key="intro" title={t('help.intro.title')} intro={t('help.intro.lead')}>
      <section className="help-section" aria-labelledby="help-what-happens">
        <h2 id="help-what-happens" className="section-title">
          {t('help.intro.whatHappens')}
        </h2>
        <ol className="steps">
          <li>{t('help.intro.step1')}</li>
          <li>{t('help.intro.step2')}</li>
          <li>{t('help.intro.step3')}</li>
        </ol>
      </section>
      <p className="notice notice--info notice--calm help-note">
        <Icon name="shield" />
        <span>{t('help.intro.noName')}</span>
      </p>
      {state === 'failed' ? (
        <p className="notice notice--warning" role="alert">
          <Icon name="alert" />
          <span>{t('help.intro.failed')}</span>
        </p>
      ) : (
        <button
          type="button"
          className="button button--primary button--huge help-take"
          disabled={state === 'taking'}
          onClick={() => void take()}
        >
          {state === 'taking' ? t('help.intro.taking') : t('help.intro.take')}
        </button>
      )}
    </ScreenLayout>
  );
}
