import { describe, expect, it } from 'vitest';
import { loadShippedContent } from '../../../../renderer/content/loadContent';
import {
  answerRows,
  busiestIndex,
  choiceOf,
  durationParts,
  funnelRows,
  hourLabel,
  isEmptyReport,
  isOfficeHour,
  kioskClockTime,
  numberFormatFor,
  periodDays,
  reportFileNames,
  topicRows,
} from '../../../../renderer/features/report/reportView';
import { emptyReport, fixtureReport } from './fixtureReport';

const content = loadShippedContent(() => undefined);

describe('the period a choice covers', () => {
  const today = '2026-11-28';

  it('today is one day; the last 7 and 30 days end today', () => {
    expect(periodDays({ kind: 'today' }, today)).toEqual({ from: today, to: today });
    expect(periodDays({ kind: 'last7' }, today)).toEqual({ from: '2026-11-22', to: today });
    expect(periodDays({ kind: 'last30' }, today)).toEqual({ from: '2026-10-30', to: today });
  });

  it('a chosen day starts on yesterday, across a month and a year', () => {
    expect(choiceOf('day', today)).toEqual({ kind: 'day', day: '2026-11-27' });
    expect(choiceOf('day', '2027-01-01')).toEqual({ kind: 'day', day: '2026-12-31' });
    expect(choiceOf('last7', today)).toEqual({ kind: 'last7' });
  });

  it('never reports a day after today', () => {
    expect(periodDays({ kind: 'day', day: '2026-12-01' }, today)).toEqual({
      from: today,
      to: today,
    });
    expect(periodDays({ kind: 'day', day: '2026-03-01' }, today)).toEqual({
      from: '2026-03-01',
      to: '2026-03-01',
    });
  });
});

describe('export file names', () => {
  it('names one day once and a range by both ends', () => {
    expect(reportFileNames({ from: '2026-11-28', to: '2026-11-28' })).toEqual({
      summary: 'rukn-report-2026-11-28.csv',
      visits: 'rukn-visits-2026-11-28.csv',
      pdf: 'rukn-report-2026-11-28.pdf',
    });
    expect(reportFileNames({ from: '2026-11-22', to: '2026-11-28' }).summary).toBe(
      'rukn-report-2026-11-22_2026-11-28.csv',
    );
  });
});

describe('numbers and durations', () => {
  it('writes Western digits, grouped, in both languages', () => {
    expect(numberFormatFor('ar').count(12345)).toBe('12,345');
    expect(numberFormatFor('en').count(12345)).toBe('12,345');
    expect(numberFormatFor('en').percent(0.256)).toBe('26%');
    expect(numberFormatFor('ar').percent(0.25)).toMatch(/^25\D+$/u);
  });

  it('keeps seconds under five minutes and rounds them away above', () => {
    expect(durationParts(45.4)).toEqual({ minutes: 0, seconds: 45 });
    expect(durationParts(270)).toEqual({ minutes: 4, seconds: 30 });
    expect(durationParts(299.6)).toEqual({ minutes: 5, seconds: 0 });
    expect(durationParts(1_080)).toEqual({ minutes: 18, seconds: 0 });
    expect(durationParts(-3)).toEqual({ minutes: 0, seconds: 0 });
  });

  it('writes hours on the 24-hour clock with two digits', () => {
    expect(hourLabel(8)).toBe('08:00');
    expect(hourLabel(24)).toBe('00:00');
  });

  it('reads the kiosk-local clock, whatever the machine’s time zone', () => {
    expect(kioskClockTime(Date.parse('2026-11-25T21:30:00Z'), 180)).toBe('00:30');
    expect(kioskClockTime(Date.parse('2026-11-25T15:05:00Z'), 180)).toBe('18:05');
  });
});

describe('the hours the office is open', () => {
  it('runs from 07:00 to the hour before closing, or the closing hour if it closes after it starts', () => {
    const open = (closing: string) =>
      Array.from({ length: 24 }, (_, hour) => hour).filter((hour) => isOfficeHour(hour, closing));
    expect(open('17:00')).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(open('14:30')).toEqual([7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('finds the busiest hour, the first of a tie, and none when nobody came', () => {
    expect(busiestIndex(fixtureReport.byHour)).toBe(10);
    expect(busiestIndex([0, 3, 3])).toBe(1);
    expect(busiestIndex(emptyReport.byHour)).toBeUndefined();
  });
});

describe('chart rows', () => {
  it('titles topics and answers from the content in the screen language', () => {
    expect(topicRows(fixtureReport, content, 'en')[0]).toEqual({
      key: 'payments',
      label: 'Payment dates and amounts',
      value: 21,
    });
    const rows = answerRows(fixtureReport, content, 'ar', (id) => `? ${id}`);
    expect(rows[0]).toEqual({ key: 'payment-date', label: 'متى ينزل الضمان؟', value: 14 });
    // An answer the content no longer has keeps its figure, under a name that says so.
    expect(rows[2]).toEqual({ key: 'retired-answer', label: '? retired-answer', value: 1 });
  });

  it('lays the guide funnel out as opened, each step in order, then the finished checklist', () => {
    const rows = funnelRows(fixtureReport, content, 'en', {
      started: 'Opened',
      step: (number, title) => `${number}. ${title}`,
      checklist: 'Checklist',
    });
    expect(rows.map((row) => [row.label, row.value])).toEqual([
      ['Opened', 9],
      ['1. Get ready', 8],
      ['2. Log in with Nafath', 6],
      ['3. Complete the unified file', 4],
      ['4. Add your dependents', 3],
      ['5. Attach proof of housing', 3],
      ['6. Enter your IBAN', 2],
      ['7. Give consent and submit', 2],
      ['8. Wait for the result and the payment', 1],
      ['9. After you register', 1],
      ['Checklist', 2],
    ]);
  });

  it('calls a period empty only with neither visits nor tickets', () => {
    expect(isEmptyReport(emptyReport)).toBe(true);
    expect(isEmptyReport(fixtureReport)).toBe(false);
    expect(isEmptyReport({ ...emptyReport, tickets: { ...emptyReport.tickets, count: 1 } })).toBe(
      false,
    );
  });
});
