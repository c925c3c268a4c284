/**
 * A list of labelled facts (label, then value) as the staff screens show them: the kiosk's health,
 * the content in use, sending to the office. Values isolate their numbers and ids (`<bdi>`), and a
 * value that is an address or id reads left to right in either language.
 */
import { IsolatedNumbers } from '../../ui/IsolatedNumbers';

/** One fact: its label, its value, and whether the value is always left to right. */
export type Fact = readonly [label: string, value: string, isLeftToRight?: boolean];

export function FactList({ facts }: { readonly facts: readonly Fact[] }) {
  return (
    <dl className="staff-facts">
      {facts.map(([label, value, isLeftToRight]) => (
        <div key={label} className="staff-facts__row">
          <dt>{label}</dt>
          <dd dir={isLeftToRight === true ? 'ltr' : undefined}>
            <IsolatedNumbers text={value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
