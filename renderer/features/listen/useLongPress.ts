/**
 * Holding a finger still for three seconds on an empty part of the screen (not on a control, and
 * not on the office logo, whose long press opens the staff sign-in) starts listen mode: the way in
 * for someone who cannot see the Listen button. The click that ends the press is swallowed, so it
 * never also does what a tap there would.
 */
import { useEffect, useRef } from 'react';
import { controlAt } from './controls';

/** How long the finger must stay down. */
export const listenHoldMs = 3000;
/** How far it may drift (CSS pixels) and still count as held still. */
const driftLimit = 24;

function swallowNextClick(): void {
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  window.addEventListener('click', swallow, { capture: true, once: true });
  // Only the click of this press: a later tap must never be lost.
  window.setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 1000);
}

/** Calls `onHold` when a press inside `within` (a selector) is held on empty space. */
export function useLongPress(onHold: () => void, within = '.kiosk'): void {
  const latest = useRef(onHold);
  useEffect(() => {
    latest.current = onHold;
  }, [onHold]);

  useEffect(() => {
    let timer: number | undefined;
    let origin: { x: number; y: number; id: number } | undefined;
    const cancel = () => {
      window.clearTimeout(timer);
      timer = undefined;
      origin = undefined;
    };
    const onDown = (event: PointerEvent) => {
      cancel();
      const target = event.target;
      if (!(target instanceof Element) || !target.closest(within) || controlAt(target)) return;
      origin = { x: event.clientX, y: event.clientY, id: event.pointerId };
      timer = window.setTimeout(() => {
        cancel();
        swallowNextClick();
        latest.current();
      }, listenHoldMs);
    };
    const onMove = (event: PointerEvent) => {
      if (!origin || event.pointerId !== origin.id) return;
      if (Math.hypot(event.clientX - origin.x, event.clientY - origin.y) > driftLimit) cancel();
    };
    document.addEventListener('pointerdown', onDown, { capture: true });
    document.addEventListener('pointermove', onMove, { capture: true });
    document.addEventListener('pointerup', cancel, { capture: true });
    document.addEventListener('pointercancel', cancel, { capture: true });
    return () => {
      cancel();
      document.removeEventListener('pointerdown', onDown, { capture: true });
      document.removeEventListener('pointermove', onMove, { capture: true });
      document.removeEventListener('pointerup', cancel, { capture: true });
      document.removeEventListener('pointercancel', cancel, { capture: true });
    };
  }, [within]);
}
