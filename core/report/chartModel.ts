/**
 * The geometry of the report's charts, shared by the kiosk's report screen (React SVG,
 * renderer/features/report/charts.tsx) and the office dashboard (SVG strings, hub/dashboard), so
 * both draw the same charts from the same figures. Pure numbers: boxes, bar lengths and positions.
 * Policy: bars only; a non-zero figure is never drawn thinner than `minBar`, so it never looks
 * like zero; every word and figure is text beside the chart, never inside the SVG.
 */

/** One bar of a bar list: what it is and its figure. */
export type BarRow = {
  readonly key: string;
  readonly label: string;
  readonly value: number;
};

/** One column of a column chart. */
export type Column = {
  readonly key: string;
  /** The column's full name, for the table read by screen readers: `08:00–09:00`. */
  readonly name: string;
  /** What the axis under the bar says, when it says anything (every column may not fit a label). */
  readonly axisLabel?: string;
  readonly value: number;
  /** Drawn lighter (hours the office is closed), still drawn. */
  readonly isMuted?: boolean;
};

/** One part of a whole, such as the visits that started in Arabic. */
export type SharePart = { readonly key: string; readonly label: string; readonly value: number };

/** The box of a horizontal bar (bar lists, share bars): 100 wide, 10 high, stretched by CSS. */
export const barBox = { width: 100, height: 10 } as const;

/** The shortest bar drawn for a non-zero figure, in the 0..100 box. */
export const minBar = 1.5;

/** The largest of `values`, 0 for none or only negatives. */
export function maxOf(values: readonly number[]): number {
  return Math.max(0, ...values);
}

/** Bar length in the 0..100 box, never a sliver so thin that a non-zero figure looks like zero. */
export function barLength(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.max(minBar, (value / max) * 100);
}

/** One bar of a bar list: its length in the 0..100 box. */
export function barLengths(values: readonly number[]): number[] {
  const max = maxOf(values);
  return values.map((value) => barLength(value, max));
}

/** A column chart's box: one unit wide per column, 100 high; the axis line along the bottom. */
export function columnBox(count: number): {
  readonly viewBox: string;
  readonly axis: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
} {
  return {
    viewBox: `0 0 ${count} 100`,
    axis: { x: 0, y: 99.4, width: count, height: 0.6 },
  };
}

/** Where one column's bar is drawn in its chart's box. */
export type ColumnRect = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};

/** Each column's bar: 0.7 of its unit wide, centred, standing on the bottom, scaled to the largest. */
export function columnRects(values: readonly number[]): ColumnRect[] {
  const max = maxOf(values);
  return values.map((value, index) => {
    const height = barLength(value, max);
    return { x: index + 0.15, y: 100 - height, width: 0.7, height };
  });
}

/** Where each part of a whole starts and how wide it is, in a 0..100 box (pure). */
export function shareSegments(
  values: readonly number[],
): { readonly start: number; readonly width: number }[] {
  const total = values.reduce((sum, value) => sum + value, 0);
  const widths = values.map((value) => (total === 0 ? 0 : (value / total) * 100));
  return widths.map((width, index) => ({
    start: widths.slice(0, index).reduce((sum, before) => sum + before, 0),
    width,
  }));
}

/** A part's share of the whole (0 to 1; 0 when the whole is 0). */
export function partShare(value: number, values: readonly number[]): number {
  const total = values.reduce((sum, part) => sum + part, 0);
  return total === 0 ? 0 : value / total;
}
