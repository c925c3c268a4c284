/**
 * The report itself, below its heading: every section in the order the office reads it (how many
 * came and when, to staff the corner; then what they needed, to fix the answers), or one plain
 * sentence when nobody came. Pure: drawn from the report, the content and the language alone.
 */
import { useTranslation } from 'react-i18next';
import {
  AnswersSection,
  EligibilitySection,
  GuideSection,
  HelpfulnessSection,
  MissingAnswersSection,
  TicketsSection,
  TopicsSection,
} from './ContentSections';
import type { SectionProps } from './ReportSection';
import { isEmptyReport } from './reportView';
import {
  ByDaySection,
  ByHourSection,
  OutcomesSection,
  PeopleSection,
  SummarySection,
} from './VisitSections';

export function ReportBody(props: SectionProps) {
  const { t } = useTranslation();
  const { report } = props;
  if (isEmptyReport(report)) {
    return (
      <p className="report__empty">
        {t(report.period.days === 1 ? 'report.empty.day' : 'report.empty.range')}
      </p>
    );
  }
  return (
    <div className="report__sections">
      <SummarySection {...props} />
      <ByHourSection {...props} />
      {report.period.days > 1 && <ByDaySection {...props} />}
      <TicketsSection {...props} />
      <PeopleSection {...props} />
      <OutcomesSection {...props} />
      <MissingAnswersSection {...props} />
      <HelpfulnessSection {...props} />
      <TopicsSection {...props} />
      <AnswersSection {...props} />
      <GuideSection {...props} />
      <EligibilitySection {...props} />
    </div>
  );
}
