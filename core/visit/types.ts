/**
 * What a visit is, as sent to the office hub (`Visit`, the wire type) and as stored on the kiosk
 * (`StoredVisit`: the wire fields plus local-only state). Shared by the renderer's database, the
 * sync client and the hub so the three never disagree about a field.
 */
import type { Language } from '../content/schema';
import type { EligibilityBand } from '../eligibility/rules';

/** How a visit ended. `crash-recovered` marks visits found open after a restart or crash. */
export const endReasons = ['completed', 'idle', 'start-over', 'crash-recovered'] as const;
export type EndReason = (typeof endReasons)[number];

/** `self`: a citizen alone at the kiosk. `assisted`: a caseworker acting with a citizen. */
export const sessionModes = ['self', 'assisted'] as const;
export type SessionMode = (typeof sessionModes)[number];

/**
 * Where a visit stands with the hub. `open` while the visit runs; `pending` once ended and waiting
 * in the outbox; `synced` after the hub acknowledged it; `rejected` when the hub refused it (kept
 * and shown in the dead-letter list, never silently dropped).
 */
export const syncStates = ['open', 'pending', 'synced', 'rejected'] as const;
export type SyncState = (typeof syncStates)[number];

/** Screens a visit can be on, recorded as `screen` events. */
export const screenNames = [
  'home',
  'faq-categories',
  'faq-category',
  'faq-answer',
  'faq-search',
  'guide-start',
  'guide-steps',
  'guide-checklist',
  'eligibility-question',
  'eligibility-check-answers',
  'eligibility-result',
  'help-ticket',
] as const;
export type ScreenName = (typeof screenNames)[number];

/**
 * One visit by one citizen, from the first touch after the attract screen to its end, as the
 * office hub receives it. Carries no local-only state (where the visit stands in the kiosk's
 * outbox is the kiosk's business): see `StoredVisit`.
 */
export type VisitSession = {
  /** Client-generated UUID, so a batch resent to the hub upserts instead of duplicating. */
  readonly id: string;
  /** The kiosk that recorded the visit (generated once per installation, kept in settings). */
  readonly kioskId: string;
  /** Epoch milliseconds of the first touch. */
  readonly startedAt: number;
  /** Epoch milliseconds of the end; absent while the visit is open. */
  readonly endedAt?: number;
  /** Language the visit started in (the citizen may switch; switches are events). */
  readonly lang: Language;
  /** Whether a citizen used the kiosk alone or a caseworker acted with them. */
  readonly mode: SessionMode;
  /** The caseworker acting in an assisted visit; absent for self-service visits. */
  readonly caseworkerId?: string;
  /** What came of an assisted visit, chosen by the staff member at its end (assisted only). */
  readonly outcome?: AssistedOutcome;
  /** Why the visit ended; absent while open. */
  readonly endReason?: EndReason;
  /** Ids of the registration-guide steps viewed, in the order first viewed. */
  readonly guideProgress: readonly string[];
};

/** What came of an assisted visit; the staff member must choose one to end it. */
export const assistedOutcomes = [
  'registered-with-help',
  'documents-missing',
  'referred-to-desk',
  'information-only',
  'other',
] as const;
export type AssistedOutcome = (typeof assistedOutcomes)[number];

/** The wire type of a visit: what the kiosk sends to the office hub. */
export type Visit = VisitSession;

/**
 * A visit as the kiosk stores it: the wire fields plus local-only state, never sent to the hub.
 * Policy: the outbox sends `pending` visits and marks them `synced` once the hub acknowledges
 * them; only `synced` visits may ever be pruned to free space.
 */
export type StoredVisit = VisitSession & {
  /** Where the visit stands with the hub: the outbox sends `pending` visits. */
  readonly syncState: SyncState;
};

/** The wire form of a stored visit: the same visit without its local-only state. */
export function toWireVisit(stored: StoredVisit): Visit {
  return Object.fromEntries(Object.entries(stored).filter(([key]) => key !== 'syncState')) as Visit;
}

