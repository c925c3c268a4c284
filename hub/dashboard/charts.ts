/**
 * The report's charts as SVG markup for the dashboard: the same bars, boxes and classes as the
 * kiosk's report screen (renderer/features/report/charts.tsx), from the same geometry
 * (core/report/chartModel.ts). The SVG draws bars only and is hidden from screen readers; every
 * word and figure is HTML beside it (a list, a legend, or a table).
 */
import {
  barBox,
  barLengths,
  columnBox,
  columnRects,
  partShare,
  shareSegments,
} from '../../core/report/chartModel';
import { html, type SafeHtml } from './html';
import type { BarRow, Column, SharePart } from './reportBlocks';

/** Horizontal bars, one per row as given: the label, then the bar and its figure. */
export function barList(rows: readonly BarRow[], format: (value: number) => string): SafeHtml {
  const lengths = barLengths(rows.map((row) => row.value));
  return html`<ol class="bar-list">
    ${rows.map(
      (row, index) =>
        html`<li class="bar-list__row">
          <span class="bar-list__label">${row.label}</span>
          <svg
            class="chart-svg bar-list__bar"
            viewBox="0 0 ${barBox.width} ${barBox.height}"
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
          >
            <rect class="chart-track" width="${barBox.width}" height="${barBox.height}"></rect>
            <rect class="chart-bar" width="${lengths[index] ?? 0}" height="${barBox.height}"></rect>
          </svg>
          <bdi class="bar-list__value">${format(row.value)}</bdi>
        </li>`,
    )}
  </ol>`;
}

/**
 * Vertical bars in order with an axis of labels, a visible caption, and the full figures in a
 * table for screen readers. Time runs in the reading direction (the SVG mirrors in RTL via CSS).
 */
export function columnChart(options: {
  readonly columns: readonly Column[];
  readonly headers: readonly [string, string];
  readonly format: (value: number) => string;
  readonly caption: SafeHtml | string;
}): SafeHtml {
  const { columns, headers, format, caption } = options;
  const box = columnBox(columns.length);
  const rects = columnRects(columns.map((column) => column.value));
  return html`<figure class="column-chart">
    <svg
      class="chart-svg column-chart__bars"
      viewBox="${box.viewBox}"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect
        class="chart-axis"
        x="${box.axis.x}"
        y="${box.axis.y}"
        width="${box.axis.width}"
        height="${box.axis.height}"
      ></rect>
      ${columns.map((column, index) => {
        const rect = rects[index] ?? { x: 0, y: 100, width: 0, height: 0 };
        const kind = column.isMuted === true ? 'chart-bar chart-bar--muted' : 'chart-bar';
        return html`<rect
          class="${kind}"
          x="${rect.x}"
          y="${rect.y}"
          width="${rect.width}"
          height="${rect.height}"
        ></rect>`;
      })}
    </svg>
    <div class="column-chart__axis" aria-hidden="true">
      ${columns.map(
        (column) =>
          html`<span class="column-chart__tick"
            >${column.axisLabel === undefined ? '' : html`<bdi>${column.axisLabel}</bdi>`}</span
          >`,
      )}
    </div>
    <figcaption class="column-chart__caption">${caption}</figcaption>
    <table class="visually-hidden">
      <thead>
        <tr>
          <th scope="col">${headers[0]}</th>
          <th scope="col">${headers[1]}</th>
        </tr>
      </thead>
      <tbody>
        ${columns.map(
          (column) =>
            html`<tr>
              <th scope="row"><bdi>${column.name}</bdi></th>
              <td><bdi>${format(column.value)}</bdi></td>
            </tr>`,
        )}
      </tbody>
    </table>
  </figure>`;
}

/** One bar split into the parts of a whole, with a legend giving each part's figure and share. */
export function shareBar(options: {
  readonly parts: readonly SharePart[];
  readonly format: (value: number) => string;
  readonly percent: (share: number) => string;
  readonly label: string;
}): SafeHtml {
  const { parts, format, percent, label } = options;
  const values = parts.map((part) => part.value);
  const segments = shareSegments(values);
  return html`<div class="share-bar">
    <p class="share-bar__label">${label}</p>
    <svg
      class="chart-svg share-bar__bar"
      viewBox="0 0 ${barBox.width} ${barBox.height}"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect class="chart-track" width="${barBox.width}" height="${barBox.height}"></rect>
      ${parts.map(
        (_part, index) =>
          html`<rect
            class="chart-part chart-part--${index}"
            x="${segments[index]?.start ?? 0}"
            width="${segments[index]?.width ?? 0}"
            height="${barBox.height}"
          ></rect>`,
      )}
    </svg>
    <ul class="share-bar__legend">
      ${parts.map(
        (part, index) =>
          html`<li class="share-bar__item">
            <svg class="share-bar__swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
              <rect class="chart-part chart-part--${index}" width="10" height="10"></rect>
            </svg>
            <span>${part.label}</span>
            <bdi class="share-bar__figure"
              >${format(part.value)} (${percent(partShare(part.value, values))})</bdi
            >
          </li>`,
      )}
    </ul>
  </div>`;
}
