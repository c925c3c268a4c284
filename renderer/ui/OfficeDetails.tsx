/**
 * This kiosk's office as its settings describe it: name, address, opening hours and phone. Pure:
 * the details and every label come in through props. A field the office has not set is left out;
 * with nothing set, the citizen is sent to the staff member instead of shown empty lines.
 */
import type { Language, Localized } from '../../core/content/languages';
import { Icon } from './Icon';

export type OfficeDetailsProps = {
  readonly office: {
    readonly name?: Localized<string>;
    readonly address?: Localized<string>;
    readonly hours?: Localized<string>;
    readonly phone?: string;
  };
  readonly lang: Language;
  readonly labels: {
    readonly address: string;
    readonly hours: string;
    readonly phone: string;
    /** Shown when no detail is set. */
    readonly notSet: string;
  };
};

export function OfficeDetails({ office, lang, labels }: OfficeDetailsProps) {
  const rows = [
    { key: 'address', label: labels.address, value: office.address?.[lang] },
    { key: 'hours', label: labels.hours, value: office.hours?.[lang] },
  ].filter((row) => row.value !== undefined);
  if (!office.name && rows.length === 0 && !office.phone) {
    return (
      <div className="office-details office-details--unset">
        <Icon name="info" />
        <p>{labels.notSet}</p>
      </div>
    );
  }
  return (
    <div className="office-details">
      {office.name && <p className="office-details__name">{office.name[lang]}</p>}
      <dl className="office-details__list">
        {rows.map((row) => (
          <div key={row.key}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
        {office.phone && (
          <div>
            <dt>{labels.phone}</dt>
            <dd>
              <bdi dir="ltr">{office.phone}</bdi>
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}
