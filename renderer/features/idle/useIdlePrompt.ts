/**
 * Inactivity policy: after `timeoutSeconds` without a touch, ask "Do you need more time?" and
 * give `warningSeconds` (never fewer than 20) to answer; no answer ends the visit.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** Fired by the kiosk itself for activity that is not a touch (the kiosk reading aloud). */
const kioskActivityEvent = 'rukn:activity';

const activityEvents = [
  'pointerdown',
  'keydown',
  'wheel',
  'touchstart',
  kioskActivityEvent,
] as const;

/** Tells the idle timer that someone is still there, e.g. listening to an answer read aloud. */
export function reportActivity(): void {
  window.dispatchEvent(new Event(kioskActivityEvent));
}

export type IdlePromptState = {
  /** True while the question is on screen. */
  readonly isPrompting: boolean;
  /** Whole seconds left to answer. */
  readonly secondsLeft: number;
  /** The citizen answered: close the question and start counting again. */
  readonly keepVisit: () => void;
};

export type IdlePromptOptions = {
  readonly isActive: boolean;
  readonly timeoutSeconds: number;
  readonly warningSeconds: number;
  readonly onPrompt: () => void;
  readonly onExpire: () => void;
};

export function useIdlePrompt({
  isActive,
  timeoutSeconds,
  warningSeconds,
  onPrompt,
  onExpire,
}: IdlePromptOptions): IdlePromptState {
  const [isPrompting, setIsPrompting] = useState(false);
  const [secondsLeft, setSecondsLeft] = useState(warningSeconds);
  const callbacks = useRef({ onPrompt, onExpire });
  useEffect(() => {
    callbacks.current = { onPrompt, onExpire };
  });

  // Any touch while the question is not showing restarts the countdown to the question.
  useEffect(() => {
    if (!isActive || isPrompting) return;
    let timer = 0;
    const arm = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        setSecondsLeft(warningSeconds);
        setIsPrompting(true);
        callbacks.current.onPrompt();
      }, timeoutSeconds * 1000);
    };
    arm();
    for (const type of activityEvents) {
      window.addEventListener(type, arm, { capture: true, passive: true });
    }
    return () => {
      window.clearTimeout(timer);
      for (const type of activityEvents) {
        window.removeEventListener(type, arm, { capture: true });
      }
    };
  }, [isActive, isPrompting, timeoutSeconds, warningSeconds]);

  // The countdown is measured against a deadline, not by counting ticks, so a busy or throttled
  // renderer can never stretch the time a visitor's screen stays up.
  useEffect(() => {
    if (!isActive || !isPrompting) return;
    const deadline = Date.now() + warningSeconds * 1000;
    const interval = window.setInterval(() => {
      setSecondsLeft(Math.max(0, Math.ceil((deadline - Date.now()) / 1000)));
    }, 1000);
    const expiry = window.setTimeout(() => {
      setIsPrompting(false);
      callbacks.current.onExpire();
    }, warningSeconds * 1000);
    return () => {
      window.clearInterval(interval);
      window.clearTimeout(expiry);
    };
  }, [isActive, isPrompting, warningSeconds]);

  const keepVisit = useCallback(() => setIsPrompting(false), []);
  return { isPrompting: isActive && isPrompting, secondsLeft, keepVisit };
}
