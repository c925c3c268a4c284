/**
 * The sections about what visitors did and needed: help tickets, how far they got in the
 * registration guide, eligibility results, the topics and answers they opened, whether answers
 * helped, and the searches that found nothing (the office's list of missing answers).
 */
import { useTranslation } from 'react-i18next';
import { eligibilityBands } from '../../../core/eligibility/rules';
import { feedbackReasons } from '../../../core/visit/types';
import { BarList } from './charts';
import { Figures, ReportSection, type SectionProps } from './ReportSection';
import { durationText } from './reportText';
import { answerRows, entryTitle, funnelRows, numberFormatFor, topicRows } from './reportView';

export function TicketsSection({ report, lang }: SectionProps) {
  const { t } = useTranslation();
  const numbers = numberFormatFor(lang);
  const { tickets } = report;
  const hasWaits = tickets.served > 0;
  const counts = ['count', 'served', 'noShow', 'calledBack', 'waiting', 'withCallback'] as const;
  return (
    <ReportSection
      title={t('report.tickets.title')}
      emptyText={tickets.count === 0 ? t('report.tickets.empty') : undefined}
    >
      <Figures
        items={[
          ...counts.map((key) => ({
            key,
            label: t(`report.tickets.${key}`),
            value: numbers.count(tickets[key]),
          })),
          {
            key: 'median',
            label: t('report.tickets.medianWait'),
            value: durationText(t, numbers, tickets.medianWaitSeconds, hasWaits),
          },
          {
            key: 'p90',
            label: t('report.tickets.p90Wait'),
            value: durationText(t, numbers, tickets.p90WaitSeconds, hasWaits),
          },
        ]}
      />
    </ReportSection>
  );
}

export function GuideSection({ report, content, lang }: SectionProps) {
  const { t } = useTranslation();
  const rows = funnelRows(report, content, lang, {
    started: t('report.guide.started'),
    step: (number, title) => t('report.guide.step', { number, title }),
    checklist: t('report.guide.checklist'),
  });
  return (
    <ReportSection
      title={t('report.guide.title')}
      emptyText={report.guideFunnel.started === 0 ? t('report.guide.empty') : undefined}
    >
      <BarList rows={rows} format={numberFormatFor(lang).count} />
    </ReportSection>
  );
}

export function EligibilitySection({ report, lang }: SectionProps) {
  const { t } = useTranslation();
  const rows = eligibilityBands.map((band) => ({
    key: band,
    label: t(`report.eligibility.bands.${band}`),
    value: report.eligibilityBands[band],
  }));
  return (
    <ReportSection
      title={t('report.eligibility.title')}
      emptyText={rows.every((row) => row.value === 0) ? t('report.eligibility.empty') : undefined}
    >
      <BarList rows={rows} format={numberFormatFor(lang).count} />
    </ReportSection>
  );
}

export function TopicsSection({ report, content, lang }: SectionProps) {
  const { t } = useTranslation();
  const rows = topicRows(report, content, lang);
  return (
    <ReportSection
      title={t('report.topics.title')}
      emptyText={rows.length === 0 ? t('report.topics.empty') : undefined}
    >
      <BarList rows={rows} format={numberFormatFor(lang).count} />
    </ReportSection>
  );
}

export function AnswersSection({ report, content, lang }: SectionProps) {
  const { t } = useTranslation();
  const rows = answerRows(report, content, lang, (id) => t('report.answers.unknown', { id }));
  return (
    <ReportSection
      title={t('report.answers.title')}
      emptyText={rows.length === 0 ? t('report.answers.empty') : undefined}
    >
      <BarList rows={rows} format={numberFormatFor(lang).count} />
    </ReportSection>
  );
}

export function HelpfulnessSection({ report, content, lang }: SectionProps) {
  const { t } = useTranslation();
  const numbers = numberFormatFor(lang);
  return (
    <ReportSection
      title={t('report.helpfulness.title')}
      emptyText={report.helpfulness.length === 0 ? t('report.helpfulness.empty') : undefined}
    >
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('report.helpfulness.answer')}</th>
            <th scope="col">{t('report.helpfulness.helpful')}</th>
            <th scope="col">{t('report.helpfulness.notHelpful')}</th>
            <th scope="col">{t('report.helpfulness.reasons')}</th>
          </tr>
        </thead>
        <tbody>
          {report.helpfulness.map((row) => (
            <tr key={row.entryId}>
              <th scope="row">
                {entryTitle(content, row.entryId, lang) ??
                  t('report.answers.unknown', { id: row.entryId })}
              </th>
              <td className="report-table__number">
                <bdi>{numbers.count(row.helpful)}</bdi>
              </td>
              <td className="report-table__number">
                <bdi>{numbers.count(row.notHelpful)}</bdi>
              </td>
              <td>
                <ul className="report-table__reasons">
                  {feedbackReasons
                    .filter((reason) => row.reasons[reason] > 0)
                    .map((reason) => (
                      <li key={reason}>
                        {t('report.helpfulness.reasonCount', {
                          reason: t(`faq.feedback.reasons.${reason}`),
                          count: numbers.count(row.reasons[reason]),
                        })}
                      </li>
                    ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}

export function MissingAnswersSection({ report, lang }: SectionProps) {
  const { t } = useTranslation();
  const numbers = numberFormatFor(lang);
  const rows = report.missingAnswers;
  return (
    <ReportSection
      title={t('report.missing.title')}
      emptyText={rows.length === 0 ? t('report.missing.empty') : undefined}
    >
      <p className="report__intro">{t('report.missing.intro')}</p>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('report.missing.text')}</th>
            <th scope="col">{t('report.missing.language')}</th>
            <th scope="col">{t('report.missing.count')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.lang} ${row.text}`}>
              <th scope="row">
                {/* The search in its own language and direction, placed as the table's. */}
                <bdi lang={row.lang} dir={row.lang === 'ar' ? 'rtl' : 'ltr'}>
                  {row.text}
                </bdi>
              </th>
              <td>{t(`report.people.languages.${row.lang}`)}</td>
              <td className="report-table__number">
                <bdi>{numbers.count(row.count)}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}
