/**
 * The sections about visits as such: the figures at a glance, visits by hour and by day, language
 * and self-service against assisted, and what came of assisted visits.
 */
import { useTranslation } from 'react-i18next';
import { assistedOutcomes } from '../../../core/visit/types';
import { BarList, ColumnChart, ShareBar } from './charts';
import { Figures, ReportSection, type SectionProps } from './ReportSection';
import { durationText, longDayLabel, shortDayLabel, visitCount } from './reportText';
import { busiestIndex, hourLabel, isOfficeHour, numberFormatFor } from './reportView';

export function SummarySection({ report, lang }: SectionProps) {
  const { t } = useTranslation();
  const numbers = numberFormatFor(lang);
  const { totals } = report;
  return (
    <ReportSection title={t('report.summary.title')}>
      <Figures
        items={[
          { key: 'visits', label: t('report.summary.visits'), value: numbers.count(totals.visits) },
          {
            key: 'self',
            label: t('report.summary.selfService'),
            value: numbers.count(totals.selfService),
          },
          {
            key: 'assisted',
            label: t('report.summary.assisted'),
            value: numbers.count(totals.assisted),
          },
          {
            key: 'length',
            label: t('report.summary.medianLength'),
            value: durationText(t, numbers, totals.medianVisitSeconds, totals.visits > 0),
          },
          {
            key: 'idle',
            label: t('report.summary.endedByIdle'),
            value: t('report.summary.endedByIdleValue', {
              share: numbers.percent(totals.endedByIdle.share),
              count: numbers.count(totals.endedByIdle.count),
            }),
          },
          {
            key: 'tickets',
            label: t('report.summary.tickets'),
            value: numbers.count(report.tickets.count),
          },
        ]}
      />
    </ReportSection>
  );
}

export function ByHourSection({ report, lang, closingTime }: SectionProps) {
  const { t } = useTranslation();
  const numbers = numberFormatFor(lang);
  const busiest = busiestIndex(report.byHour);
  const columns = report.byHour.map((visits, hour) => ({
    key: String(hour),
    name: t('report.byHour.hourRange', { from: hourLabel(hour), to: hourLabel(hour + 1) }),
    // Every other hour: two digits fit under each bar at 24 px, five do not.
    axisLabel: hour % 2 === 0 ? hourLabel(hour).slice(0, 2) : undefined,
    value: visits,
    isMuted: !isOfficeHour(hour, closingTime),
  }));
  return (
    <ReportSection title={t('report.byHour.title')}>
      <ColumnChart
        columns={columns}
        headers={[t('report.byHour.hourColumn'), t('report.byHour.visitsColumn')]}
        format={numbers.count}
        caption={
          <>
            {busiest !== undefined && (
              <span className="column-chart__line">
                {t('report.byHour.busiest', {
                  hour: columns[busiest]?.name,
                  visits: visitCount(t, numbers, report.byHour[busiest] ?? 0),
                })}
              </span>
            )}
            <span className="column-chart__line">
              {t('report.byHour.outsideHours', { closing: closingTime })}
            </span>
          </>
        }
      />
    </ReportSection>
  );
}

/** Visits by day, for a period of more than one day. */
export function ByDaySection({ report, lang }: SectionProps) {
  const { t } = useTranslation();
  const numbers = numberFormatFor(lang);
  const days = report.byDay;
  const busiest = busiestIndex(days.map((day) => day.visits));
  const busiestDay = busiest === undefined ? undefined : days[busiest];
  // A week names every day; a month one day a week, counted back from the last.
  const labelEvery = days.length <= 7 ? 1 : 7;
  const columns = days.map(({ day, visits }, index) => ({
    key: day,
    name: longDayLabel(day, lang),
    axisLabel: (days.length - 1 - index) % labelEvery === 0 ? shortDayLabel(day, lang) : undefined,
    value: visits,
  }));
  return (
    <ReportSection title={t('report.byDay.title')}>
      <ColumnChart
        columns={columns}
        headers={[t('report.byDay.dayColumn'), t('report.byDay.visitsColumn')]}
        format={numbers.count}
        caption={
          busiestDay && (
            <span className="column-chart__line">
              {t('report.byDay.busiest', {
                day: longDayLabel(busiestDay.day, lang),
                visits: visitCount(t, numbers, busiestDay.visits),
                average: numbers.count(
                  Math.round((report.totals.visits / Math.max(1, days.length)) * 10) / 10,
                ),
              })}
            </span>
          )
        }
      />
    </ReportSection>
  );
}

export function PeopleSection({ report, lang }: SectionProps) {
  const { t } = useTranslation();
  const numbers = numberFormatFor(lang);
  return (
    <ReportSection title={t('report.people.title')}>
      <div className="report__pair">
        <ShareBar
          label={t('report.people.language')}
          format={numbers.count}
          percent={numbers.percent}
          parts={(['ar', 'en'] as const).map((language) => ({
            key: language,
            label: t(`report.people.languages.${language}`),
            value: report.byLanguage[language],
          }))}
        />
        <ShareBar
          label={t('report.people.mode')}
          format={numbers.count}
          percent={numbers.percent}
          parts={(['self', 'assisted'] as const).map((mode) => ({
            key: mode,
            label: t(`report.people.modes.${mode}`),
            value: report.byMode[mode],
          }))}
        />
      </div>
    </ReportSection>
  );
}

export function OutcomesSection({ report, lang }: SectionProps) {
  const { t } = useTranslation();
  const numbers = numberFormatFor(lang);
  const rows = assistedOutcomes.map((outcome) => ({
    key: outcome,
    label: t(`report.outcomes.names.${outcome}`),
    value: report.outcomes[outcome],
  }));
  const isEmpty = rows.every((row) => row.value === 0);
  return (
    <ReportSection
      title={t('report.outcomes.title')}
      emptyText={isEmpty ? t('report.outcomes.empty') : undefined}
    >
      <BarList rows={rows} format={numbers.count} />
    </ReportSection>
  );
}
