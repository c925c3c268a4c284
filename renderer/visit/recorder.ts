/**
 * Records the current visit without ever blocking the screen. Policy:
 * - Nothing a citizen does waits for the database: every call returns at once and the writes
 *   run in the background, in order.
 * - Events are buffered and written together at most `batchMilliseconds` (half a second) after
 *   the first of them, and at once when the visit starts or ends or the page is hidden, so a
 *   reload or crash loses at most the last second of a visit.
 * - A failed write is counted, kept in memory and retried: with the next batch, and on a timer
 *   that backs off from 1 s to a minute. A write with no answer after `writeTimeoutMilliseconds`
 *   (a hung disk) counts as failed; every write is safe to repeat. What is kept is bounded (`maxRetained` events and visit
 *   rows): past it, the oldest visits' unwritten records are dropped and counted.
 * - Something still changing (a search being typed) is recorded as it goes with `recordLatest`:
 *   each call replaces the event the last one made, rewriting its stored batch if it has already
 *   landed, so even an unfinished search is on disk within the batch interval.
 * - How storage is doing is a small observable (`health`, `subscribe`) the staff screens show:
 *   `full` when the last write failed for lack of space, `degraded` for any other failure, `ok`
 *   again as soon as a write lands.
 */
import type { Language } from '../../core/content/schema';
import type {
  AssistedOutcome,
  EndReason,
  SessionMode,
  VisitEventPayloads,
  VisitEventType,
} from '../../core/visit/types';
import type { EventDraft } from '../../core/visit/eventCodec';
import type { SessionRepository, StartSessionInput } from '../db/sessionRepository';

/** How a visit is run: alone at the kiosk, or by a caseworker with a citizen. */
export type StartOptions = {
  readonly mode: SessionMode;
  /** The caseworker acting in an assisted visit. */
  readonly caseworkerId?: string;
};

export type StorageState = 'ok' | 'degraded' | 'full';

/** How the visit records are faring, for the staff screens and the tests. */
export type RecorderHealth = {
  /** Writes that failed since start-up (each retry that fails counts again). */
  readonly failedWrites: number;
  /** Events and visit rows waiting in memory for their write. */
  readonly pendingInMemory: number;
  /** Events and visit rows given up on because too many were waiting. */
  readonly droppedRecords: number;
  /** The last write failure, in words for the staff member; cleared once a write lands. */
  readonly lastError?: string;
  readonly storage: StorageState;
};

export type VisitRecorder = {
  /** Starts a visit now; returns its id at once (the write happens in the background). */
  readonly start: (lang: Language, options?: StartOptions) => string;
  /** Appends an event to the current visit; ignored when no visit is open. */
  readonly record: <T extends VisitEventType>(type: T, payload: VisitEventPayloads[T]) => void;
  /**
   * Records an event that is still changing: the first call for `key` appends it, later calls
   * replace it (in memory, or by rewriting its stored batch), until `closeLatest(key)`.
   */
  readonly recordLatest: <T extends VisitEventType>(
    key: string,
    type: T,
    payload: VisitEventPayloads[T],
  ) => void;
  /** The event recorded under `key` is final: the next `recordLatest(key)` starts a new one. */
  readonly closeLatest: (key: string) => void;
  /**
   * A registration-guide step was opened: adds it to the visit's guide progress and records a
   * `guide-step` event, once per step per visit.
   */
  readonly recordGuideStep: (stepId: string) => void;
  /**
   * Ends the current visit with its reason; ignored when no visit is open. Listeners added with
   * `beforeEnd` run first, so a screen can record what was pending (a search being typed).
   */
  /** Ends the current visit; an assisted visit passes the outcome the staff member chose. */
  readonly end: (reason: EndReason, outcome?: AssistedOutcome) => void;
  /** Adds a listener run just before the visit ends; returns its removal. */
  readonly beforeEnd: (listener: () => void) => () => void;
  /** Adds a listener run once a visit has ended (its end is queued); returns its removal. */
  readonly afterEnd: (listener: () => void) => () => void;
  /**
   * The page is going away (reload, shutdown): lets screens record what was pending, as
   * `beforeEnd` listeners, without ending the visit (start-up recovery closes it).
   */
  readonly settlePending: () => void;
  readonly currentId: () => string | undefined;
  /**
   * Writes everything waiting now and resolves once it has landed or failed (used on pagehide,
   * at shutdown and in tests). Never rejects.
   */
  readonly flush: () => Promise<void>;
  readonly health: () => RecorderHealth;
  /** Calls `listener` whenever `health()` changes; returns its removal. */
  readonly subscribe: (listener: (health: RecorderHealth) => void) => () => void;
};

