/**
 * The report as a PDF file on A4, made on the hub: the same blocks as the report page
 * (reportBlocks.ts) with the same chart geometry (core/report/chartModel.ts), in the manager's
 * language, right to left in Arabic. Every figure is written as text beside its bar, as on the
 * page; a table's header is repeated when it runs onto the next page; each page's foot names the
 * report and the page.
 */
import { barLengths, columnRects, partShare, shareSegments } from '../../core/report/chartModel';
import type { LoadedHubReport } from '../reports/index';
import { colors, PdfCanvas, type TextStyle } from '../pdf/pdfCanvas';
import type { Translator } from './i18n';
import {
  hijriPeriod,
  reportBlocks,
  reportHeading,
  type BarRow,
  type BlockBody,
  type Cell,
  type Column,
  type ReportChoice,
  type Share,
  type Table,
} from './reportBlocks';

const styles = {
  title: { size: 18, isBold: true, color: colors.greenDeep },
  subtitle: { size: 11, color: colors.inkSoft },
  body: { size: 10 },
  sectionTitle: { size: 13, isBold: true, color: colors.greenDeep },
  label: { size: 9.5 },
  small: { size: 8, color: colors.inkSoft },
  figureLabel: { size: 9, color: colors.inkSoft },
  figureValue: { size: 14, isBold: true },
  value: { size: 9.5, isBold: true },
  muted: { size: 9.5, color: colors.inkSoft },
  header: { size: 9, isBold: true, color: colors.inkSoft },
} satisfies Record<string, TextStyle>;

const partColors = [colors.greenDeep, colors.lavender] as const;

function figures(canvas: PdfCanvas, items: readonly (readonly [string, string])[]): void {
  canvas.group('L', () => figureRows(canvas, items));
}

function figureRows(canvas: PdfCanvas, items: readonly (readonly [string, string])[]): void {
  const perRow = 3;
  const gap = 10;
  const cellWidth = (canvas.width - gap * (perRow - 1)) / perRow;
  for (let first = 0; first < items.length; first += perRow) {
    const row = items.slice(first, first + perRow);
    const heights = row.map(
      ([name, value]) =>
        canvas.textHeight(name, styles.figureLabel, cellWidth - 16) +
        canvas.textHeight(value, styles.figureValue, cellWidth - 16),
    );
    const height = Math.max(...heights) + 14;
    canvas.ensure(height);
    row.forEach(([name, value], index) => {
      const start = index * (cellWidth + gap);
      canvas.rect({ start, width: cellWidth, top: canvas.y, height, color: colors.greenTint });
      canvas.group('LI', () => {
        const used = canvas.text(
          name,
          styles.figureLabel,
          { start: start + 8, width: cellWidth - 16, tag: 'Lbl' },
          canvas.y + 7,
        );
        canvas.text(
          value,
          styles.figureValue,
          { start: start + 8, width: cellWidth - 16, tag: 'LBody' },
          canvas.y + 7 + used,
        );
      });
    });
    canvas.y += height + gap;
  }
}

/** The chart's figures in words, for a screen reader: the caption, then every column not 0. */
function chartText(
  tr: Translator,
  content: { readonly columns: readonly Column[]; readonly caption: string },
): string {
  const figures = content.columns
    .filter((column) => column.value > 0)
    .map((column) => `${column.name}: ${tr.count(column.value)}`);
  return [content.caption, figures.join('; ')].filter((part) => part !== '').join(' ');
}

function columnChart(
  canvas: PdfCanvas,
  tr: Translator,
  content: { readonly columns: readonly Column[]; readonly caption: string },
): void {
  const chartHeight = 84;
  const axisHeight = canvas.lineHeight(styles.small);
  const captionHeight =
    content.caption === '' ? 0 : canvas.textHeight(content.caption, styles.muted, canvas.width);
  canvas.ensure(chartHeight + axisHeight + captionHeight + 8);
  const unit = canvas.width / Math.max(1, content.columns.length);
  const top = canvas.y;
  const rects = columnRects(content.columns.map((column) => column.value));
  // A reader gets the chart as its alternative text; the axis is inside the figure.
  canvas.group(
    'Figure',
    () => {
      content.columns.forEach((column, index) => {
        const rect = rects[index];
        if (rect === undefined) return;
        canvas.rect({
          start: rect.x * unit,
          width: rect.width * unit,
          top: top + (rect.y / 100) * chartHeight,
          height: (rect.height / 100) * chartHeight,
          color: column.isMuted === true ? colors.mutedBar : colors.green,
        });
        if (column.axisLabel !== undefined) {
          canvas.text(
            column.axisLabel,
            styles.small,
            { start: (index - 0.5) * unit, width: unit * 2, align: 'center' },
            top + chartHeight + 3,
          );
        }
      });
    },
    { alt: chartText(tr, content) },
  );
  canvas.rect({
    start: 0,
    width: canvas.width,
    top: top + chartHeight,
    height: 0.75,
    color: colors.inkSoft,
  });
  canvas.y = top + chartHeight + axisHeight + 6;
  if (content.caption !== '') canvas.paragraph(content.caption, styles.muted, 4);
}

