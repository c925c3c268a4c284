/**
 * Synthetic visits for the seed command and the report bench: a believable day at a market
 * kiosk, the same for the same seed. Policy: made-up data only, never written to a kiosk in use;
 * it uses the real content's ids (topics, answers, guide steps) so reports built on it read like
 * real ones, and its search texts are already in the stored, filtered form (unknown words as `…`,
 * numbers as `#`), as the kiosk would have kept them.
 *
 * The shape of a day: about three visits in four in Arabic; visits peak late in the morning and
 * again in the evening after Asr and Maghrib, with a lull in the early afternoon heat; about one
 * in eight is assisted by a staff member; fewer visitors reach each further step of the guide;
 * about a fifth of searches find nothing; a few visitors take a ticket, most are served within
 * minutes.
 */
import type { ContentBundle, Language } from '../content/schema';
import type { EligibilityBand } from '../eligibility/rules';
import type { TicketRecord, TicketStatus } from '../help/types';
import type {
  AssistedOutcome,
  EndReason,
  FeedbackReason,
  StoredVisit,
  SyncState,
  VisitEvent,
  VisitEventPayloads,
  VisitEventType,
} from '../visit/types';
import { kioskDay, saudiUtcOffsetMinutes, utcMidnight } from './options';

/** What the generator needs from the content. */
export type SyntheticCatalog = {
  /** Topics with their answers' ids, in content order. */
  readonly topics: readonly { readonly id: string; readonly entryIds: readonly string[] }[];
  /** The guide's step ids in order. */
  readonly guideStepIds: readonly string[];
};

/** The catalog of a content bundle. */
export function catalogFor(bundle: ContentBundle): SyntheticCatalog {
  return {
    topics: bundle.categories
      .map((topic) => ({
        id: topic.id,
        entryIds: bundle.faq.filter((entry) => entry.category === topic.id).map((e) => e.id),
      }))
      .filter((topic) => topic.entryIds.length > 0),
    guideStepIds: bundle.guide.steps.map((step) => step.id),
  };
}

export type SyntheticDayOptions = {
  /** Kiosk-local day, `YYYY-MM-DD`. */
  readonly day: string;
  /** How many visits start that day. */
  readonly visits: number;
  /** The same seed gives the same day. */
  readonly seed: string | number;
  readonly kioskId?: string;
  readonly utcOffsetMinutes?: number;
  /** Where the ended visits stand with the hub (default `pending`). */
  readonly syncState?: Exclude<SyncState, 'open'>;
};

export type SyntheticDay = {
  readonly visits: StoredVisit[];
  readonly events: VisitEvent[];
  readonly tickets: TicketRecord[];
};

// ---------------------------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------------------------

/** A 32-bit hash of a seed (FNV-1a over its text). */
function hashSeed(seed: string | number): number {
  let hash = 0x811c9dc5;
  for (const char of String(seed)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A small seeded generator (mulberry32): numbers in [0, 1). */
export type Random = () => number;

export function seededRandom(seed: string | number): Random {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const chance = (random: Random, p: number): boolean => random() < p;
const between = (random: Random, low: number, high: number): number =>
  low + Math.floor(random() * (high - low + 1));

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** Like `pick`, but the first items (a topic's common questions) come up more often. */
function pickEarly<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() ** 2 * list.length)] as T;
}

function weighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return (choices[choices.length - 1] as readonly [T, number])[0];
}

/** A version-4 UUID from the generator (lower case, as the kiosk's). */
function uuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Math.floor(random() * 4) + 8) as number).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// The day's shape
// ---------------------------------------------------------------------------------------------

/** Visits by kiosk-local hour at a market (open 08:00 to 22:00). */
const hourWeights: readonly (readonly [number, number])[] = [
  [8, 2],
  [9, 5],
  [10, 8],
  [11, 9],
  [12, 6],
  [13, 3],
  [14, 2],
  [15, 3],
  [16, 5],
  [17, 7],
  [18, 8],
  [19, 9],
  [20, 7],
  [21, 4],
];

