/**
 * The visit report against a hand-built day (tests/fixtures/report/day.ts) whose every figure was
 * worked out by hand; each expectation says where its number comes from.
 */
import { describe, expect, it } from 'vitest';
import { aggregateReport, nearestRank } from '../../../../core/report/aggregate';
import type { ReportInput, ReportOptions } from '../../../../core/report/types';
import type { StoredVisit, VisitEvent } from '../../../../core/visit/types';
import {
  hyperlinkText,
  input,
  local,
  options,
  visits as fixtureVisits,
} from '../../../fixtures/report/day';

const emptyInput: ReportInput = { visits: [], events: [], tickets: [] };

describe('the report of a hand-checked day', () => {
  const report = aggregateReport(input, options);

  it('counts the eight ended visits that started on the day', () => {
    // V1..V8; X1 is open, X2 started the evening before, X3 the next day.
    expect(report.period).toEqual({ from: '2026-03-10', to: '2026-03-10', days: 1 });
    expect(report.totals.visits).toBe(8);
    // Self: V1 V2 V3 V6 V7 V8; assisted: V4 V5.
    expect(report.totals.selfService).toBe(6);
    expect(report.totals.assisted).toBe(2);
    expect(report.byMode).toEqual({ self: 6, assisted: 2 });
    expect(report.byDay).toEqual([{ day: '2026-03-10', visits: 8 }]);
  });

  it('takes the median visit length by nearest rank', () => {
    // Lengths: V1 120, V2 300, V3 60, V4 1800, V5 300, V6 90, V7 1200 (23:50 to 00:10), V8 30.
    // Sorted 30 60 90 120 300 300 1200 1800; rank ceil(0.5 × 8) = 4 → 120.
    expect(report.totals.medianVisitSeconds).toBe(120);
  });

  it('counts end reasons and the share ended by inactivity', () => {
    // Completed V1 V4 V8; idle V2 V3 V7; start-over V5; crash-recovered V6.
    expect(report.byEndReason).toEqual({
      completed: 3,
      idle: 3,
      'start-over': 1,
      'crash-recovered': 1,
    });
    // 3 of 8.
    expect(report.totals.endedByIdle).toEqual({ count: 3, share: 0.375 });
  });

  it('counts visits by kiosk-local starting hour', () => {
    const expected = new Array<number>(24).fill(0);
    expected[0] = 1; // V8 at 00:00:00
    expected[9] = 2; // V1 09:05, V2 09:40
    expected[10] = 1; // V3 10:10
    expected[11] = 2; // V4 11:00, V5 11:20
    expected[16] = 1; // V6 16:30
    expected[23] = 1; // V7 23:50, though it ended the next day
    expect(report.byHour).toEqual(expected);
  });

  it('counts languages and assisted outcomes', () => {
    // Arabic: V1 V2 V4 V5 V7 V8; English: V3 V6.
    expect(report.byLanguage).toEqual({ ar: 6, en: 2 });
    // V4 registered with help, V5 documents missing.
    expect(report.outcomes).toEqual({
      'registered-with-help': 1,
      'documents-missing': 1,
      'referred-to-desk': 0,
      'information-only': 0,
      other: 0,
    });
  });

  it('counts how far visitors got in the guide', () => {
    // Furthest step: V2 log-in (events and progress), V4 enter-iban (progress only), V5
    // unified-file (an event, no first page; its removed step is ignored). V6 opened the first
    // page only. Started: V2 V4 V5 V6.
    expect(report.guideFunnel).toEqual({
      started: 4,
      steps: [
        { stepId: 'get-ready', visits: 3 }, // V2 V4 V5
        { stepId: 'log-in', visits: 3 }, // V2 V4 V5 (V5 jumped past it: "this step or later")
        { stepId: 'unified-file', visits: 2 }, // V4 V5
        { stepId: 'enter-iban', visits: 1 }, // V4
      ],
      checklistCompleted: 1, // V4
    });
  });

  it("counts each visit's last eligibility result", () => {
    // V2 may-be then likely (counts likely), V4 likely-not, V8 likely.
    expect(report.eligibilityBands).toEqual({
      'likely-eligible': 2,
      'may-be-eligible': 0,
      'likely-not-eligible': 1,
    });
  });

  it('counts topics and answers', () => {
    // topic-a: V1's topic screen, V1's a1, V3's a1, V5's a2 = 4.
    // topic-b: V3's b1, V6's two topic screens = 3. X1's and the unknown visit's views do not count.
    expect(report.topTopics).toEqual([
      { categoryId: 'topic-a', views: 4 },
      { categoryId: 'topic-b', views: 3 },
    ]);
    // a1: V1, V3; a2: V5; b1: V3 (a2 before b1 on a tie).
    expect(report.topAnswers).toEqual([
      { entryId: 'a1', views: 2 },
      { entryId: 'a2', views: 1 },
      { entryId: 'b1', views: 1 },
    ]);
  });

  it("counts each visit's last feedback per answer, answers to fix first", () => {
    const none = {
      'not-my-question': 0,
      'hard-to-understand': 0,
      'need-more-detail': 0,
      'information-wrong': 0,
    };
    // a1: V1 said no then yes (counts yes), V3 said no (information wrong): 1 and 1.
    // a2: V5 no (need more detail). b1: V3 no (not my question).
    // All have one "no"; a1 has more feedback in all, then a2 before b1 by id.
    expect(report.helpfulness).toEqual([
      { entryId: 'a1', helpful: 1, notHelpful: 1, reasons: { ...none, 'information-wrong': 1 } },
      { entryId: 'a2', helpful: 0, notHelpful: 1, reasons: { ...none, 'need-more-detail': 1 } },
      { entryId: 'b1', helpful: 0, notHelpful: 1, reasons: { ...none, 'not-my-question': 1 } },
    ]);
  });

  it('groups the searches that found nothing', () => {
    expect(report.missingAnswers).toEqual([
      // V1 as typed, V2 with extra spaces, V5 spelt with ي: one question, shown as typed most.
      { text: 'متى ينزل الدعم', lang: 'ar', count: 3 },
      // Ties by text in code-unit order: "=" < "P" < "p".
      { text: hyperlinkText, lang: 'ar', count: 1 }, // V8
      { text: 'Pension', lang: 'en', count: 1 }, // V3 typed it twice: once per visit
      { text: 'pension', lang: 'ar', count: 1 }, // V7, in the Arabic interface: its own group
    ]);
    // "…" (V2) and "# @" (V3) are only placeholders.
    expect(report.missingAnswers.some((row) => row.text === '…' || row.text === '# @')).toBe(false);
  });

  it('counts tickets and their waits by nearest rank', () => {
    // T1..T6 taken on the day (T7 the evening before). Served T1 (120 s), T2 (600 s), T3 (60 s).
    // Waits sorted 60 120 600: median rank ceil(1.5) = 2 → 120; 90th rank ceil(2.7) = 3 → 600.
    expect(report.tickets).toEqual({
      count: 6,
      served: 3,
      noShow: 1, // T4
      calledBack: 1, // T5
      waiting: 1, // T6
      withCallback: 2, // T2, T5
      medianWaitSeconds: 120,
      p90WaitSeconds: 600,
    });
  });

  it('is the same report whatever order the events and visits come in', () => {
    const shuffled: ReportInput = {
      visits: [...input.visits].reverse(),
      events: [...input.events].reverse(),
      tickets: [...input.tickets].reverse(),
    };
    expect(aggregateReport(shuffled, options)).toEqual(report);
  });

  it('orders events at the same instant by their sequence in the visit', () => {
    const sameInstant = input.events.map((event) =>
      event.sessionId === 'V2' && event.type === 'eligibility-result'
        ? { ...event, at: local('09:42:00') }
        : event,
    );
    const again = aggregateReport(
      { ...input, events: [...sameInstant].reverse() },
      options,
    ).eligibilityBands;
    // V2's second result (likely) is still its last.
    expect(again['likely-eligible']).toBe(2);
    expect(again['may-be-eligible']).toBe(0);
  });
});

