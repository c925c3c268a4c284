/**
 * Which days the report covers: today, one day (stepped with previous and next, shown in the Hijri
 * and Gregorian calendars), or the last 7 or 30 days. Large toggle buttons, one pressed.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/content/schema';
import { addDays } from '../../../core/report/options';
import { formatDualDate } from '../../i18n/dates';
import { DualDate } from '../../ui/DualDate';
import { Icon } from '../../ui/Icon';
import { choiceOf, periodKinds, type PeriodChoice, type PeriodDays } from './reportView';

export function PeriodChooser({
  choice,
  period,
  today,
  lang,
  onChoose,
}: {
  readonly choice: PeriodChoice;
  readonly period: PeriodDays;
  /** Kiosk-local today: the last day that can be chosen. */
  readonly today: string;
  readonly lang: Language;
  readonly onChoose: (choice: PeriodChoice) => void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div className="report-period">
      <p id={labelId} className="report-period__label">
        {t('report.period.label')}
      </p>
      <div className="report-period__choices" role="group" aria-labelledby={labelId}>
        {periodKinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button button--secondary report-period__choice"
            aria-pressed={choice.kind === kind}
            onClick={() => {
              if (choice.kind !== kind) onChoose(choiceOf(kind, today));
            }}
          >
            {t(`report.period.${kind}`)}
          </button>
        ))}
      </div>
      {choice.kind === 'day' && (
        <div className="report-period__day">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onChoose({ kind: 'day', day: addDays(period.from, -1) })}
          >
            <Icon name="back" isDirectional />
            {t('report.period.previousDay')}
          </button>
          <p className="report-period__date" aria-live="polite">
            <DualDate date={formatDualDate(period.from, lang)} />
          </p>
          <button
            type="button"
            className="button button--secondary"
            disabled={period.from >= today}
            onClick={() => onChoose({ kind: 'day', day: addDays(period.from, 1) })}
          >
            {t('report.period.nextDay')}
            <Icon name="forward" isDirectional />
          </button>
        </div>
      )}
    </div>
  );
}

/** The period as the report's heading states it (and the printed page keeps). */
export function PeriodLine({
  period,
  lang,
}: {
  readonly period: PeriodDays;
  readonly lang: Language;
}) {
  const { t } = useTranslation();
  if (period.from === period.to) {
    return (
      <p className="report__period">
        <DualDate date={formatDualDate(period.from, lang)} />
      </p>
    );
  }
  return (
    <p className="report__period">
      <span>{t('report.period.from')} </span>
      <DualDate date={formatDualDate(period.from, lang)} />
      <span> {t('report.period.to')} </span>
      <DualDate date={formatDualDate(period.to, lang)} />
    </p>
  );
}
