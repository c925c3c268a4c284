/**
 * The report's CSV files: Excel-safe encoding, formula injection neutralised, and the figures
 * read back from the files equal the report's (the hand-checked day of tests/fixtures/report).
 */
import { describe, expect, it } from 'vitest';
import { aggregateReport } from '../../../../core/report/aggregate';
import {
  byteOrderMark,
  csvCell,
  kioskIso,
  reportSummaryCsv,
  toCsv,
  visitsCsv,
} from '../../../../core/report/csv';
import { contentTitles, reportLabels } from '../../../../core/report/labels';
import { reportOptionsFor } from '../../../../core/report/options';
import { shippedContentBundle } from '../../../../scripts/contentFiles';
import { hyperlinkText, input, local, options } from '../../../fixtures/report/day';
import { parseCsv } from '../../../fixtures/report/parseCsv';

/** Reads a file as Excel does: the BOM says UTF-8, then the text. */
function readBack(csv: string): string[][] {
  const bytes = new TextEncoder().encode(csv);
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes));
}

describe('csv cells', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    expect(csvCell(hyperlinkText)).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    // Only the first character matters; a number the report writes is left alone.
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(0.375)).toBe('0.375');
  });

  it('quotes commas, quotes and line breaks, and leaves empty what is absent', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('writes a byte-order mark and CRLF after every row', () => {
    const csv = toCsv([
      ['a', 1],
      ['ب', 2],
    ]);
    expect(csv.startsWith(byteOrderMark)).toBe(true);
    expect(csv.slice(1)).toBe('a,1\r\nب,2\r\n');
  });

  it('writes kiosk-local times with their offset', () => {
    expect(kioskIso(local('09:05:00'), 180)).toBe('2026-03-10T09:05:00+03:00');
    expect(kioskIso(Date.parse('2026-03-10T00:00:00Z'), -90)).toBe('2026-03-09T22:30:00-01:30');
  });
});

