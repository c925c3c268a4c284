/**
 * The visit report, computed from a period's visits, their events and its tickets. Pure and
 * deterministic (the same input gives the same report, key order included) and one pass over the
 * events, so a day of 1,000 visits takes a few milliseconds and the office hub can run it over
 * many kiosks.
 *
 * Policy, figure by figure:
 * - A visit counts when it has ended and started in the period (kiosk-local days, see
 *   options.ts). A visit that crosses midnight counts on the day it started. Open visits, and
 *   events of visits that do not count, are ignored.
 * - Hours and days are kiosk-local (`utcOffsetMinutes`).
 * - Guide funnel: a visit reached a step when the step, or a later one, is in its stored guide
 *   progress or in a `guide-step` event; `started` counts visits that showed the guide's first
 *   page or reached any step; `checklistCompleted` counts visits with a `checklist-completed`
 *   event. Step ids the guide no longer has are ignored.
 * - Eligibility bands: each visit's last result (a visitor who tried again counts once, with the
 *   band they ended on).
 * - Topics: every topic screen shown plus every answer opened whose topic is known. Answers:
 *   every answer opened, top 20.
 * - Helpfulness: each visit's last "Was this helpful?" per answer (a changed mind counts once, as
 *   changed); sorted by "not helpful" first, then by all feedback, then by answer id, so the
 *   answers to fix come first.
 * - Missing answers: searches that found nothing, grouped by normalised text (core/search
 *   normalisation: hamza, tashkeel, case and punctuation folded) and language; a text counts once
 *   per visit (a search paused twice is one question); texts that are only placeholders (`…`,
 *   `#`, `@`) say nothing and are left out. Each group shows its most frequent written form.
 *   Top 20 by count, ties by text then language.
 * - Tickets: those taken in the period. Waits are `closedAt - createdAt` of served tickets.
 * - Medians and the 90th percentile use the nearest-rank method: the p-th percentile of n sorted
 *   values is the value at rank ⌈p/100 × n⌉ (1-based), so it is always a value that occurred and
 *   the median of an even count is the lower middle value. Durations are rounded to whole
 *   seconds.
 * - Shares are count / whole, 0 when the whole is 0.
 */
import { languages, type Language } from '../content/schema';
import { eligibilityBands, type EligibilityBand } from '../eligibility/rules';
import { normalizeText } from '../search/normalize';
import {
  assistedOutcomes,
  endReasons,
  feedbackReasons,
  sessionModes,
  type FeedbackReason,
  type VisitEvent,
  type VisitEventPayloads,
} from '../visit/types';
import { daysBetween, utcMidnight } from './options';
import type { ReportInput, ReportOptions, Share, VisitReport } from './types';

const dayMs = 86_400_000;
const hourMs = 3_600_000;
const minuteMs = 60_000;

/** How many answers and missing-answer texts the report lists. */
export const topListLength = 20;

/** A record with every key of `keys` at 0. */
function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  const record = {} as Record<K, number>;
  for (const key of keys) record[key] = 0;
  return record;
}

/** Count / whole, 0 when the whole is 0. */
export function shareOf(count: number, whole: number): Share {
  return { count, share: whole === 0 ? 0 : count / whole };
}

/**
 * The nearest-rank percentile of `values` (any order; not changed): the value at rank
 * ⌈p/100 × n⌉ of the sorted values; 0 for no values.
 */
