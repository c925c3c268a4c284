/**
 * Records the current visit without ever blocking the screen. Policy: writes are queued in
 * order and run in the background; a failed write is logged and the queue carries on, because a
 * citizen must never wait for (or see) the database.
 */
import type { Language } from '../../core/content/schema';
import type {
  EndReason,
  SessionMode,
  VisitEventPayloads,
  VisitEventType,
} from '../../core/visit/types';
import type { SessionRepository } from '../db/sessionRepository';

export type VisitRecorder = {
  /** Starts a visit now; returns its id at once (the write happens in the background). */
  readonly start: (
    lang: Language,
    options?: { readonly mode: SessionMode; readonly caseworkerId?: string },
  ) => string;
  /** Appends an event to the current visit; ignored when no visit is open. */
  readonly record: <T extends VisitEventType>(type: T, payload: VisitEventPayloads[T]) => void;
  /**
   * A registration-guide step was opened: adds it to the visit's guide progress and records a
   * `guide-step` event (once per step per visit; repeats are ignored by the repository).
   */
  readonly recordGuideStep: (stepId: string) => void;
  /**
   * Ends the current visit with its reason; ignored when no visit is open. Listeners added with
   * `beforeEnd` run first, so a screen can record what was pending (a search being typed).
   */
  readonly end: (reason: EndReason) => void;
  /** Adds a listener run just before the visit ends; returns its removal. */
  readonly beforeEnd: (listener: () => void) => () => void;
  readonly currentId: () => string | undefined;
  /** Resolves when every queued write has landed (used at shutdown and in tests). */
  readonly flush: () => Promise<void>;
};

export function createVisitRecorder(
  repository: SessionRepository,
  kioskId: string,
  newId: () => string = () => crypto.randomUUID(),
): VisitRecorder {
  let queue: Promise<void> = Promise.resolve();
  let currentId: string | undefined;
  const endListeners = new Set<() => void>();

  const enqueue = (write: () => Promise<unknown>): void => {
    queue = queue.then(write).then(
      () => undefined,
      (error: unknown) => console.error('visit write failed', error),
    );
  };

  return {
    start(lang, options = { mode: 'self' }) {
      const id = newId();
      currentId = id;
      enqueue(() => repository.startSession({ id, kioskId, lang, ...options }));
      return id;
    },
    record(type, payload) {
      const id = currentId;
      if (id === undefined) return;
      enqueue(() => repository.recordEvent(id, type, payload));
    },
    recordGuideStep(stepId) {
      const id = currentId;
      if (id === undefined) return;
      enqueue(() => repository.recordGuideStep(id, stepId));
    },
    end(reason) {
      const id = currentId;
      if (id === undefined) return;
      for (const listener of endListeners) listener();
      currentId = undefined;
      enqueue(() => repository.endSession(id, reason));
    },
    beforeEnd(listener) {
      endListeners.add(listener);
      return () => endListeners.delete(listener);
    },
    currentId: () => currentId,
    flush: () => queue,
  };
}