function barList(canvas: PdfCanvas, tr: Translator, rows: readonly BarRow[]): void {
  const lengths = barLengths(rows.map((row) => row.value));
  const labelWidth = canvas.width * 0.44;
  const valueWidth = canvas.width * 0.12;
  const barStart = labelWidth + 10;
  const barWidth = canvas.width - barStart - valueWidth - 8;
  canvas.group('L', () =>
    rows.forEach((row, index) => {
      const height = Math.max(canvas.textHeight(row.label, styles.label, labelWidth), 16) + 4;
      canvas.ensure(height);
      const top = canvas.y;
      canvas.group('LI', () => {
        canvas.text(row.label, styles.label, { start: 0, width: labelWidth, tag: 'Lbl' }, top);
        const barTop = top + 3;
        canvas.rect({
          start: barStart,
          width: barWidth,
          top: barTop,
          height: 9,
          color: colors.track,
        });
        canvas.rect({
          start: barStart,
          width: ((lengths[index] ?? 0) / 100) * barWidth,
          top: barTop,
          height: 9,
          color: colors.green,
        });
        canvas.text(
          tr.count(row.value),
          styles.value,
          { start: canvas.width - valueWidth, width: valueWidth, align: 'end', tag: 'LBody' },
          top,
        );
      });
      canvas.y += height;
    }),
  );
  canvas.y += 4;
}

function shares(canvas: PdfCanvas, tr: Translator, items: readonly Share[]): void {
  for (const share of items) {
    const values = share.parts.map((part) => part.value);
    const segments = shareSegments(values);
    const legendHeight = share.parts.length * canvas.lineHeight(styles.label);
    canvas.ensure(canvas.lineHeight(styles.value) + 16 + legendHeight);
    canvas.y += canvas.text(share.label, styles.value, { start: 0, width: canvas.width });
    canvas.rect({
      start: 0,
      width: canvas.width,
      top: canvas.y + 2,
      height: 11,
      color: colors.track,
    });
    share.parts.forEach((_part, index) => {
      const segment = segments[index];
      if (segment === undefined) return;
      canvas.rect({
        start: (segment.start / 100) * canvas.width,
        width: (segment.width / 100) * canvas.width,
        top: canvas.y + 2,
        height: 11,
        color: partColors[index % partColors.length] ?? colors.green,
      });
    });
    canvas.y += 18;
    canvas.group('L', () =>
      share.parts.forEach((part, index) => {
        canvas.rect({
          start: 0,
          width: 9,
          top: canvas.y + 3,
          height: 9,
          color: partColors[index % partColors.length] ?? colors.green,
        });
        const figure = `${tr.count(part.value)} (${tr.percent(partShare(part.value, values))})`;
        canvas.group('LI', () => {
          canvas.y += canvas.text(`${part.label}: ${figure}`, styles.label, {
            start: 16,
            width: canvas.width - 16,
            tag: 'LBody',
          });
        });
      }),
    );
    canvas.y += 8;
  }
}

function cellLines(cell: Cell): string {
  return typeof cell.text === 'string' ? cell.text : cell.text.join('\n');
}