/** Topics people ask about most come first; the rest share what is left. */
const topicWeight = (index: number): number => Math.max(1, 8 - index * 1.5);

/** Searches that found answers, as stored (known words kept). */
const foundSearches: Readonly<Record<Language, readonly string[]>> = {
  ar: [
    'متى ينزل الضمان',
    'موعد صرف الدعم',
    'شروط الاستحقاق',
    'تحديث البيانات',
    'الاعتراض على الأهلية',
    'كم مبلغ الضمان',
    'التسجيل في الضمان المطور',
    'رقم الآيبان',
    'إضافة التابعين',
    'الزوجة المطلقة',
  ],
  en: [
    'payment date',
    'how to register',
    'eligibility conditions',
    'update my data',
    'how much is the payment',
    'add dependents',
  ],
};

/** Searches that found nothing, as stored: the office's missing answers. */
const missingSearches: Readonly<Record<Language, readonly (readonly [string, number])[]>> = {
  ar: [
    ['بطاقة العائلة', 6],
    ['رقم # الضمان', 5],
    ['دعم … الكهرباء', 4],
    ['سند ملكية', 3],
    ['قرض … العمل الحر', 3],
    ['حساب المواطن', 4],
    ['…', 2],
    ['#', 1],
  ],
  en: [
    ['family card', 3],
    ['… allowance', 2],
    ['citizen account', 2],
    ['…', 1],
  ],
};

const staffNotes: readonly string[] = ['مستندات ناقصة', 'يراجع المكتب', 'تم التسجيل', 'صك … ناقص'];

const feedbackReasonWeights: readonly (readonly [FeedbackReason, number])[] = [
  ['not-my-question', 4],
  ['hard-to-understand', 3],
  ['need-more-detail', 4],
  ['information-wrong', 1],
];

const bandWeights: readonly (readonly [EligibilityBand, number])[] = [
  ['likely-eligible', 45],
  ['may-be-eligible', 35],
  ['likely-not-eligible', 20],
];

const outcomeWeights: readonly (readonly [AssistedOutcome, number])[] = [
  ['registered-with-help', 40],
  ['documents-missing', 25],
  ['referred-to-desk', 15],
  ['information-only', 15],
  ['other', 5],
];

const selfEndWeights: readonly (readonly [EndReason, number])[] = [
  ['completed', 52],
  ['idle', 36],
  ['start-over', 10],
  ['crash-recovered', 2],
];

type Draft = { at: number; type: VisitEventType; payload: unknown };

type HelpRequest = { visit: number; event: Draft; hasCallback: boolean; lang: Language };

/**
 * One synthetic day: visits sorted by start, their events (ids `<visit>:<seq>`) and the tickets
 * taken, numbered from 1 in the order they were taken.
 */
