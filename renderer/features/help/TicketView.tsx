/**
 * The ticket on screen: the number in very large digits, when it was taken, what to do now, Print
 * my ticket, and, for someone who cannot wait, "Ask to be called back instead" (or that they
 * already did).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketRecord } from '../../../core/help/types';
import { ScreenLayout } from '../../app/ScreenLayout';
import { Icon } from '../../ui/Icon';
import { useKiosk } from '../../visit/context';
import type { HelpFrom } from './helpDesk';
import { PrintableTicket } from './PrintableTicket';
import { formatTicketTime } from './ticketTime';
import { usePrintTicket, type TicketPrintStatus } from './usePrintTicket';

export type TicketViewProps = {
  readonly ticket: TicketRecord;
  readonly from: HelpFrom;
};

export function TicketView({ ticket, from }: TicketViewProps) {
  const { t } = useTranslation();
  const { lang, navigate } = useKiosk();
  const { status, print } = usePrintTicket(ticket);
  return (
    <ScreenLayout
      key="ticket"
      title={t('help.ticket.title')}
      read={[t('listen.ticketNumber', { number: ticket.number }), t('help.ticket.wait')]}
    >
      <div className="ticket-layout">
        <div className="ticket">
          <p className="ticket__number" aria-describedby="ticket-time">
            <bdi>{ticket.number}</bdi>
          </p>
          <p id="ticket-time" className="ticket__time">
            <Icon name="clock" />
            {/* One isolate for the whole time: split into its numbers, «12:37» would read «37:12». */}
            <span>
              {t('help.ticket.takenAt')} <bdi>{formatTicketTime(ticket.createdAt, lang)}</bdi>
            </span>
          </p>
        </div>
        <div className="ticket-layout__side">
          <p className="ticket__wait">{t('help.ticket.wait')}</p>
          <button
            type="button"
            className="button button--secondary help-print"
            disabled={status.kind === 'printing'}
            onClick={() => void print()}
          >
            <Icon name="printer" />
            {t('help.ticket.print')}
          </button>
          <PrintStatusLine status={status} />
          {ticket.hasCallback ? (
            <p className="notice notice--info notice--calm help-note">
              <Icon name="phone" />
              <span>{t('help.ticket.callbackAsked')}</span>
            </p>
          ) : (
            <section
              className="help-section help-callback-offer"
              aria-labelledby="help-cannot-wait"
            >
              <h2 id="help-cannot-wait" className="section-title">
                {t('help.ticket.cannotWait')}
              </h2>
              <p>{t('help.ticket.callbackOffer')}</p>
              <button
                type="button"
                className="button button--secondary help-callback-offer__button"
                onClick={() => navigate({ name: 'help-ticket', from, view: 'callback' })}
              >
                <Icon name="phone" />
                {t('help.ticket.callbackButton')}
              </button>
            </section>
          )}
        </div>
      </div>
      <PrintableTicket ticket={ticket} />
    </ScreenLayout>
  );
}

/** What printing said, brought into view (the button may sit near the screen's lower edge). */
function PrintStatusLine({ status }: { readonly status: TicketPrintStatus }) {
  const { t } = useTranslation();
  const area = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (status.kind === 'idle' || status.kind === 'printing') return;
    area.current?.scrollIntoView({ block: 'nearest' });
  }, [status]);
  const message = printMessage(status, t);
  return (
    <div role="status" className="help-print__status" ref={area}>
      {message !== undefined && (
        <p
          className={`notice ${status.kind === 'failed' ? 'notice--warning' : 'notice--info notice--calm'}`}
        >
          <Icon name={status.kind === 'failed' ? 'alert' : 'printer'} />
          <span>{message}</span>
        </p>
      )}
    </div>
  );
}

function printMessage(status: TicketPrintStatus, t: (key: string) => string): string | undefined {
  switch (status.kind) {
    case 'idle':
    case 'printing':
      return undefined;
    case 'printed':
      return t('help.ticket.printed');
    case 'saved':
      return t('help.ticket.savedForStaff');
    case 'visit-limit':
      return t('help.ticket.printLimit');
    case 'too-soon':
      return t('help.ticket.printTooSoon');
    case 'failed':
      return `${t(`errors.${status.code}`)} ${t('help.ticket.printFailed')}`;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
