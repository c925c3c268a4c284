/**
 * The report's charts, drawn by hand in SVG. Bars only, so a chart library would bring far more
 * than it saves: its own text drawn inside the SVG (which neither follows the kiosk's font sizes
 * nor lays out right to left), inline style attributes the strict CSP refuses, and animation.
 * Here the SVG draws only the bars and is hidden from screen readers; every word and figure is
 * HTML beside it (a visible list, or a table for screen readers), so the same page reads aloud,
 * prints in black on white and mirrors for Arabic through CSS (`report.css`).
 */
import type { ReactNode } from 'react';
import {
  barLengths,
  columnBox,
  columnRects,
  partShare,
  shareSegments,
  type BarRow,
  type Column,
  type SharePart,
} from '../../../core/report/chartModel';

// The geometry lives in core so the office dashboard draws the same charts.
export { shareSegments } from '../../../core/report/chartModel';

/**
 * Horizontal bars, one per row, longest first as given: the label on its own line (titles can be
 * long questions), then the bar and its figure. The list itself is the text equivalent.
 */
export function BarList({
  rows,
  format,
}: {
  readonly rows: readonly BarRow[];
  readonly format: (value: number) => string;
}) {
  const lengths = barLengths(rows.map((row) => row.value));
  return (
    <ol className="bar-list">
      {rows.map((row, index) => (
        <li key={row.key} className="bar-list__row">
          <span className="bar-list__label">{row.label}</span>
          <svg
            className="chart-svg bar-list__bar"
            viewBox="0 0 100 10"
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
          >
            <rect className="chart-track" width="100" height="10" />
            <rect className="chart-bar" width={lengths[index] ?? 0} height="10" />
          </svg>
          <bdi className="bar-list__value">{format(row.value)}</bdi>
        </li>
      ))}
    </ol>
  );
}

/**
 * Vertical bars in order (hours of the day, days of a period), with an axis of labels under them
 * and a visible caption that states the figures that matter; the full figures are in a table for
 * screen readers (and the CSV). Time runs in the reading direction: right to left in Arabic.
 */
export function ColumnChart({
  columns,
  headers,
  format,
  caption,
}: {
  readonly columns: readonly Column[];
  /** Column headings of the screen-reader table: what a column is, and its figure. */
  readonly headers: readonly [string, string];
  readonly format: (value: number) => string;
  readonly caption: ReactNode;
}) {
  const box = columnBox(columns.length);
  const rects = columnRects(columns.map((column) => column.value));
  return (
    <figure className="column-chart">
      <svg
        className="chart-svg column-chart__bars"
        viewBox={box.viewBox}
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect
          className="chart-axis"
          x={box.axis.x}
          y={box.axis.y}
          width={box.axis.width}
          height={box.axis.height}
        />
        {columns.map((column, index) => {
          const rect = rects[index] ?? { x: 0, y: 100, width: 0, height: 0 };
          return (
            <rect
              key={column.key}
              className={column.isMuted === true ? 'chart-bar chart-bar--muted' : 'chart-bar'}
              x={rect.x}
              y={rect.y}
              width={rect.width}
              height={rect.height}
            />
          );
        })}
      </svg>
      <div className="column-chart__axis" aria-hidden="true">
        {columns.map((column) => (
          <span key={column.key} className="column-chart__tick">
            {column.axisLabel === undefined ? null : <bdi>{column.axisLabel}</bdi>}
          </span>
        ))}
      </div>
      <figcaption className="column-chart__caption">{caption}</figcaption>
      <table className="visually-hidden">
        <thead>
          <tr>
            <th scope="col">{headers[0]}</th>
            <th scope="col">{headers[1]}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.key}>
              <th scope="row">
                <bdi>{column.name}</bdi>
              </th>
              <td>
                <bdi>{format(column.value)}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/**
 * One bar split into the parts of a whole (Arabic and English; on their own and with a staff
 * member), with a legend that gives each part's figure and share: the legend is the text
 * equivalent. Parts are told apart by shade and by their order, which the legend repeats.
 */
export function ShareBar({
  parts,
  format,
  percent,
  label,
}: {
  readonly parts: readonly SharePart[];
  readonly format: (value: number) => string;
  readonly percent: (share: number) => string;
  /** What the whole is, as a heading over the bar. */
  readonly label: string;
}) {
  const values = parts.map((part) => part.value);
  const segments = shareSegments(values);
  return (
    <div className="share-bar">
      <p className="share-bar__label">{label}</p>
      <svg
        className="chart-svg share-bar__bar"
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect className="chart-track" width="100" height="10" />
        {parts.map((part, index) => (
          <rect
            key={part.key}
            className={`chart-part chart-part--${index}`}
            x={segments[index]?.start ?? 0}
            width={segments[index]?.width ?? 0}
            height="10"
          />
        ))}
      </svg>
      <ul className="share-bar__legend">
        {parts.map((part, index) => (
          <li key={part.key} className="share-bar__item">
            <svg
              className="share-bar__swatch"
              viewBox="0 0 10 10"
              aria-hidden="true"
              focusable="false"
            >
              <rect className={`chart-part chart-part--${index}`} width="10" height="10" />
            </svg>
            <span>{part.label}</span>
            <bdi className="share-bar__figure">
              {format(part.value)} ({percent(partShare(part.value, values))})
            </bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}
