import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create as openFont } from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../core/report/options';
import { openHubDatabase, type HubDatabase } from '../../hub/db/database';
import { translator } from '../../hub/dashboard/i18n';
import { reportBlocks, type ReportChoice } from '../../hub/dashboard/reportBlocks';
import { reportPdf } from '../../hub/dashboard/reportPdf';
import { a4, PdfCanvas } from '../../hub/pdf/pdfCanvas';
import { shaperReverses, visualRuns, type FaceName } from '../../hub/pdf/visualRuns';
import { sfntFromWoff } from '../../hub/pdf/woff';
import { createOfficeHub } from '../../hub/office';
import { pdfRateLimit } from '../../hub/dashboard/plugin';
import { loadHubReport, type LoadedHubReport } from '../../hub/reports/index';
import { seededManager, seedOffice } from './officeSeed';
import { addKiosk } from './reportsSeed';

/** Arabic letters and the space in one face, everything else below U+2100 in the other. */
function hasGlyph(face: FaceName, codePoint: number): boolean {
  const isArabic = codePoint >= 0x600 && codePoint <= 0x6ff;
  return face === 'arabic' ? isArabic || codePoint === 0x20 : codePoint < 0x2100 && !isArabic;
}

/** What the shaper puts on the page for a run: it reverses right-to-left script itself. */
function onPage(run: { readonly text: string }): string {
  return shaperReverses(run.text) ? Array.from(run.text).reverse().join('') : run.text;
}

/** The line as it reads left to right on the page. */
function leftToRight(text: string, direction: 'rtl' | 'ltr'): string {
  return visualRuns(text, direction, hasGlyph).map(onPage).join('');
}

describe('visualRuns', () => {
  it('keeps a run of Arabic words whole, in logical order for the shaper', () => {
    const runs = visualRuns('تقرير الزيارات لليوم', 'rtl', hasGlyph);
    expect(runs).toEqual([
      {
        face: 'arabic',
        isRtl: true,
        text: 'تقرير الزيارات لليوم',
        start: 0,
      },
    ]);
  });

  it('puts numbers and English inside Arabic where a reader expects them', () => {
    expect(leftToRight('زيارة 12 اليوم', 'rtl')).toBe('مويلا 12 ةرايز');
    expect(leftToRight('المكتب: Riyadh office', 'rtl')).toBe('Riyadh office :بتكملا');
    expect(leftToRight('Office: مكتب الرياض · Made on 26', 'ltr')).toBe(
      'Office: ضايرلا بتكم · Made on 26',
    );
  });

  it('mirrors brackets on a right-to-left level', () => {
    // "(11)" between Arabic words: the opening bracket is on the right.
    expect(leftToRight('الأسباب (11) هنا', 'rtl')).toBe('انه (11) بابسألا');
  });

  it('keeps Arabic-Indic digits left to right although the shaper reverses their script', () => {
    const runs = visualRuns('رقم ١٢٣ هنا', 'rtl', hasGlyph);
    expect(runs.map(onPage).join('')).toBe('انه ١٢٣ مقر');
    expect(runs.find((run) => run.text.includes('١'))?.text).toBe('٣٢١');
  });

  it('falls back to the face that has the character', () => {
    const runs = visualRuns('ab ٪', 'ltr', hasGlyph);
    expect(runs.map((run) => run.face)).toEqual(['latin', 'arabic']);
  });
});

describe('PdfCanvas.wrap', () => {
  it('cuts a word wider than the line into pieces that fit, keeping every character whole', () => {
    const canvas = new PdfCanvas({
      direction: 'ltr',
      lang: 'en-GB',
      title: 'Test',
      author: 'Test',
    });
    const word = '𝐀'.repeat(120);
    const lines = canvas.wrap(word, { size: 10 }, 100);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(word);
    for (const line of lines) {
      expect(line).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      );
      expect(canvas.measure(line, { size: 10 })).toBeLessThanOrEqual(100);
    }
  });
});

describe('sfntFromWoff', () => {
  const woffPath =
    require.resolve('@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff');

  it('unwraps a WOFF font into a font with the same glyphs', () => {
    const woff = readFileSync(woffPath);
    const sfnt = sfntFromWoff(woff);
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    const [fromWoff, fromSfnt] = [openFont(woff), openFont(sfnt)] as unknown as {
      numGlyphs: number;
      hasGlyphForCodePoint(codePoint: number): boolean;
    }[];
    expect(fromSfnt?.numGlyphs).toBe(fromWoff?.numGlyphs);
    expect(fromSfnt?.hasGlyphForCodePoint(0x0628)).toBe(true);
  });

  it('refuses a file that is not WOFF', () => {
    expect(() =>
      sfntFromWoff(Buffer.from('not a font at all, not at all, not at all, no')),
    ).toThrow('not a WOFF 1.0 font');
  });
});

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;

type Word = { text: string; page: number; xMin: number; xMax: number; yMin: number; yMax: number };

