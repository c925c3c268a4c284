/**
 * An A4 page the report is drawn on, one block after another from the top, in the reading
 * direction: positions are given from the start of the line (the right edge in Arabic), and a new
 * page begins when a piece does not fit. Text is wrapped at spaces, put in visual order
 * (visualRuns.ts) and shaped by pdfkit's fontkit; the faces are the dashboard's own (IBM Plex Sans
 * Arabic, regular and bold), embedded as subsets so the file reads the same on any machine.
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

/** Where a piece of text goes on the current line band. */
export type TextPlace = {
  /** From the start edge of the content box, in points. */
  readonly start: number;
  readonly width: number;
  readonly align?: 'start' | 'end' | 'center';
  /** The text's own direction when it differs from the page's (a visitor's search). */
  readonly direction?: 'rtl' | 'ltr';
};

/** A run ready to draw: its face and its width at the style's size. */
type PlacedRun = VisualRun & { readonly faceKey: FaceKey; readonly width: number };

/** A4 in points, and the margins the report keeps. */
export const a4 = { width: 595.28, height: 841.89, margin: 48, footer: 28 } as const;

type FaceKey = `${FaceName}-${'regular' | 'bold'}`;

const faceFiles: Record<FaceKey, string> = {
  'arabic-regular': 'ibm-plex-sans-arabic-arabic-400-normal.woff',
  'arabic-bold': 'ibm-plex-sans-arabic-arabic-700-normal.woff',
  'latin-regular': 'ibm-plex-sans-arabic-latin-400-normal.woff',
  'latin-bold': 'ibm-plex-sans-arabic-latin-700-normal.woff',
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
    });
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
        while (this.measure(line.trimEnd(), style, direction) > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && this.measure(line.slice(0, cut), style, direction) > width) cut -= 1;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
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
   * does not move). Answers the height used.
   */
  text(text: string, style: TextStyle, place: TextPlace, top = this.y): number {
    const direction = place.direction ?? this.direction;
    const lines = this.wrap(text, style, place.width, direction);
    const height = this.lineHeight(style);
    lines.forEach((line, index) => {
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
      for (const run of runs) {
        this.doc
          .font(run.faceKey)
          .fontSize(style.size)
          .fillColor(style.color ?? colors.ink)
          .text(run.text, x, top + index * height, { lineBreak: false, ...shaped });
        x += run.width;
      }
    });
    return lines.length * height;
  }

  /** Draws text across the content box at the cursor and moves the cursor below it. */
  paragraph(text: string, style: TextStyle, after = 6): void {
    const height = this.textHeight(text, style, this.width);
    this.ensure(Math.min(height, this.lineHeight(style) * 2));
    this.y += this.text(text, style, { start: 0, width: this.width }) + after;
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
    this.doc.rect(this.x(box.start, box.width), box.top, box.width, box.height).fill(box.color);
  }

  /** A thin line across the content box at the cursor. */
  rule(color: string = colors.line): void {
    this.rect({ start: 0, width: this.width, top: this.y, height: 0.75, color });
  }

  /** Writes `text(page, pages)` at the foot of every page, then ends the file. */
  async finish(footer: (page: number, pages: number) => string): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index += 1) {
      this.doc.switchToPage(index);
      const top = a4.height - a4.margin - a4.footer + 12;
      this.text(
        footer(index - range.start + 1, range.count),
        { size: 8.5, color: colors.inkSoft },
        { start: 0, width: this.width, align: 'center' },
        top,
      );
    }
    this.doc.end();
    return this.done;
  }
}

/** The dashboard's colours (dashboard.css), for the PDF. */
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