/** Typed payloads, one per event type. Small on purpose: never personal data. */
export type VisitEventPayloads = {
  /** A screen was shown; `ref` is the category or entry id where the screen has one. */
  readonly screen: { readonly screen: ScreenName; readonly ref?: string };
  /** An FAQ answer was opened; `via` says how the citizen got there. */
  readonly 'faq-view': {
    readonly entryId: string;
    readonly via: 'category' | 'related' | 'search' | 'guide';
  };
  /** The citizen switched language. */
  readonly 'language-switch': { readonly from: Language; readonly to: Language };
  /** Text size step (1 to 3) or high contrast changed: tells the office who needs them. */
  readonly display: { readonly textSize: 1 | 2 | 3; readonly isHighContrast: boolean };
  /** The "Do you need more time?" dialog appeared, and whether the citizen answered it. */
  readonly 'idle-prompt': { readonly answered: boolean };
  /**
   * A search was settled on (typing paused or a result opened). `text` holds only the words the
   * kiosk knows (core/privacy/searchText.ts), with `…`, `#` and `@` in place of any other word,
   * number or address: people type their names and ID numbers into search boxes.
   */
  readonly search: {
    readonly text: string;
    readonly lang: Language;
    readonly resultCount: number;
    readonly topIds: readonly string[];
  };
  /** A search found nothing: tells the office which questions the content is missing. */
  readonly 'search-no-results': { readonly text: string; readonly lang: Language };
  /** "Was this helpful?" on an answer; `reason` only when the answer was not helpful. */
  readonly feedback: {
    readonly entryId: string;
    readonly isHelpful: boolean;
    readonly reason?: FeedbackReason;
  };
  /** A registration-guide step was opened. */
  readonly 'guide-step': { readonly stepId: string };
  /**
   * The "What do I have?" checklist was finished. Deliberately empty: what a citizen has or lacks
   * is theirs, and stays in memory for the visit only.
   */
  readonly 'checklist-completed': Record<string, never>;
  /** The informal eligibility check reached a result band (answers are never stored). */
  readonly 'eligibility-result': { readonly band: EligibilityBand };
  /** Something the citizen takes home: a QR code shown, or a checklist printed. */
  readonly handoff: {
    readonly kind: 'qr-shown' | 'printed';
    readonly context: 'faq' | 'guide' | 'eligibility';
  };
  /**
   * The citizen asked for a staff member and took a ticket. Links the visit to the day's ticket
   * number (not personal); whether a callback was requested, never its details.
   */
  readonly 'help-request': {
    readonly ticketNumber: number;
    readonly hasCallback: boolean;
    /** Where the citizen asked from. */
    readonly from: 'home' | 'no-results' | 'answer' | 'guide' | 'eligibility';
  };
  /**
   * A staff member's short note on an assisted visit, after the same personal-data filter as
   * search text (core/privacy/searchText.ts): only words the kiosk knows are kept.
   */
  readonly 'staff-note': { readonly text: string };
};

/** Why an answer did not help, chosen from a short list (never free text). */
export const feedbackReasons = [
  'not-my-question',
  'hard-to-understand',
  'need-more-detail',
  'information-wrong',
] as const;
export type FeedbackReason = (typeof feedbackReasons)[number];

export type VisitEventType = keyof VisitEventPayloads;

/** One thing that happened during a visit. */
export type VisitEvent<T extends VisitEventType = VisitEventType> = {
  /**
   * `<visit id>:<sequence number in the visit>`: unique, and the same every time the event is
   * read or resent, so the hub upserts instead of duplicating. Never stored per event.
   */
  readonly id: string;
  /** The visit it belongs to. */
  readonly sessionId: string;
  /** Epoch milliseconds. */
  readonly at: number;
  /** What happened; decides the payload's shape. */
  readonly type: T;
  /** The details, typed per event type; small on purpose and never personal. */
  readonly payload: VisitEventPayloads[T];
};
