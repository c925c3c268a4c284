/**
 * The paper ticket: the office, the number in very large digits, when it was taken (both
 * calendars) and what to do now. Policy: only the number and the time are printed, never a
 * callback's name or mobile number. Rendered outside the app's root and shown only in print
 * (help.css); while it exists, printing hides the rest of the app.
 */
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { TicketRecord } from '../../../core/help/types';
import { formatDualDate } from '../../i18n/dates';
import { IsolatedNumbers } from '../../ui/IsolatedNumbers';
import { useKiosk } from '../../visit/context';
import { formatTicketTime } from './ticketTime';

export function PrintableTicket({ ticket }: { readonly ticket: TicketRecord }) {
  const { t } = useTranslation();
  const { lang, office } = useKiosk();
  const date = formatDualDate(ticket.day, lang);
  return createPortal(
    <div className="ticket-sheet" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      <p className="ticket-sheet__office">
        {t('app.title')} · {office.name?.[lang] ?? t('app.office')}
      </p>
      <p className="ticket-sheet__label">{t('help.ticket.title')}</p>
      <p className="ticket-sheet__number">
        <bdi>{ticket.number}</bdi>
      </p>
      <p>
        <IsolatedNumbers text={`${date.hijri} (${date.gregorian})`} />
      </p>
      <p>
        {t('help.ticket.takenAt')} <bdi>{formatTicketTime(ticket.createdAt, lang)}</bdi>
      </p>
      <p className="ticket-sheet__wait">{t('help.ticket.wait')}</p>
    </div>,
    document.body,
  );
}
