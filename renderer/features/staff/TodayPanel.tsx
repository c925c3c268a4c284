/** Today's figures as they happen: visits, who was helped, the waiting list and its waits. */
import { useTranslation } from 'react-i18next';
import { IsolatedNumbers } from '../../ui/IsolatedNumbers';
import type { StaffServices } from './services';
import { usePolling } from './usePolling';

export type TodayPanelProps = { readonly services: StaffServices };

function Figure({ label, value }: { readonly label: string; readonly value: string }) {
  // A figure with words in it ("5 minutes") is set smaller than a bare count, so it fits a card.
  const isCount = /^\d+$/.test(value);
  return (
    <div className="staff-figure">
      <dt className="staff-figure__label">{label}</dt>
      <dd className={`staff-figure__value${isCount ? '' : ' staff-figure__value--words'}`}>
        <IsolatedNumbers text={value} />
      </dd>
    </div>
  );
}

export function TodayPanel({ services }: TodayPanelProps) {
  const { t } = useTranslation();
  const report = usePolling(services.today, 5000);
  const minutes = (seconds: number) =>
    t('staff.today.minutes', { count: Math.round(seconds / 60) });
  return (
    <section className="staff-panel" aria-labelledby="staff-panel-title">
      <h2 id="staff-panel-title" className="staff-panel__title" tabIndex={-1}>
        {t('staff.today.title')}
      </h2>
      {report !== undefined && (
        <dl className="staff-figures">
          <Figure label={t('staff.today.visits')} value={String(report.totals.visits)} />
          <Figure label={t('staff.today.selfService')} value={String(report.totals.selfService)} />
          <Figure label={t('staff.today.assisted')} value={String(report.totals.assisted)} />
          <Figure label={t('staff.today.waiting')} value={String(report.tickets.waiting)} />
          <Figure label={t('staff.today.tickets')} value={String(report.tickets.count)} />
          <Figure
            label={t('staff.today.medianWait')}
            value={minutes(report.tickets.medianWaitSeconds)}
          />
          <Figure label={t('staff.today.noShows')} value={String(report.tickets.noShow)} />
          <Figure
            label={t('staff.today.noResults')}
            value={String(report.missingAnswers.reduce((sum, row) => sum + row.count, 0))}
          />
        </dl>
      )}
      <p className="staff-panel__note">{t('staff.today.updated')}</p>
    </section>
  );
}