export function syntheticDay(
  catalog: SyntheticCatalog,
  options: SyntheticDayOptions,
): SyntheticDay {
  const random = seededRandom(`${options.seed}|${options.day}`);
  const offsetMs = (options.utcOffsetMinutes ?? saudiUtcOffsetMinutes) * 60_000;
  const midnight = utcMidnight(options.day) - offsetMs;
  const kioskId = options.kioskId ?? 'synthetic-kiosk';
  const syncState = options.syncState ?? 'pending';
  const staff = [uuid(random), uuid(random), uuid(random)];
  const topicChoices = catalog.topics.map((topic, index) => [topic, topicWeight(index)] as const);
  const steps = catalog.guideStepIds;

  const starts = Array.from({ length: options.visits }, () => {
    const hour = weighted(random, hourWeights);
    return midnight + hour * 3_600_000 + Math.floor(random() * 3_600_000);
  }).sort((a, b) => a - b);

  const visits: StoredVisit[] = [];
  const drafts: Draft[][] = [];
  const help: HelpRequest[] = [];

  starts.forEach((startedAt, index) => {
    const isAssisted = chance(random, 0.12);
    const lang: Language = chance(random, isAssisted ? 0.9 : 0.75) ? 'ar' : 'en';
    const list: Draft[] = [];
    let at = startedAt;
    const add = <T extends VisitEventType>(type: T, payload: VisitEventPayloads[T]): Draft => {
      at += between(random, 3_000, 25_000);
      const draft = { at, type, payload };
      list.push(draft);
      return draft;
    };
    const openAnswer = (entryId: string, via: VisitEventPayloads['faq-view']['via']) => {
      add('faq-view', { entryId, via });
      add('screen', { screen: 'faq-answer', ref: entryId });
      if (chance(random, 0.1)) add('handoff', { kind: 'qr-shown', context: 'faq' });
      if (chance(random, 0.4)) {
        const isHelpful = chance(random, 0.72);
        add(
          'feedback',
          isHelpful
            ? { entryId, isHelpful }
            : { entryId, isHelpful, reason: weighted(random, feedbackReasonWeights) },
        );
      }
    };

    add('screen', { screen: 'home' });
    if (chance(random, 0.1)) {
      add('display', {
        textSize: chance(random, 0.7) ? 2 : 3,
        isHighContrast: chance(random, 0.2),
      });
    }
    if (chance(random, 0.05))
      add('language-switch', { from: lang, to: lang === 'ar' ? 'en' : 'ar' });

    // Browse topics.
    if (chance(random, 0.7)) {
      add('screen', { screen: 'faq-categories' });
      if (chance(random, 0.3)) {
        // Looked at another topic first.
        add('screen', { screen: 'faq-category', ref: weighted(random, topicChoices).id });
        add('screen', { screen: 'faq-categories' });
      }
      const topic = weighted(random, topicChoices);
      add('screen', { screen: 'faq-category', ref: topic.id });
      const answers = between(random, 1, 5);
      for (let count = 0; count < answers; count += 1) {
        if (count > 0) add('screen', { screen: 'faq-category', ref: topic.id });
        openAnswer(pickEarly(random, topic.entryIds), 'category');
      }
      if (chance(random, 0.2)) {
        openAnswer(pick(random, weighted(random, topicChoices).entryIds), 'related');
      }
    }
    // Search.
    if (chance(random, 0.45)) {
      add('screen', { screen: 'home' });
      add('screen', { screen: 'faq-search' });
      const searches = between(random, 1, 3);
      for (let count = 0; count < searches; count += 1) {
        if (chance(random, 0.78)) {
          const found = Array.from({ length: between(random, 1, 5) }, () =>
            pick(random, weighted(random, topicChoices).entryIds),
          );
          const topIds = [...new Set(found)];
          const text = pick(random, foundSearches[lang]);
          // Recorded as it is typed: a pause after the first word is a search of its own.
          const partials = between(random, 0, 2);
          for (let count = 0; count < partials; count += 1) {
            add('search', {
              text: text.split(' ')[0] ?? text,
              lang,
              resultCount: between(random, 5, 20),
              topIds: topIds.slice(0, 1),
            });
          }
          add('search', {
            text,
            lang,
            resultCount: topIds.length + between(random, 0, 4),
            topIds,
          });
          if (chance(random, 0.6)) openAnswer(topIds[0] as string, 'search');
        } else {
          const text = weighted(random, missingSearches[lang]);
          add('search', { text, lang, resultCount: 0, topIds: [] });
          add('search-no-results', { text, lang });
        }
      }
    }
    // The registration guide: fewer visitors at each further step.
    const guideProgress: string[] = [];
    if (chance(random, isAssisted ? 0.7 : 0.3)) {
      add('screen', { screen: 'home' });
      add('screen', { screen: 'guide-start' });
      let stepChance = 0.85;
      for (const stepId of steps) {
        if (!chance(random, stepChance)) break;
        if (guideProgress.length === 0) add('screen', { screen: 'guide-steps' });
        add('guide-step', { stepId });
        guideProgress.push(stepId);
        stepChance = isAssisted ? 0.9 : 0.78;
      }
      if (guideProgress.length >= Math.min(6, steps.length) && chance(random, 0.45)) {
        add('screen', { screen: 'guide-checklist' });
        add('checklist-completed', {});
        if (chance(random, 0.3)) add('handoff', { kind: 'printed', context: 'guide' });
      }
    }
    // The informal eligibility check.
    if (chance(random, 0.22)) {
      add('screen', { screen: 'home' });
      const questions = between(random, 4, 7);
      for (let count = 0; count < questions; count += 1) {
        add('screen', { screen: 'eligibility-question' });
      }
      add('screen', { screen: 'eligibility-check-answers' });
      add('eligibility-result', { band: weighted(random, bandWeights) });
      add('screen', { screen: 'eligibility-result' });
      if (chance(random, 0.1)) add('eligibility-result', { band: weighted(random, bandWeights) });
    }
    // Asking for a staff member.
    if (!isAssisted && chance(random, 0.07)) {
      add('screen', { screen: 'help-ticket' });
      const hasCallback = chance(random, 0.2);
      const event = add('help-request', {
        ticketNumber: 0,
        hasCallback,
        from: pick(random, ['home', 'no-results', 'answer', 'guide', 'eligibility'] as const),
      });
      help.push({ visit: index, event, hasCallback, lang });
    }
    if (isAssisted && chance(random, 0.3)) add('staff-note', { text: pick(random, staffNotes) });

    const endReason: EndReason = isAssisted ? 'completed' : weighted(random, selfEndWeights);
    if (endReason === 'idle') add('idle-prompt', { answered: false });
    const endedAt = at + (endReason === 'idle' ? 30_000 : between(random, 2_000, 20_000));
    const id = uuid(random);
    visits.push({
      id,
      kioskId,
      startedAt,
      endedAt,
      lang,
      mode: isAssisted ? 'assisted' : 'self',
      ...(isAssisted
        ? { caseworkerId: pick(random, staff), outcome: weighted(random, outcomeWeights) }
        : {}),
      endReason,
      guideProgress,
      syncState,
    });
    drafts.push(list);
  });

  // Tickets are numbered in the order they were taken.
  help.sort((a, b) => a.event.at - b.event.at);
  const tickets: TicketRecord[] = help.map((request, index) => {
    const createdAt = request.event.at;
    request.event.payload = { ...(request.event.payload as object), ticketNumber: index + 1 };
    const status: TicketStatus = request.hasCallback
      ? weighted(random, [
          ['called-back', 60],
          ['served', 30],
          ['no-show', 10],
        ])
      : weighted(random, [
          ['served', 85],
          ['no-show', 12],
          ['waiting', 3],
        ]);
    // Waits of a few minutes, sometimes a quarter of an hour or more.
    const wait = Math.round(60_000 + 900_000 * random() ** 2 + 60_000 * random());
    const visit = visits[request.visit] as StoredVisit;
    return {
      id: uuid(random),
      day: kioskDay(createdAt, options.utcOffsetMinutes ?? saudiUtcOffsetMinutes),
      number: index + 1,
      createdAt,
      status,
      ...(status === 'waiting'
        ? {}
        : {
            closedAt: createdAt + (status === 'called-back' ? 3 * wait : wait),
            closedBy: pick(random, staff),
          }),
      sessionId: visit.id,
      lang: request.lang,
      hasCallback: request.hasCallback,
    };
  });

  const events: VisitEvent[] = [];
  drafts.forEach((list, index) => {
    const sessionId = (visits[index] as StoredVisit).id;
    list.forEach((draft, seq) => {
      events.push({ id: `${sessionId}:${seq}`, sessionId, ...draft } as VisitEvent);
    });
  });
  return { visits, events, tickets };
}
