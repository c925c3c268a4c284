/**
 * One summary per visit of a period, for the visits file. Policy: the same visits as the report
 * (ended, started in the period; see aggregate.ts) and the same rules (furthest guide step from
 * progress and events, the last eligibility result, the last feedback per answer); counts and
 * choices only: no caseworker, no search text, no callback, nothing that names a citizen.
 */
import type { EligibilityBand } from '../eligibility/rules';
import type {
  AssistedOutcome,
  EndReason,
  SessionMode,
  Visit,
  VisitEvent,
  VisitEventPayloads,
} from '../visit/types';
import type { Language } from '../content/schema';
import { dayRange } from './options';
import type { ReportInput, ReportOptions } from './types';

/** What the visits file says about one visit. */
export type VisitRow = {
  readonly startedAt: number;
  readonly endedAt: number;
  /** Whole seconds from start to end. */
  readonly seconds: number;
  readonly lang: Language;
  readonly mode: SessionMode;
  readonly outcome?: AssistedOutcome;
  readonly endReason?: EndReason;
  /** How many guide steps, counted to the furthest one reached (0 when none). */
  readonly guideSteps: number;
  /** The visit's last eligibility result. */
  readonly eligibility?: EligibilityBand;
  readonly answersViewed: number;
  readonly searches: number;
  readonly noResultSearches: number;
  /** Answers whose last feedback in the visit was "helpful" / "not helpful". */
  readonly helpful: number;
  readonly notHelpful: number;
  /** The day's number of the ticket taken in the visit (the last, if more than one). */
  readonly ticketNumber?: number;
};

type Tally = {
  furthest: number;
  eligibility?: { at: number; seq: number; band: EligibilityBand };
  answersViewed: number;
  searches: number;
  noResultSearches: number;
  feedback: Map<string, { at: number; seq: number; isHelpful: boolean }>;
  ticket?: { at: number; number: number };
};

const sequenceOf = (id: string): number => {
  const seq = Number(id.slice(id.lastIndexOf(':') + 1));
  return Number.isFinite(seq) ? seq : 0;
};

const later = (at: number, seq: number, than?: { at: number; seq: number }): boolean =>
  !than || at > than.at || (at === than.at && seq > than.seq);

/** The period's counted visits, oldest first (ties by id), each summarised. */
export function visitRows(input: ReportInput, options: ReportOptions): VisitRow[] {
  const { fromMs, toMs } = dayRange(options.from, options.to, options.utcOffsetMinutes);
  const stepIndex = new Map(options.guideStepIds.map((id, index) => [id, index]));
  const counted = new Map<string, Visit>();
  const tallies = new Map<string, Tally>();
  for (const visit of input.visits) {
    if (visit.endedAt === undefined || counted.has(visit.id)) continue;
    if (!(visit.startedAt >= fromMs && visit.startedAt < toMs)) continue;
    counted.set(visit.id, visit);
    let furthest = -1;
    for (const stepId of visit.guideProgress) {
      furthest = Math.max(furthest, stepIndex.get(stepId) ?? -1);
    }
    tallies.set(visit.id, {
      furthest,
      answersViewed: 0,
      searches: 0,
      noResultSearches: 0,
      feedback: new Map(),
    });
  }
  for (const event of input.events as readonly VisitEvent[]) {
    const tally = tallies.get(event.sessionId);
    if (!tally) continue;
    switch (event.type) {
      case 'faq-view':
        tally.answersViewed += 1;
        break;
      case 'search':
        tally.searches += 1;
        break;
      case 'search-no-results':
        tally.noResultSearches += 1;
        break;
      case 'guide-step': {
        const { stepId } = event.payload as VisitEventPayloads['guide-step'];
        tally.furthest = Math.max(tally.furthest, stepIndex.get(stepId) ?? -1);
        break;
      }
      case 'eligibility-result': {
        const seq = sequenceOf(event.id);
        if (later(event.at, seq, tally.eligibility)) {
          const { band } = event.payload as VisitEventPayloads['eligibility-result'];
          tally.eligibility = { at: event.at, seq, band };
        }
        break;
      }
      case 'feedback': {
        const { entryId, isHelpful } = event.payload as VisitEventPayloads['feedback'];
        const seq = sequenceOf(event.id);
        if (later(event.at, seq, tally.feedback.get(entryId))) {
          tally.feedback.set(entryId, { at: event.at, seq, isHelpful });
        }
        break;
      }
      case 'help-request': {
        const { ticketNumber } = event.payload as VisitEventPayloads['help-request'];
        if (!tally.ticket || event.at >= tally.ticket.at) {
          tally.ticket = { at: event.at, number: ticketNumber };
        }
        break;
      }
      default:
        break;
    }
  }
  // A ticket that names the visit is the record; the visit's own event is the fallback.
  const ticketOf = new Map<string, { at: number; number: number }>();
  for (const ticket of input.tickets) {
    if (ticket.sessionId === undefined) continue;
    const known = ticketOf.get(ticket.sessionId);
    if (!known || ticket.createdAt >= known.at) {
      ticketOf.set(ticket.sessionId, { at: ticket.createdAt, number: ticket.number });
    }
  }

  return [...counted.values()]
    .sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((visit) => {
      const tally = tallies.get(visit.id) as Tally;
      const endedAt = visit.endedAt as number;
      let helpful = 0;
      for (const feedback of tally.feedback.values()) if (feedback.isHelpful) helpful += 1;
      const ticketNumber = ticketOf.get(visit.id)?.number ?? tally.ticket?.number;
      return {
        startedAt: visit.startedAt,
        endedAt,
        seconds: Math.round(Math.max(0, endedAt - visit.startedAt) / 1000),
        lang: visit.lang,
        mode: visit.mode,
        ...(visit.mode === 'assisted' && visit.outcome !== undefined
          ? { outcome: visit.outcome }
          : {}),
        ...(visit.endReason === undefined ? {} : { endReason: visit.endReason }),
        guideSteps: tally.furthest + 1,
        ...(tally.eligibility ? { eligibility: tally.eligibility.band } : {}),
        answersViewed: tally.answersViewed,
        searches: tally.searches,
        noResultSearches: tally.noResultSearches,
        helpful,
        notHelpful: tally.feedback.size - helpful,
        ...(ticketNumber === undefined ? {} : { ticketNumber }),
      };
    });
}