describe('report edge cases', () => {
  it('makes an empty report of a day without visits', () => {
    const report = aggregateReport(emptyInput, options);
    expect(report.totals).toEqual({
      visits: 0,
      selfService: 0,
      assisted: 0,
      medianVisitSeconds: 0,
      endedByIdle: { count: 0, share: 0 },
    });
    expect(report.byHour).toEqual(new Array<number>(24).fill(0));
    expect(report.byDay).toEqual([{ day: '2026-03-10', visits: 0 }]);
    expect(report.guideFunnel.started).toBe(0);
    expect(report.guideFunnel.steps.map((step) => step.visits)).toEqual([0, 0, 0, 0]);
    expect(report.topTopics).toEqual([]);
    expect(report.missingAnswers).toEqual([]);
    expect(report.tickets.medianWaitSeconds).toBe(0);
    expect(report.tickets.p90WaitSeconds).toBe(0);
  });

  it('ignores open visits', () => {
    const onlyOpen = { ...emptyInput, visits: fixtureVisits.filter((v) => v.id === 'X1') };
    expect(aggregateReport(onlyOpen, options).totals.visits).toBe(0);
  });

  it('counts a visit that crosses midnight on the day it started', () => {
    // On 2026-03-11 only X3 counts: V7 (23:50 to 00:10) belongs to the 10th.
    const next = aggregateReport(input, { ...options, from: '2026-03-11', to: '2026-03-11' });
    expect(next.totals.visits).toBe(1);
    expect(next.byHour[0]).toBe(1);
    expect(next.byHour[23]).toBe(0);
    expect(next.totals.endedByIdle).toEqual({ count: 1, share: 1 });
  });

  it('reports seven days with the days without visits as zeros', () => {
    const week = aggregateReport(input, { ...options, from: '2026-03-08', to: '2026-03-14' });
    expect(week.period.days).toBe(7);
    expect(week.byDay).toEqual([
      { day: '2026-03-08', visits: 0 },
      { day: '2026-03-09', visits: 1 }, // X2
      { day: '2026-03-10', visits: 8 }, // V1..V8
      { day: '2026-03-11', visits: 1 }, // X3
      { day: '2026-03-12', visits: 0 },
      { day: '2026-03-13', visits: 0 },
      { day: '2026-03-14', visits: 0 },
    ]);
    expect(week.totals.visits).toBe(10);
    // X2 and X3 each opened b1.
    expect(week.topAnswers[0]).toEqual({ entryId: 'b1', views: 3 });
    // T7 joins: waits 60 120 600 1800; median rank 2 → 120; 90th rank ceil(3.6) = 4 → 1800.
    expect(week.tickets.count).toBe(7);
    expect(week.tickets.medianWaitSeconds).toBe(120);
    expect(week.tickets.p90WaitSeconds).toBe(1800);
  });

  it('reads hours and days at the kiosk offset (UTC+3)', () => {
    const at = (iso: string, id: string): StoredVisit => ({
      id,
      kioskId: 'k',
      lang: 'ar',
      mode: 'self',
      startedAt: Date.parse(iso),
      endedAt: Date.parse(iso) + 60_000,
      endReason: 'completed',
      guideProgress: [],
      syncState: 'pending',
    });
    const visits = [at('2026-03-10T06:30:00Z', 'morning'), at('2026-03-09T22:30:00Z', 'night')];
    const saudi = aggregateReport({ ...emptyInput, visits }, options);
    // 06:30 UTC is 09:30 in Riyadh; 22:30 UTC on the 9th is 01:30 on the 10th.
    expect(saudi.totals.visits).toBe(2);
    expect(saudi.byHour[9]).toBe(1);
    expect(saudi.byHour[1]).toBe(1);
    const utc = aggregateReport({ ...emptyInput, visits }, { ...options, utcOffsetMinutes: 0 });
    // At UTC the night visit belongs to the 9th.
    expect(utc.totals.visits).toBe(1);
    expect(utc.byHour[6]).toBe(1);
  });

  it('gives an empty period for a range that ends before it starts', () => {
    const backwards = aggregateReport(input, { ...options, from: '2026-03-11', to: '2026-03-10' });
    expect(backwards.period.days).toBe(0);
    expect(backwards.byDay).toEqual([]);
    expect(backwards.totals.visits).toBe(0);
  });
});