export function nearestRank(values: readonly number[], percentile: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((percentile / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? 0;
}

const toSeconds = (ms: number): number => Math.round(ms / 1000);

/** The sequence number in an event id (`<visit>:<seq>`), for ordering events at the same time. */
function sequenceOf(event: VisitEvent): number {
  const colon = event.id.lastIndexOf(':');
  const seq = Number(event.id.slice(colon + 1));
  return Number.isFinite(seq) ? seq : 0;
}

/** True when `a` happened after `b` (by time, then by sequence in the visit). */
function isLater(a: VisitEvent, b: VisitEvent): boolean {
  return a.at !== b.at ? a.at > b.at : sequenceOf(a) > sequenceOf(b);
}

/** What one counted visit gathers while the events are read. */
type VisitState = {
  /** Index of the furthest guide step reached, -1 for none. */
  furthestStep: number;
  openedGuide: boolean;
  completedChecklist: boolean;
  lastEligibility?: VisitEvent<'eligibility-result'>;
  /** Last feedback per answer. */
  feedback?: Map<string, VisitEvent<'feedback'>>;
  /** Missing-answer group keys already counted for this visit. */
  missing?: Set<string>;
};

type MissingGroup = {
  readonly lang: Language;
  count: number;
  /** Written forms and how often each was seen. */
  readonly forms: Map<string, number>;
};

const byCountThenId = <T extends { readonly views: number }>(id: (item: T) => string) => {
  return (a: T, b: T): number => b.views - a.views || compareText(id(a), id(b));
};

/** Plain code-unit order: the same everywhere, unlike locale collation. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The most frequent written form; ties by code-unit order. */
function commonestForm(forms: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of forms) {
    if (count > bestCount || (count === bestCount && compareText(form, best) < 0)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

/** The report of `options.from`..`options.to`; see the module header for every figure's rule. */
export function aggregateReport(input: ReportInput, options: ReportOptions): VisitReport {
  const days = daysBetween(options.from, options.to);
  const offsetMs = options.utcOffsetMinutes * minuteMs;
  const firstMidnight = utcMidnight(options.from);
  const stepIndex = new Map(options.guideStepIds.map((id, index) => [id, index]));

  const byHour = new Array<number>(24).fill(0);
  const perDay = new Array<number>(days).fill(0);
  const byLanguage = zeros(languages);
  const byMode = zeros(sessionModes);
  const byEndReason = zeros(endReasons);
  const outcomes = zeros(assistedOutcomes);
  const durations: number[] = [];

  // Visits: which count, and their per-visit state, by id.
  const states = new Map<string, VisitState>();
  for (const visit of input.visits) {
    if (visit.endedAt === undefined || states.has(visit.id)) continue;
    const local = visit.startedAt + offsetMs;
    const day = Math.floor((local - firstMidnight) / dayMs);
    if (!(day >= 0 && day < days)) continue;
    perDay[day] = (perDay[day] ?? 0) + 1;
    const hour = Math.floor((((local % dayMs) + dayMs) % dayMs) / hourMs);
    byHour[hour] = (byHour[hour] ?? 0) + 1;
    if (Object.hasOwn(byLanguage, visit.lang)) byLanguage[visit.lang] += 1;
    if (Object.hasOwn(byMode, visit.mode)) byMode[visit.mode] += 1;
    if (visit.endReason !== undefined && Object.hasOwn(byEndReason, visit.endReason)) {
      byEndReason[visit.endReason] += 1;
    }
    if (
      visit.mode === 'assisted' &&
      visit.outcome !== undefined &&
      Object.hasOwn(outcomes, visit.outcome)
    ) {
      outcomes[visit.outcome] += 1;
    }
    durations.push(Math.max(0, visit.endedAt - visit.startedAt));
    let furthestStep = -1;
    for (const stepId of visit.guideProgress) {
      const index = stepIndex.get(stepId);
      if (index !== undefined && index > furthestStep) furthestStep = index;
    }
    states.set(visit.id, { furthestStep, openedGuide: false, completedChecklist: false });
  }

  // Events: one pass.
  const topicViews = new Map<string, number>();
  const answerViews = new Map<string, number>();
  const missing = new Map<string, MissingGroup>();
  for (const event of input.events) {
    const state = states.get(event.sessionId);
    if (!state) continue;
    switch (event.type) {
      case 'screen': {
        const { screen, ref } = event.payload as VisitEventPayloads['screen'];
        if (screen === 'guide-start') state.openedGuide = true;
        else if (screen === 'faq-category' && ref !== undefined) {
          topicViews.set(ref, (topicViews.get(ref) ?? 0) + 1);
        }
        break;
      }
      case 'faq-view': {
        const { entryId } = event.payload as VisitEventPayloads['faq-view'];
        answerViews.set(entryId, (answerViews.get(entryId) ?? 0) + 1);
        const topic = Object.hasOwn(options.entryCategory, entryId)
          ? options.entryCategory[entryId]
          : undefined;
        if (topic !== undefined) topicViews.set(topic, (topicViews.get(topic) ?? 0) + 1);
        break;
      }
      case 'guide-step': {
        const index = stepIndex.get((event.payload as VisitEventPayloads['guide-step']).stepId);
        if (index !== undefined && index > state.furthestStep) state.furthestStep = index;
        break;
      }
      case 'checklist-completed':
        state.completedChecklist = true;
        break;
      case 'eligibility-result': {
        const result = event as VisitEvent<'eligibility-result'>;
        if (!state.lastEligibility || isLater(result, state.lastEligibility)) {
          state.lastEligibility = result;
        }
        break;
      }
      case 'feedback': {
        const feedback = event as VisitEvent<'feedback'>;
        state.feedback ??= new Map();
        const previous = state.feedback.get(feedback.payload.entryId);
        if (!previous || isLater(feedback, previous)) {
          state.feedback.set(feedback.payload.entryId, feedback);
        }
        break;
      }
      case 'search-no-results': {
        const { text, lang } = event.payload as VisitEventPayloads['search-no-results'];
        const normalized = normalizeText(text);
        if (normalized === '') break; // only placeholders: says nothing
        const key = `${lang}\u0000${normalized}`;
        let group = missing.get(key);
        if (!group) {
          group = { lang, count: 0, forms: new Map() };
          missing.set(key, group);
        }
        // Every written form counts towards the shown one, so event order cannot change it.
        const form = text.trim().replace(/\s+/gu, ' ');
        group.forms.set(form, (group.forms.get(form) ?? 0) + 1);
        state.missing ??= new Set();
        if (state.missing.has(key)) break;
        state.missing.add(key);
        group.count += 1;
        break;
      }
      default:
        break;
    }
  }

  // Per-visit results.
  const stepCounts = new Array<number>(options.guideStepIds.length).fill(0);
  let guideStarted = 0;
  let checklistCompleted = 0;
  const bands = zeros(eligibilityBands);
  const helpful = new Map<
    string,
    { helpful: number; notHelpful: number; reasons: Record<FeedbackReason, number> }
  >();
  for (const state of states.values()) {
    if (state.furthestStep >= 0 || state.openedGuide) guideStarted += 1;
    // Counted once at the furthest step; the running sum below turns it into "or later".
    if (state.furthestStep >= 0) {
      stepCounts[state.furthestStep] = (stepCounts[state.furthestStep] ?? 0) + 1;
    }
    if (state.completedChecklist) checklistCompleted += 1;
    const band = state.lastEligibility?.payload.band as EligibilityBand | undefined;
    if (band !== undefined && Object.hasOwn(bands, band)) bands[band] += 1;
    if (state.feedback) {
      for (const [entryId, { payload }] of state.feedback) {
        let row = helpful.get(entryId);
        if (!row) {
          row = { helpful: 0, notHelpful: 0, reasons: zeros(feedbackReasons) };
          helpful.set(entryId, row);
        }
        if (payload.isHelpful) row.helpful += 1;
        else {
          row.notHelpful += 1;
          if (payload.reason !== undefined && Object.hasOwn(row.reasons, payload.reason)) {
            row.reasons[payload.reason] += 1;
          }
        }
      }
    }
  }
  for (let index = stepCounts.length - 2; index >= 0; index -= 1) {
    stepCounts[index] = (stepCounts[index] ?? 0) + (stepCounts[index + 1] ?? 0);
  }

  // Tickets taken in the period.
  const periodStart = firstMidnight - offsetMs;
  const periodEnd = periodStart + days * dayMs;
  const tickets = {
    count: 0,
    served: 0,
    noShow: 0,
    calledBack: 0,
    waiting: 0,
    withCallback: 0,
    medianWaitSeconds: 0,
    p90WaitSeconds: 0,
  };
  const waits: number[] = [];
  for (const ticket of input.tickets) {
    if (!(ticket.createdAt >= periodStart && ticket.createdAt < periodEnd)) continue;
    tickets.count += 1;
    if (ticket.hasCallback) tickets.withCallback += 1;
    if (ticket.status === 'served') {
      tickets.served += 1;
      if (ticket.closedAt !== undefined)
        waits.push(Math.max(0, ticket.closedAt - ticket.createdAt));
    } else if (ticket.status === 'no-show') tickets.noShow += 1;
    else if (ticket.status === 'called-back') tickets.calledBack += 1;
    else tickets.waiting += 1;
  }
  tickets.medianWaitSeconds = toSeconds(nearestRank(waits, 50));
  tickets.p90WaitSeconds = toSeconds(nearestRank(waits, 90));

  const visits = states.size;
  const helpfulness = [...helpful]
    .map(([entryId, row]) => ({ entryId, ...row }))
    .sort(
      (a, b) =>
        b.notHelpful - a.notHelpful ||
        b.helpful + b.notHelpful - (a.helpful + a.notHelpful) ||
        compareText(a.entryId, b.entryId),
    );
  const missingAnswers = [...missing.values()]
    .map((group) => ({ text: commonestForm(group.forms), lang: group.lang, count: group.count }))
    .sort((a, b) => b.count - a.count || compareText(a.text, b.text) || compareText(a.lang, b.lang))
    .slice(0, topListLength);

  return {
    period: { from: options.from, to: options.to, days },
    totals: {
      visits,
      selfService: byMode.self,
      assisted: byMode.assisted,
      medianVisitSeconds: toSeconds(nearestRank(durations, 50)),
      endedByIdle: shareOf(byEndReason.idle, visits),
    },
    byHour,
    byDay: perDay.map((count, index) => ({
      day: new Date(firstMidnight + index * dayMs).toISOString().slice(0, 10),
      visits: count,
    })),
    byLanguage,
    byMode,
    byEndReason,
    outcomes,
    guideFunnel: {
      started: guideStarted,
      steps: options.guideStepIds.map((stepId, index) => ({
        stepId,
        visits: stepCounts[index] ?? 0,
      })),
      checklistCompleted,
    },
    eligibilityBands: bands,
    topTopics: [...topicViews]
      .map(([categoryId, views]) => ({ categoryId, views }))
      .sort(byCountThenId((item) => item.categoryId)),
    topAnswers: [...answerViews]
      .map(([entryId, views]) => ({ entryId, views }))
      .sort(byCountThenId((item) => item.entryId))
      .slice(0, topListLength),
    helpfulness,
    missingAnswers,
    tickets,
  };
}