function table(canvas: PdfCanvas, { headers, rows }: Table): void {
  const gap = 8;
  const first = headers.length > 3 ? 0.36 : 0.5;
  const rest = (1 - first) / Math.max(1, headers.length - 1);
  const widths = headers.map((_cell, index) => (index === 0 ? first : rest) * canvas.width);
  const starts = widths.map((_width, index) => widths.slice(0, index).reduce((a, b) => a + b, 0));
  const cellHeight = (cells: readonly Cell[], style: TextStyle) =>
    Math.max(
      ...cells.map((cell, index) =>
        canvas.textHeight(
          cellLines(cell),
          style,
          (widths[index] ?? 0) - gap,
          cell.lang === undefined ? undefined : cell.lang === 'ar' ? 'rtl' : 'ltr',
        ),
      ),
    );
  /** A row; `kind` says what its cells are to a reader (a repeated header is page furniture). */
  const drawRow = (
    cells: readonly Cell[],
    style: TextStyle,
    height: number,
    kind: 'header' | 'body' | 'repeat',
  ) => {
    const draw = () =>
      cells.forEach((cell, index) => {
        canvas.text(
          cellLines(cell),
          style,
          {
            start: (starts[index] ?? 0) + (index === 0 ? 0 : gap),
            width: (widths[index] ?? 0) - gap,
            align: cell.isNumber === true ? 'end' : 'start',
            ...(cell.lang === undefined
              ? {}
              : { direction: cell.lang === 'ar' ? 'rtl' : 'ltr', lang: cell.lang }),
            ...(kind === 'repeat'
              ? { tag: 'artifact' as const }
              : kind === 'header'
                ? { tag: 'TH' as const, scope: 'Column' as const }
                : index === 0
                  ? { tag: 'TH' as const, scope: 'Row' as const }
                  : { tag: 'TD' as const }),
          },
          canvas.y + 4,
        );
      });
    if (kind === 'repeat') draw();
    else canvas.group('TR', draw);
    canvas.y += height + 8;
    canvas.rule();
  };
  const headerHeight = cellHeight(headers, styles.header);
  canvas.ensure(headerHeight + 40);
  canvas.group('Table', () => {
    drawRow(headers, styles.header, headerHeight, 'header');
    for (const row of rows) {
      const height = cellHeight(row, styles.label);
      if (height + 8 > canvas.room) {
        canvas.newPage();
        drawRow(headers, styles.header, headerHeight, 'repeat');
      }
      drawRow(row, styles.label, height, 'body');
    }
  });
  canvas.y += 6;
}

function body(canvas: PdfCanvas, tr: Translator, content: BlockBody): void {
  switch (content.kind) {
    case 'figures':
      return figures(canvas, content.items);
    case 'columns':
      return columnChart(canvas, tr, content);
    case 'bars':
      return barList(canvas, tr, content.rows);
    case 'shares':
      return shares(canvas, tr, content.shares);
    case 'table':
      return table(canvas, content.table);
    case 'empty':
      return canvas.paragraph(content.text, styles.muted);
    default: {
      const unknown: never = content;
      return unknown;
    }
  }
}

/** The report as a PDF file, in the translator's language. */
export async function reportPdf(
  tr: Translator,
  loaded: LoadedHubReport,
  choice: ReportChoice,
  scopeText: string,
  now: number,
): Promise<Buffer> {
  const heading = reportHeading(tr, loaded);
  const title = `${tr.t('reportTitle')}: ${heading}`;
  const canvas = new PdfCanvas({
    direction: tr.dir,
    lang: tr.lang === 'ar' ? 'ar-SA' : 'en-GB',
    title,
    author: tr.t('appName'),
  });
  const made = tr.instant(now);
  canvas.paragraph(title, styles.title, 2, 'H1');
  canvas.paragraph(hijriPeriod(tr, loaded), styles.subtitle, 2);
  canvas.paragraph(
    `${scopeText} · ${tr.t('reportMadeAt', { date: `${made.gregorian} (${made.hijri})` })}`,
    styles.subtitle,
    10,
  );
  canvas.rule(colors.green);
  canvas.y += 14;

  for (const block of reportBlocks(tr, loaded, choice)) {
    switch (block.kind) {
      case 'section': {
        // A section's title stays with the start of what it names.
        canvas.ensure(canvas.lineHeight(styles.sectionTitle) + 60);
        canvas.group('Sect', () => {
          canvas.paragraph(block.title, styles.sectionTitle, 6, 'H2');
          if (block.intro !== undefined) canvas.paragraph(block.intro, styles.body);
          body(canvas, tr, block.body);
        });
        canvas.y += 12;
        break;
      }
      case 'notice':
        canvas.paragraph(block.text, { size: 12, isBold: true }, 14);
        break;
      case 'note':
        canvas.paragraph(block.text, styles.muted);
        break;
      default: {
        const unknown: never = block;
        return unknown;
      }
    }
  }
  return canvas.finish((page, pages) =>
    tr.t('pdfFooter', { title, page: tr.count(page), pages: tr.count(pages) }),
  );
}
