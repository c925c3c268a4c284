/**
 * An A4 page the report is drawn on, one block after another from the top, in the reading
 * direction: positions are given from the start of the line (the right edge in Arabic), and a new
 * page begins when a piece does not fit. Text is wrapped at spaces, put in visual order
 * (visualRuns.ts) and shaped by pdfkit's fontkit; the faces are the dashboard's own (IBM Plex Sans
 * Arabic, regular and semi-bold, as on its pages), embedded as subsets so the file reads the same
 * on any machine.
 *
 * The file is a tagged PDF: every piece of text belongs to a structure element (headings,
 * paragraphs, lists, tables, a chart's figure with its figures as alternative text) in reading
 * order, each line's runs are written in logical order, and bars, boxes, rules, repeated table
 * headers and page numbers are marked as artifacts. Each glyph maps back to its characters
 * (pdfkit's ToUnicode map), so the text can be searched and copied.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { create as openFont, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { sfntFromWoff } from './woff';
import { visualRuns, type FaceName, type VisualRun } from './visualRuns';

/** How a piece of text looks. */
export type TextStyle = {
  readonly size: number;
  readonly isBold?: boolean;
  readonly color?: string;
  /** Extra space under each line, in points. */
  readonly leading?: number;
};

/** The structure types the report uses (PDF 1.7, 14.8.4). */
export type StructureType =
  | 'H1'
  | 'H2'
  | 'P'
  | 'Sect'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure';

/** A structure element's attributes: alternative text, language, a table header's scope. */
export type StructureOptions = NonNullable<Parameters<PDFKit.PDFDocument['struct']>[1]> & {
  readonly scope?: 'Row' | 'Column';
};

/** Where a piece of text goes on the current line band. */
export type TextPlace = {
  /** From the start edge of the content box, in points. */
  readonly start: number;
  readonly width: number;
  readonly align?: 'start' | 'end' | 'center';
  /** The text's own direction when it differs from the page's (a visitor's search). */
  readonly direction?: 'rtl' | 'ltr';
  /** The structure element the text is (default `P`), or `artifact` for page furniture. */
  readonly tag?: StructureType | 'artifact';
  /** The text's language when it is not the document's. */
  readonly lang?: string;
  /** A table header's scope. */
  readonly scope?: 'Row' | 'Column';
};

/** A run ready to draw: its face and its width at the style's size. */
type PlacedRun = VisualRun & { readonly faceKey: FaceKey; readonly width: number };

/** A4 in points, and the margins the report keeps. */
export const a4 = { width: 595.28, height: 841.89, margin: 48, footer: 28 } as const;

type FaceKey = `${FaceName}-${'regular' | 'bold'}`;

const faceFiles: Record<FaceKey, string> = {
  'arabic-regular': 'ibm-plex-sans-arabic-arabic-400-normal.woff',
  'arabic-bold': 'ibm-plex-sans-arabic-arabic-600-normal.woff',
  'latin-regular': 'ibm-plex-sans-arabic-latin-400-normal.woff',
  'latin-bold': 'ibm-plex-sans-arabic-latin-600-normal.woff',
};

type Faces = Record<FaceKey, { readonly data: Buffer; readonly font: Font }>;

let loadedFaces: Faces | undefined;

/** The four faces, read once from the font package the dashboard already serves. */
function faces(): Faces {
  if (loadedFaces === undefined) {
    const filesDir = resolve(
      dirname(require.resolve('@fontsource/ibm-plex-sans-arabic/package.json')),
      'files',
    );
    const entries = Object.entries(faceFiles).map(([key, file]) => {
      const data = sfntFromWoff(readFileSync(resolve(filesDir, file)));
      return [key, { data, font: openFont(data) }] as const;
    });
    loadedFaces = Object.fromEntries(entries) as Faces;
  }
  return loadedFaces;
}

/** Fontkit shapes the whole run when pdfkit is given features (none extra are asked for). */
const shaped: PDFKit.Mixins.TextOptions = { features: [] };

/** Splits at spaces, keeping each space with the word before it. */
function words(text: string): string[] {
  return text.split(/(?<= )/u);
}

export class PdfCanvas {
  readonly direction: 'rtl' | 'ltr';
  /** Width of the content box. */
  readonly width = a4.width - 2 * a4.margin;
  /** Where the next piece goes, from the top of the page. */
  y: number = a4.margin;
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private readonly bottom = a4.height - a4.margin - a4.footer;
  /** The structure element new content goes into; the document's root at the bottom. */
  private readonly parents: PDFKit.PDFStructureElement[] = [];