export type RecorderOptions = {
  /** Longest time an event waits in memory before its write starts. */
  readonly batchMilliseconds?: number;
  /** Most events and visit rows kept in memory while writes fail. */
  readonly maxRetained?: number;
  /** First retry delay after a failure; doubles up to `maxRetryMilliseconds`. */
  readonly retryMilliseconds?: number;
  readonly maxRetryMilliseconds?: number;
  /** A write still unanswered after this long counts as failed (and is retried later). */
  readonly writeTimeoutMilliseconds?: number;
  /** Epoch milliseconds; injected so tests control time. */
  readonly now?: () => number;
};

type Write =
  | { readonly kind: 'start'; readonly sessionId: string; readonly input: StartSessionInput }
  | {
      readonly kind: 'events';
      readonly sessionId: string;
      readonly firstSeq: number;
      events: EventDraft[];
      guideProgress?: readonly string[];
    }
  | {
      readonly kind: 'end';
      readonly sessionId: string;
      readonly reason: EndReason;
      readonly endedAt: number;
      readonly guideProgress: readonly string[];
      readonly outcome?: AssistedOutcome;
    };

type EventsWrite = Extract<Write, { kind: 'events' }>;

type OpenVisit = {
  readonly id: string;
  nextSeq: number;
  readonly guideSteps: string[];
  /** Events still changing: the batch holding each (shared events array) and its place in it. */
  readonly latest: Map<string, { write: EventsWrite; readonly index: number }>;
};

/** Whether a failed write failed for lack of space (Dexie wraps the DOM error as `inner`). */
export function storageStateOf(error: unknown): StorageState {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const { name, message, inner } = current as {
      name?: unknown;
      message?: unknown;
      inner?: unknown;
    };
    names.push(String(name ?? ''), String(message ?? ''));
    current = inner;
  }
  return names.some((text) => /quota/i.test(text)) ? 'full' : 'degraded';
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 200);
  return String(error).slice(0, 200);
}

/** `promise`, or a rejection once `milliseconds` pass without an answer. */
function answeredWithin(promise: Promise<void>, milliseconds: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`storage gave no answer within ${milliseconds} ms`));
    }, milliseconds);
    promise.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

const retainedBy = (write: Write): number => (write.kind === 'events' ? write.events.length : 1);

