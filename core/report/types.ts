/**
 * The visit report's input and shape. Shared by the kiosk (report screen, CSV, automatic export),
 * the command line (`npm run report`) and the office hub. Policy: a report holds counts and the
 * stored, filtered search text only: nothing that names or identifies a citizen.
 */
import type { Language } from '../content/schema';
import type { EligibilityBand } from '../eligibility/rules';
import type { TicketRecord } from '../help/types';
import type {
  AssistedOutcome,
  EndReason,
  FeedbackReason,
  SessionMode,
  Visit,
  VisitEvent,
} from '../visit/types';

/** What the aggregation reads: the visits of the period, their events and the period's tickets. */
export type ReportInput = {
  /** Visits that started in the period (ended ones; open ones are ignored). */
  readonly visits: readonly Visit[];
  /** Events of those visits, in any order. */
  readonly events: readonly VisitEvent[];
  /** Tickets taken in the period. */
  readonly tickets: readonly TicketRecord[];
};

/** What the aggregation needs to know beyond the data. */
export type ReportOptions = {
  /** First and last day of the period, `YYYY-MM-DD`, kiosk-local, inclusive. */
  readonly from: string;
  readonly to: string;
  /** Minutes east of UTC for "kiosk-local" (hours, days); Saudi Arabia is +180 all year. */
  readonly utcOffsetMinutes: number;
  /** The registration guide's step ids in order, for the funnel. */
  readonly guideStepIds: readonly string[];
  /** Each FAQ answer's topic, so answer views count towards topics. */
  readonly entryCategory: Readonly<Record<string, string>>;
  /** Epoch milliseconds the report is made at: waiting tickets wait until then. */
  readonly now: number;
};

/** A count with a share of its whole (0 to 1; 0 when the whole is 0). */
export type Share = { readonly count: number; readonly share: number };

/** The report of one day or a range. Every figure is a count or a duration in seconds. */
export type VisitReport = {
  readonly period: { readonly from: string; readonly to: string; readonly days: number };
  readonly totals: {
    readonly visits: number;
    readonly selfService: number;
    readonly assisted: number;
    /** Median visit length in seconds (0 with no visits). */
    readonly medianVisitSeconds: number;
    readonly endedByIdle: Share;
  };
  /** Visits by kiosk-local starting hour, 24 entries. */
  readonly byHour: readonly number[];
  /** Visits by day, one entry per day of the period (zeros included), oldest first. */
  readonly byDay: readonly { readonly day: string; readonly visits: number }[];
  /** Visits by the language they started in. */
  readonly byLanguage: Readonly<Record<Language, number>>;
  readonly byMode: Readonly<Record<SessionMode, number>>;
  readonly byEndReason: Readonly<Record<EndReason, number>>;
  /** Outcomes of assisted visits. */
  readonly outcomes: Readonly<Record<AssistedOutcome, number>>;
  /**
   * How far visitors got in the registration guide: per step in guide order, the visits that
   * reached that step or a later one; `started` counts visits that opened the guide at all.
   */
  readonly guideFunnel: {
    readonly started: number;
    readonly steps: readonly { readonly stepId: string; readonly visits: number }[];
    readonly checklistCompleted: number;
  };
  readonly eligibilityBands: Readonly<Record<EligibilityBand, number>>;
  /** Topics by views (topic screens plus answers opened in them), most first; ties by id. */
  readonly topTopics: readonly { readonly categoryId: string; readonly views: number }[];
  /** Answers by views, most first, top 20; ties by id. */
  readonly topAnswers: readonly { readonly entryId: string; readonly views: number }[];
  /** "Was this helpful?" per answer that had any, with the reasons given for "no". */
  readonly helpfulness: readonly {
    readonly entryId: string;
    readonly helpful: number;
    readonly notHelpful: number;
    readonly reasons: Readonly<Record<FeedbackReason, number>>;
  }[];
  /** Searches that found nothing, grouped by their stored text and language, top 20. */
  readonly missingAnswers: readonly {
    readonly text: string;
    readonly lang: Language;
    readonly count: number;
  }[];
  readonly tickets: {
    readonly count: number;
    readonly served: number;
    readonly noShow: number;
    readonly calledBack: number;
    readonly waiting: number;
    readonly withCallback: number;
    /** Seconds from taking a ticket to being served (served tickets only); 0 with none. */
    readonly medianWaitSeconds: number;
    readonly p90WaitSeconds: number;
  };
};