  constructor(options: {
    readonly direction: 'rtl' | 'ltr';
    readonly lang: string;
    readonly title: string;
    readonly author: string;
  }) {
    this.direction = options.direction;
    this.doc = new PDFDocument({
      size: 'A4',
      margin: a4.margin,
      bufferPages: true,
      lang: options.lang,
      displayTitle: true,
      info: { Title: options.title, Author: options.author, Creator: options.author },
      autoFirstPage: true,
      tagged: true,
      pdfVersion: '1.7',
    });
    const root = this.doc.struct('Document');
    this.doc.addStructure(root);
    this.parents.push(root);
    for (const [key, face] of Object.entries(faces())) this.doc.registerFont(key, face.data);
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolveDone, reject) => {
      this.doc.on('end', () => resolveDone(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  /** Room left on this page, in points. */
  get room(): number {
    return this.bottom - this.y;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (height > this.room && this.y > a4.margin) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = a4.margin;
  }

  /** The page's x of a box `width` wide starting `start` from the start edge. */
  private x(start: number, width: number): number {
    return this.direction === 'rtl' ? a4.margin + this.width - start - width : a4.margin + start;
  }

  private face(name: FaceName, style: TextStyle): FaceKey {
    return `${name}-${style.isBold === true ? 'bold' : 'regular'}`;
  }

  private hasGlyph = (name: FaceName, codePoint: number): boolean =>
    faces()[`${name}-regular`].font.hasGlyphForCodePoint(codePoint);

  /** Lines are measured many times while wrapping: each line's runs are worked out once. */
  private readonly runCache = new Map<string, readonly PlacedRun[]>();

  private runsOf(text: string, style: TextStyle, direction: 'rtl' | 'ltr'): readonly PlacedRun[] {
    const key = `${style.size}|${style.isBold === true ? 'b' : ''}|${direction}|${text}`;
    let runs = this.runCache.get(key);
    if (runs === undefined) {
      runs = visualRuns(text, direction, this.hasGlyph).map((run) => {
        const face = this.face(run.face, style);
        const width = this.doc.font(face).fontSize(style.size).widthOfString(run.text, shaped);
        return { ...run, faceKey: face, width };
      });
      this.runCache.set(key, runs);
    }
    return runs;
  }

  /** Width of one line of text, in points. */
  measure(text: string, style: TextStyle, direction = this.direction): number {
    return this.runsOf(text, style, direction).reduce((sum, run) => sum + run.width, 0);
  }

  /** Height of one line at this style. */
  lineHeight(style: TextStyle): number {
    return style.size * 1.45 + (style.leading ?? 0);
  }

  /** The text wrapped at spaces to `width` (a word longer than the line is cut where it must be). */
  wrap(text: string, style: TextStyle, width: number, direction = this.direction): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const word of words(paragraph)) {
        const candidate = line + word;
        if (line === '' || this.measure(candidate.trimEnd(), style, direction) <= width) {
          line = candidate;
        } else {
          lines.push(line.trimEnd());
          line = word;
        }
        // A word wider than the line is cut between characters (never inside a surrogate pair).
        while (this.measure(line.trimEnd(), style, direction) > width && line.length > 1) {
          const chars = Array.from(line);
          let cut = chars.length - 1;
          while (cut > 1 && this.measure(chars.slice(0, cut).join(''), style, direction) > width) {
            cut -= 1;
          }
          lines.push(chars.slice(0, cut).join(''));
          line = chars.slice(cut).join('');
        }
      }
      lines.push(line.trimEnd());
    }
    return lines;
  }

  /** Height the text takes wrapped to `width`. */
  textHeight(text: string, style: TextStyle, width: number, direction = this.direction): number {
    return this.wrap(text, style, width, direction).length * this.lineHeight(style);
  }