describe('nearest-rank percentiles', () => {
  it('always gives a value that occurred', () => {
    expect(nearestRank([], 50)).toBe(0);
    expect(nearestRank([7], 90)).toBe(7);
    expect(nearestRank([4, 1, 3, 2], 50)).toBe(2); // rank 2 of 1 2 3 4
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9); // rank 9
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10); // rank ceil(9.9) = 10
  });
});

describe('a full day', () => {
  it('aggregates 1,000 visits of 20 events each', () => {
    const visits: StoredVisit[] = [];
    const events: VisitEvent[] = [];
    const start = local('08:00:00');
    for (let index = 0; index < 1000; index += 1) {
      const id = `visit-${index}`;
      const startedAt = start + index * 40_000;
      visits.push({
        id,
        kioskId: 'k',
        lang: index % 4 === 0 ? 'en' : 'ar',
        mode: 'self',
        startedAt,
        endedAt: startedAt + 120_000,
        endReason: 'idle',
        guideProgress: [],
        syncState: 'pending',
      });
      for (let seq = 0; seq < 20; seq += 1) {
        const at = startedAt + seq * 1000;
        const common = { id: `${id}:${seq}`, sessionId: id, at };
        events.push(
          seq % 3 === 0
            ? { ...common, type: 'faq-view', payload: { entryId: `e${seq}`, via: 'category' } }
            : seq % 3 === 1
              ? { ...common, type: 'guide-step', payload: { stepId: 'log-in' } }
              : {
                  ...common,
                  type: 'search-no-results',
                  payload: { text: `word ${seq}`, lang: 'en' },
                },
        );
      }
    }
    const big: ReportInput = { visits, events, tickets: [] };
    const dayOptions: ReportOptions = options;
    // How long this takes is bench:report's business (day_aggregate_ms); here, only the figures.
    const report = aggregateReport(big, dayOptions);
    expect(report.totals.visits).toBe(1000);
    expect(report.guideFunnel.steps[1]?.visits).toBe(1000);
  });
});