export function createVisitRecorder(
  repository: SessionRepository,
  kioskId: string,
  newId: () => string = () => crypto.randomUUID(),
  {
    batchMilliseconds = 500,
    maxRetained = 5000,
    retryMilliseconds = 1000,
    maxRetryMilliseconds = 60_000,
    writeTimeoutMilliseconds = 5000,
    now = Date.now,
  }: RecorderOptions = {},
): VisitRecorder {
  const backlog: Write[] = [];
  let writing: Write | undefined;
  let draining: Promise<void> | undefined;
  let batchTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryDelay = retryMilliseconds;
  let visit: OpenVisit | undefined;
  const endListeners = new Set<() => void>();
  const endedListeners = new Set<() => void>();
  const healthListeners = new Set<(health: RecorderHealth) => void>();
  let health: RecorderHealth = {
    failedWrites: 0,
    pendingInMemory: 0,
    droppedRecords: 0,
    storage: 'ok',
  };

  const retained = (): number => backlog.reduce((sum, write) => sum + retainedBy(write), 0);

  const updateHealth = (changes: Partial<RecorderHealth>): void => {
    const { failedWrites, droppedRecords, lastError, storage } = { ...health, ...changes };
    // A landed write clears the last error: storage works again.
    const next: RecorderHealth = {
      failedWrites,
      pendingInMemory: retained(),
      droppedRecords,
      ...(storage !== 'ok' && lastError !== undefined ? { lastError } : {}),
      storage,
    };
    if (JSON.stringify(next) === JSON.stringify(health)) return;
    health = next;
    for (const listener of healthListeners) listener(health);
  };

  const apply = async (write: Write): Promise<void> => {
    switch (write.kind) {
      case 'start':
        await repository.startSession(write.input);
        return;
      case 'events':
        await repository.writeEvents(write);
        return;
      case 'end':
        await repository.endSession(
          write.sessionId,
          write.reason,
          write.endedAt,
          write.guideProgress,
          write.outcome,
        );
    }
  };

  const scheduleRetry = (): void => {
    if (retryTimer !== undefined) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void drain();
    }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, maxRetryMilliseconds);
  };

  /** Writes the backlog in order; stops at the first failure and leaves it for a retry. */
  const drainOnce = async (): Promise<void> => {
    for (let write = backlog[0]; write !== undefined; write = backlog[0]) {
      writing = write;
      try {
        await answeredWithin(apply(write), writeTimeoutMilliseconds);
      } catch (error) {
        writing = undefined;
        console.error('visit write failed; kept for a retry', error);
        updateHealth({
          failedWrites: health.failedWrites + 1,
          lastError: describe(error),
          storage: storageStateOf(error),
        });
        scheduleRetry();
        return;
      }
      writing = undefined;
      if (backlog[0] === write) backlog.shift();
      retryDelay = retryMilliseconds;
      updateHealth({ storage: 'ok' });
    }
  };

  const drain = (): Promise<void> => {
    if (batchTimer !== undefined) {
      clearTimeout(batchTimer);
      batchTimer = undefined;
    }
    // One drain at a time; a call during one chains another, so nothing queued is skipped.
    const next = (draining ?? Promise.resolve()).then(drainOnce);
    const settled = next.finally(() => {
      if (draining === settled) draining = undefined;
    });
    draining = settled;
    return settled;
  };

  const scheduleBatch = (): void => {
    if (batchTimer !== undefined) return;
    batchTimer = setTimeout(() => {
      batchTimer = undefined;
      void drain();
    }, batchMilliseconds);
  };

  /** Keeps memory bounded while writes fail: the oldest unwritten records go first. */
  const enforceBound = (): void => {
    let dropped = 0;
    while (retained() > maxRetained) {
      const index = backlog.findIndex((write) => write !== writing);
      const oldest = backlog[index];
      if (oldest === undefined) break;
      // A whole earlier visit goes at once, so no visit is left half-written by the drop.
      const sameVisit =
        oldest.sessionId !== visit?.id
          ? backlog.filter((write) => write !== writing && write.sessionId === oldest.sessionId)
          : [oldest];
      for (const write of sameVisit) {
        backlog.splice(backlog.indexOf(write), 1);
        dropped += retainedBy(write);
      }
    }
    if (dropped > 0) {
      console.error(`visit records dropped while storage fails: ${dropped}`);
      updateHealth({ droppedRecords: health.droppedRecords + dropped });
    }
  };

  const push = (write: Write): void => {
    backlog.push(write);
    enforceBound();
    updateHealth({});
  };

  /**
   * Adds an event to the visit's open batch (one not being written, whose events end just before
   * this one), or opens a batch; returns the batch and the event's place in it.
   */
  const buffer = (
    current: OpenVisit,
    draft: EventDraft,
    guideProgress?: readonly string[],
  ): { write: EventsWrite; index: number } => {
    const seq = current.nextSeq;
    current.nextSeq += 1;
    const last = backlog[backlog.length - 1];
    let placed: { write: EventsWrite; index: number };
    if (
      last?.kind === 'events' &&
      last.sessionId === current.id &&
      last !== writing &&
      last.firstSeq + last.events.length === seq
    ) {
      last.events.push(draft);
      if (guideProgress) last.guideProgress = guideProgress;
      enforceBound();
      updateHealth({});
      placed = { write: last, index: last.events.length - 1 };
    } else {
      const write: EventsWrite = {
        kind: 'events',
        sessionId: current.id,
        firstSeq: seq,
        events: [draft],
        ...(guideProgress ? { guideProgress } : {}),
      };
      push(write);
      placed = { write, index: 0 };
    }
    scheduleBatch();
    return placed;
  };

  /**
   * Replaces a still-changing event. Its batch is rewritten whole under the same key: in place
   * while it waits in the backlog, otherwise (landed, or being written) as a new write that
   * shares the batch's events and carries no guide progress (already stored with the original).
   */
  const replace = (entry: { write: EventsWrite; readonly index: number }, draft: EventDraft) => {
    entry.write.events[entry.index] = draft;
    if (entry.write === writing || !backlog.includes(entry.write)) {
      const rewrite: EventsWrite = {
        kind: 'events',
        sessionId: entry.write.sessionId,
        firstSeq: entry.write.firstSeq,
        events: entry.write.events,
      };
      push(rewrite);
      entry.write = rewrite;
    }
    scheduleBatch();
  };

  const settlePending = (): void => {
    for (const listener of endListeners) listener();
  };

  return {
    start(lang, { mode, caseworkerId } = { mode: 'self' }) {
      const id = newId();
      visit = { id, nextSeq: 0, guideSteps: [], latest: new Map() };
      push({
        kind: 'start',
        sessionId: id,
        input: {
          id,
          kioskId,
          lang,
          mode,
          ...(caseworkerId === undefined ? {} : { caseworkerId }),
          startedAt: now(),
        },
      });
      void drain();
      return id;
    },
    record(type, payload) {
      if (visit === undefined) return;
      buffer(visit, { at: now(), type, payload } as EventDraft);
    },
    recordLatest(key, type, payload) {
      if (visit === undefined) return;
      const draft = { at: now(), type, payload } as EventDraft;
      const entry = visit.latest.get(key);
      if (entry) replace(entry, draft);
      else visit.latest.set(key, buffer(visit, draft));
    },
    closeLatest(key) {
      visit?.latest.delete(key);
    },
    recordGuideStep(stepId) {
      if (visit === undefined || visit.guideSteps.includes(stepId)) return;
      visit.guideSteps.push(stepId);
      buffer(visit, { at: now(), type: 'guide-step', payload: { stepId } }, [...visit.guideSteps]);
    },
    end(reason, outcome) {
      const current = visit;
      if (current === undefined) return;
      settlePending();
      visit = undefined;
      push({
        kind: 'end',
        sessionId: current.id,
        reason,
        endedAt: now(),
        guideProgress: [...current.guideSteps],
        ...(outcome === undefined ? {} : { outcome }),
      });
      void drain();
      for (const listener of endedListeners) listener();
    },
    beforeEnd(listener) {
      endListeners.add(listener);
      return () => endListeners.delete(listener);
    },
    afterEnd(listener) {
      endedListeners.add(listener);
      return () => endedListeners.delete(listener);
    },
    settlePending,
    currentId: () => visit?.id,
    flush: () => drain(),
    health: () => health,
    subscribe(listener) {
      healthListeners.add(listener);
      return () => healthListeners.delete(listener);
    },
  };
}
