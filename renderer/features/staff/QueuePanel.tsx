/**
 * The waiting list: tickets in the order they were taken, each with how long it has waited and
 * one tap to mark it served, not come, or called back. Policy: a callback's name and number are
 * shown only when the staff member asks, and each showing is written to the audit log (by the
 * help desk, renderer/db/helpRepository.ts).
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallbackDetails, HelpTicket } from '../../../core/help/types';
import type { StaffAccount } from '../../../core/staff/types';
import { IsolatedNumbers } from '../../ui/IsolatedNumbers';
import type { StaffServices } from './services';
import { usePolling } from './usePolling';

export type QueuePanelProps = {
  readonly services: StaffServices;
  readonly account: StaffAccount;
  /** Epoch milliseconds; injected so tests control the waiting times. */
  readonly now?: () => number;
};

type Closing = 'served' | 'no-show' | 'called-back';

function TicketRow({
  ticket,
  services,
  account,
  now,
  onClosed,
}: {
  readonly ticket: HelpTicket;
  readonly services: StaffServices;
  readonly account: StaffAccount;
  readonly now: number;
  readonly onClosed: () => void;
}) {
  const { t } = useTranslation();
  const [callback, setCallback] = useState<CallbackDetails | null | undefined>();
  const minutes = Math.max(0, Math.floor((now - ticket.createdAt) / 60_000));
  const close = async (status: Closing) => {
    await services.help.close(ticket.id, status, account.id);
    onClosed();
  };
  const reveal = async () => {
    // The help desk writes who read the details to the audit log.
    const details = await services.help.readCallback(ticket.id, account.id).catch(() => undefined);
    setCallback(details ?? null);
  };
  const headingId = `ticket-${ticket.id}`;
  return (
    <li className="queue-ticket" aria-labelledby={headingId}>
      <div className="queue-ticket__head">
        <h3 id={headingId} className="queue-ticket__number">
          <IsolatedNumbers text={t('staff.queue.ticket', { number: ticket.number })} />
        </h3>
        <p className="queue-ticket__wait">
          <IsolatedNumbers
            text={t('staff.queue.waitingFor', {
              duration: t('staff.today.minutes', { count: minutes }),
            })}
          />
        </p>
        <p className="queue-ticket__lang">
          {t('staff.queue.language', { language: t(`lang.${ticket.lang}`) })}
        </p>
      </div>
      {ticket.hasCallback && (
        <div className="queue-ticket__callback">
          <p>{t('staff.queue.callback')}</p>
          {callback === undefined && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void reveal()}
            >
              {t('staff.queue.showCallback')}
            </button>
          )}
          {callback === null && <p>{t('staff.queue.callbackGone')}</p>}
          {callback && (
            <p className="queue-ticket__details">
              <span>{callback.name}</span> <bdi dir="ltr">{callback.mobile}</bdi>{' '}
              <button
                type="button"
                className="button button--ghost"
                onClick={() => setCallback(undefined)}
              >
                {t('staff.queue.hideCallback')}
              </button>
            </p>
          )}
        </div>
      )}
      <div className="queue-ticket__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void close('served')}
        >
          {t('staff.queue.served')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void close('no-show')}
        >
          {t('staff.queue.noShow')}
        </button>
        {ticket.hasCallback && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void close('called-back')}
          >
            {t('staff.queue.calledBack')}
          </button>
        )}
      </div>
    </li>
  );
}

export function QueuePanel({ services, account, now = Date.now }: QueuePanelProps) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const read = useCallback(
    () => services.help.listWaiting().then((tickets) => ({ tickets, at: now(), version })),
    [services, now, version],
  );
  const waiting = usePolling(read, 15_000);
  return (
    <section className="staff-panel" aria-labelledby="staff-panel-title">
      <h2 id="staff-panel-title" className="staff-panel__title" tabIndex={-1}>
        {t('staff.queue.title')}
      </h2>
      {waiting !== undefined && waiting.tickets.length === 0 && (
        <p className="staff-panel__empty">{t('staff.queue.empty')}</p>
      )}
      {waiting !== undefined && waiting.tickets.length > 0 && (
        <ol className="queue-list">
          {waiting.tickets.map((ticket) => (
            <TicketRow
              key={ticket.id}
              ticket={ticket}
              services={services}
              account={account}
              now={waiting.at}
              onClosed={() => setVersion((count) => count + 1)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
