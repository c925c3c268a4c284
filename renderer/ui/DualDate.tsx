/** A date in both calendars, Hijri first, as Saudi readers expect: "18 جمادى الآخرة 1448 هـ · 28 نوفمبر 2026". */
import type { DualDate as DualDateValue } from '../i18n/dates';

export function DualDate({ date }: { readonly date: DualDateValue }) {
  return (
    <>
      <span>{date.hijri}</span>
      <span className="dual-date__separator" aria-hidden="true">
        {' · '}
      </span>
      <span>{date.gregorian}</span>
    </>
  );
}