describe('the summary file', () => {
  const report = aggregateReport(input, options);

  it("holds the report's figures, section by section", () => {
    const rows = readBack(reportSummaryCsv(report, 'en'));
    expect(rows[0]).toEqual(['Section', 'Key', 'Item', 'Value']);
    const value = (section: string, key: string): string | undefined =>
      rows.find((row) => row[0] === section && row[1] === key)?.[3];
    expect(value('period', 'from')).toBe('2026-03-10');
    expect(Number(value('totals', 'visits'))).toBe(report.totals.visits);
    expect(Number(value('totals', 'medianVisitSeconds'))).toBe(120);
    expect(Number(value('totals', 'endedByIdlePercent'))).toBe(37.5);
    expect(Number(value('byHour', '09'))).toBe(2);
    expect(Number(value('byLanguage', 'ar'))).toBe(6);
    expect(Number(value('outcomes', 'documents-missing'))).toBe(1);
    expect(Number(value('guideFunnel', 'unified-file'))).toBe(2);
    expect(Number(value('eligibilityBands', 'likely-eligible'))).toBe(2);
    expect(Number(value('topAnswers', 'a1'))).toBe(2);
    expect(Number(value('helpfulness', 'a1:information-wrong'))).toBe(1);
    expect(Number(value('tickets', 'p90WaitSeconds'))).toBe(600);
    // Every hour and every figure of every fixed list is there.
    expect(rows.filter((row) => row[0] === 'byHour' && row[1] !== '')).toHaveLength(24);
    const byHourTotal = rows
      .filter((row) => row[0] === 'byHour' && row[1] !== '')
      .reduce((sum, row) => sum + Number(row[3]), 0);
    expect(byHourTotal).toBe(report.totals.visits);
    // A section title row precedes each section.
    expect(rows).toContainEqual(['tickets', '', 'Help tickets', '']);
  });

  it("lists the missing answers with the visitors' text neutralised", () => {
    const csv = reportSummaryCsv(report, 'ar');
    const missing = readBack(csv).filter((row) => row[0] === 'missingAnswers' && row[1] !== '');
    expect(missing).toEqual([
      ['missingAnswers', 'ar', 'متى ينزل الدعم', '3'],
      ['missingAnswers', 'ar', `'${hyperlinkText}`, '1'],
      ['missingAnswers', 'en', 'Pension', '1'],
      ['missingAnswers', 'ar', 'pension', '1'],
    ]);
    // No line of the file starts a cell with a formula character.
    for (const row of readBack(csv)) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('keeps Arabic intact and names content from the bundle', () => {
    const bundle = shippedContentBundle();
    const real = aggregateReport(
      input,
      reportOptionsFor(bundle, options.from, options.to, options.now),
    );
    const rows = readBack(reportSummaryCsv(real, 'ar', contentTitles(bundle, 'ar')));
    expect(rows[0]).toEqual(['القسم', 'المفتاح', 'البند', 'القيمة']);
    expect(rows).toContainEqual(['totals', 'visits', 'الزيارات', '8']);
    const firstStep = bundle.guide.steps[0];
    const stepRow = rows.find((row) => row[0] === 'guideFunnel' && row[1] === firstStep?.id);
    expect(stepRow?.[2]).toBe(`الخطوة 1: ${firstStep?.title.ar}`);
  });
});

describe('the visits file', () => {
  it('has one row per counted visit whose counts add up to the report', () => {
    const report = aggregateReport(input, options);
    const [header, ...rows] = readBack(visitsCsv(input, options, 'en'));
    expect(header).toEqual([
      'Started',
      'Ended',
      'Seconds',
      'Language',
      'Kind',
      'Outcome',
      'End reason',
      'Guide steps reached',
      'Eligibility result',
      'Answers viewed',
      'Searches',
      'Searches with no results',
      'Helpful',
      'Not helpful',
      'Ticket number',
    ]);
    expect(rows).toHaveLength(report.totals.visits);
    const column = (name: string) => (header ?? []).indexOf(name);
    const count = (name: string, value: string) =>
      rows.filter((row) => row[column(name)] === value).length;
    const sum = (name: string) => rows.reduce((total, row) => total + Number(row[column(name)]), 0);
    expect(count('Kind', 'Assisted')).toBe(report.totals.assisted);
    expect(count('End reason', 'Inactivity')).toBe(report.byEndReason.idle);
    expect(count('Language', 'Arabic')).toBe(report.byLanguage.ar);
    expect(count('Outcome', 'Registered with help')).toBe(1);
    expect(count('Eligibility result', 'Likely eligible')).toBe(2);
    // Views: a1 twice, a2 and b1 once each.
    expect(sum('Answers viewed')).toBe(4);
    // No-result searches are every such event (V1 1, V2 2, V3 3, V5 1, V7 1, V8 1).
    expect(sum('Searches with no results')).toBe(9);
    // Last feedback per answer: a1 helpful (V1), a1 and b1 not (V3), a2 not (V5).
    expect(sum('Helpful')).toBe(1);
    expect(sum('Not helpful')).toBe(3);
    // Guide steps: V2 2, V4 4, V5 3.
    expect(sum('Guide steps reached')).toBe(9);
    // Oldest first: V8 at midnight, then V1; V7 ends the next day.
    expect(rows[0]?.slice(0, 3)).toEqual([
      '2026-03-10T00:00:00+03:00',
      '2026-03-10T00:00:30+03:00',
      '30',
    ]);
    expect(rows[rows.length - 1]?.[1]).toBe('2026-03-11T00:10:00+03:00');
  });

  it('gives the ticket number of a visit that took one, and no personal data', () => {
    const withTicket = {
      ...input,
      tickets: input.tickets.map((ticket) =>
        ticket.id === 'T3' ? { ...ticket, sessionId: 'V4' } : ticket,
      ),
    };
    const csv = visitsCsv(withTicket, options, 'ar');
    const rows = readBack(csv);
    expect(rows[0]?.[14]).toBe('رقم الانتظار');
    const v4 = rows.find((row) => row[0] === '2026-03-10T11:00:00+03:00');
    expect(v4?.[14]).toBe('3');
    expect(v4?.[5]).toBe('سُجِّل بمساعدة');
    expect(csv).not.toContain('staff-1');
    expect(csv).not.toContain('kiosk-test');
    expect(csv).not.toContain('متى ينزل');
  });
});

describe('report labels', () => {
  it('has every label in Arabic and English', () => {
    for (const [key, label] of Object.entries(reportLabels)) {
      expect(label.ar.trim(), key).not.toBe('');
      expect(label.en.trim(), key).not.toBe('');
      expect(label.ar, key).toMatch(/[\u0600-\u06FF]/);
      expect(label.en, key).not.toMatch(/[\u0600-\u06FF]/);
    }
  });
});
