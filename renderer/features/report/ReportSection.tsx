/** One section of the report: a heading that names it, and its chart or a plain "none" line. */
import { useId, type ReactNode } from 'react';
import type { ContentBundle, Language } from '../../../core/content/schema';
import type { VisitReport } from '../../../core/report/types';

/** What every section is drawn from. */
export type SectionProps = {
  readonly report: VisitReport;
  readonly content: ContentBundle;
  readonly lang: Language;
  /** The kiosk's closing time (`HH:MM`), for the hours the office is open. */
  readonly closingTime: string;
};

export function ReportSection({
  title,
  emptyText,
  children,
}: {
  readonly title: string;
  /** Shown instead of the chart when the section has nothing to show. */
  readonly emptyText?: string;
  readonly children?: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="report__section" aria-labelledby={headingId}>
      <h3 id={headingId} className="report__heading">
        {title}
      </h3>
      {emptyText === undefined ? children : <p className="report__none">{emptyText}</p>}
    </section>
  );
}

/** Figures as large numbers under their names: a description list, read as name then figure. */
export function Figures({
  items,
}: {
  readonly items: readonly {
    readonly key: string;
    readonly label: string;
    readonly value: string;
  }[];
}) {
  return (
    <dl className="report-figures">
      {items.map((item) => (
        <div key={item.key} className="report-figures__item">
          <dt className="report-figures__label">{item.label}</dt>
          <dd className="report-figures__value">
            <bdi>{item.value}</bdi>
          </dd>
        </div>
      ))}
    </dl>
  );
}