/** The PDF's structure tree as poppler prints it (`pdfinfo -struct-text`). */
function structureOf(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'rukn-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const run = spawnSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return run.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every word poppler finds on the PDF's pages, with its box in points. */
function wordsOf(pdf: Buffer): Word[] {
  const dir = mkdtempSync(join(tmpdir(), 'rukn-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const run = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const words: Word[] = [];
    run.stdout
      .split('<page ')
      .slice(1)
      .forEach((page, index) => {
        for (const match of page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        )) {
          words.push({
            page: index + 1,
            xMin: Number(match[1]),
            yMin: Number(match[2]),
            xMax: Number(match[3]),
            yMax: Number(match[4]),
            text: (match[5] ?? '')
              .replace(/&apos;/g, "'")
              .replace(/&quot;/g, '"')
              .replace(/&lt;/g, '<')
              .replace(/&gt;/g, '>')
              .replace(/&amp;/g, '&'),
          });
        }
      });
    return words;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!hasPoppler)('reportPdf (read back with poppler’s pdftotext)', () => {
  const now = Date.parse('2026-11-26T15:00:00+03:00');
  let db: HubDatabase;
  let week: LoadedHubReport;
  const choice: ReportChoice = { period: 'week', date: '2026-11-26' };

  beforeAll(async () => {
    db = await openHubDatabase({});
    const { today } = await seedOffice(db, now);
    // A name with no space to break at, and a long one with spaces: both must stay on the page.
    await addKiosk(db, { id: 'kiosk-long', officeId: 'office-riyadh', name: 'K'.repeat(140) });
    await addKiosk(db, {
      id: 'kiosk-words',
      officeId: 'office-riyadh',
      name: 'جهاز '.repeat(40).trim(),
    });
    week = await loadHubReport(
      db,
      { kind: 'office', officeId: 'office-riyadh' },
      { from: addDays(today, -6), to: today },
      now,
    );
  }, 60_000);

  afterAll(async () => {
    await db.close();
  });

  for (const lang of ['ar', 'en'] as const) {
    it(`keeps every word of the ${lang} report inside the page's margins`, async () => {
      const tr = translator(lang);
      const words = wordsOf(await reportPdf(tr, week, choice, 'Office', now));
      expect(words.length).toBeGreaterThan(300);
      const pages = Math.max(...words.map((word) => word.page));
      expect(pages).toBeGreaterThan(1);
      for (const word of words) {
        expect(word.xMin, word.text).toBeGreaterThanOrEqual(a4.margin - 1);
        expect(word.xMax, word.text).toBeLessThanOrEqual(a4.width - a4.margin + 1);
        expect(word.yMin, word.text).toBeGreaterThanOrEqual(a4.margin - 1);
        expect(word.yMax, word.text).toBeLessThanOrEqual(a4.height - a4.margin + 1);
      }
      // The title starts at the reading edge: the right margin in Arabic, the left in English.
      const titleLine = words.filter((word) => word.page === 1 && word.yMin < a4.margin + 20);
      if (lang === 'ar') {
        expect(Math.max(...titleLine.map((word) => word.xMax))).toBeGreaterThan(
          a4.width - a4.margin - 2,
        );
      } else {
        expect(Math.min(...titleLine.map((word) => word.xMin))).toBeLessThan(a4.margin + 2);
      }
    });
  }

  it('says what the report page says, and numbers its pages', async () => {
    const tr = translator('en');
    const pdf = await reportPdf(tr, week, choice, 'Office: Riyadh', now);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = wordsOf(pdf)
      .map((word) => word.text)
      .join(' ');
    for (const block of reportBlocks(tr, week, choice)) {
      const words = block.kind === 'section' ? block.title : block.text;
      expect(text, words).toContain(words);
    }
    const pages = Math.max(...wordsOf(pdf).map((word) => word.page));
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    // The name with nowhere to break is cut across lines, every letter kept.
    expect(text.match(/K/g)).toHaveLength(140);
  });

  it('answers a dozen PDFs a minute to one address, then 429', async () => {
    const hub = await createOfficeHub({ db, now: () => now });
    try {
      const host = 'hub.office.test';
      const signIn = await hub.inject({
        method: 'POST',
        url: '/sign-in',
        headers: {
          host,
          origin: `http://${host}`,
          'sec-fetch-site': 'same-origin',
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: new URLSearchParams({ ...seededManager }).toString(),
      });
      const cookie = String(signIn.headers['set-cookie'] ?? '').split(';')[0] ?? '';
      expect(cookie).toMatch(/^rukn_hub_session=/);
      const statuses: number[] = [];
      for (let request = 0; request <= pdfRateLimit.max; request += 1) {
        const response = await hub.inject({
          method: 'GET',
          url: '/dashboard/report/report.pdf?period=day&date=2026-11-26',
          headers: { host, cookie },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([...Array<number>(pdfRateLimit.max).fill(200), 429]);
    } finally {
      await hub.close();
    }
  });

  it('is a tagged PDF a screen reader can walk: headings, lists, tables, charts as figures', async () => {
    const tr = translator('en');
    const pdf = await reportPdf(tr, week, choice, 'Office: Riyadh', now);
    const tree = structureOf(pdf);
    expect(tree.startsWith('Document\n  H1 (block)\n    "Visit report: Report for the week')).toBe(
      true,
    );
    const sections = reportBlocks(tr, week, choice).filter((block) => block.kind === 'section');
    expect(tree.match(/^ {2}Sect$/gm)).toHaveLength(sections.length);
    for (const section of sections) expect(tree).toContain(`H2 (block)\n      "${section.title}"`);
    expect(tree).toMatch(/Figure\n/);
    expect(tree).toMatch(/Table \(block\)\n {6}TR\n {8}TH:\n {11}\/Scope \/Column\n {10}"Answer"/);
    expect(tree).toMatch(/TR\n {8}TH:\n {11}\/Scope \/Row\n {10}"What are the conditions/);
    expect(tree).toMatch(/LI \(block\)\n {8}Lbl \(block\)\n {10}"Visits"\n {8}LBody/);
    // Page numbers and a table's header repeated on a new page are not read out.
    expect(tree).not.toContain('Page 1 of');
    expect(tree.match(/"Answer"/g)).toHaveLength(1);
  });
});