  /**
   * Draws the text wrapped into its place, its first line at `top` (default: the cursor, which
   * does not move), as one structure element (or an artifact). Answers the height used.
   */
  text(text: string, style: TextStyle, place: TextPlace, top = this.y): number {
    const direction = place.direction ?? this.direction;
    const lines = this.wrap(text, style, place.width, direction);
    const height = this.lineHeight(style);
    const draw = () =>
      lines.forEach((line, index) =>
        this.line(line, style, place, direction, top + index * height),
      );
    const tag = place.tag ?? 'P';
    if (tag === 'artifact') {
      this.doc.markContent('Artifact', { type: 'Pagination' });
      draw();
      this.doc.endMarkedContent();
    } else {
      const options: StructureOptions = {
        ...(place.lang === undefined ? {} : { lang: place.lang }),
        ...(place.scope === undefined ? {} : { scope: place.scope }),
      };
      this.parent.add(this.doc.struct(tag, options, [draw]));
    }
    return lines.length * height;
  }

  /** One line: runs placed left to right, written in reading order, each with its own words. */
  private line(
    line: string,
    style: TextStyle,
    place: TextPlace,
    direction: 'rtl' | 'ltr',
    top: number,
  ): void {
    const runs = this.runsOf(line, style, direction);
    const lineWidth = runs.reduce((sum, run) => sum + run.width, 0);
    const align = place.align ?? 'start';
    const offset =
      align === 'center'
        ? (place.width - lineWidth) / 2
        : (align === 'end') === (direction === this.direction)
          ? place.width - lineWidth
          : 0;
    // The line's box in page coordinates; runs go left to right inside it.
    const boxLeft = this.x(place.start, place.width);
    let x =
      this.direction === 'rtl' ? boxLeft + place.width - offset - lineWidth : boxLeft + offset;
    const placed = runs.map((run) => {
      const at = x;
      x += run.width;
      return { run, at };
    });
    placed.sort((a, b) => a.run.start - b.run.start);
    for (const { run, at } of placed) {
      this.doc
        .font(run.faceKey)
        .fontSize(style.size)
        .fillColor(style.color ?? colors.ink)
        .text(run.text, at, top, { lineBreak: false, ...shaped });
    }
  }

  /** The structure element content is added to now. */
  private get parent(): PDFKit.PDFStructureElement {
    const parent = this.parents[this.parents.length - 1];
    if (parent === undefined) throw new Error('the document has ended');
    return parent;
  }

  /** Runs `draw` with its text inside a new structure element of `type` (a section, a list…). */
  group(type: StructureType, draw: () => void, options: StructureOptions = {}): void {
    const element = this.doc.struct(type, options);
    this.parent.add(element);
    this.parents.push(element);
    try {
      draw();
    } finally {
      this.parents.pop();
      element.end();
    }
  }

  /** Draws text across the content box at the cursor and moves the cursor below it. */
  paragraph(text: string, style: TextStyle, after = 6, tag: StructureType = 'P'): void {
    // Kept on one page: a paragraph never runs into the foot (the report's are a few lines).
    this.ensure(this.textHeight(text, style, this.width));
    this.y += this.text(text, style, { start: 0, width: this.width, tag }) + after;
  }

  /** A filled box, placed from the start edge. */
  rect(box: {
    readonly start: number;
    readonly width: number;
    readonly top: number;
    readonly height: number;
    readonly color: string;
  }): void {
    if (box.width <= 0 || box.height <= 0) return;
    this.doc.markContent('Artifact', { type: 'Layout' });
    this.doc.rect(this.x(box.start, box.width), box.top, box.width, box.height).fill(box.color);
    this.doc.endMarkedContent();
  }

  /** A thin line across the content box at the cursor. */
  rule(color: string = colors.line): void {
    this.rect({ start: 0, width: this.width, top: this.y, height: 0.75, color });
  }

  /** Writes `text(page, pages)` at the foot of every page, then ends the file. */
  async finish(footer: (page: number, pages: number) => string): Promise<Buffer> {
    for (const parent of this.parents.splice(0).reverse()) parent.end();
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index += 1) {
      this.doc.switchToPage(index);
      const top = a4.height - a4.margin - a4.footer + 12;
      this.text(
        footer(index - range.start + 1, range.count),
        { size: 8.5, color: colors.inkSoft },
        { start: 0, width: this.width, align: 'center', tag: 'artifact' },
        top,
      );
    }
    this.doc.end();
    return this.done;
  }
}

/** The dashboard's colours (dashboard.css, and core/report/charts.css for the bars), for the PDF. */
export const colors = {
  ink: '#1d2939',
  inkSoft: '#475467',
  line: '#d0d5dd',
  track: '#eef2f0',
  green: '#1b8354',
  greenDeep: '#14573a',
  greenTint: '#e8f3ed',
  lavender: '#80519f',
  mutedBar: '#a6cdb9',
} as const;
