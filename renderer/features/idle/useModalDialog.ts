/**
 * The kiosk's modal questions (inactivity, ending a visit) share one behaviour: shown modal on
 * mount (the page behind is inert, focus moves inside), closed on unmount (focus returns to where
 * it was), and a tap that lands on the backdrop or the dialog never also reaches what is
 * underneath once the dialog has gone.
 */
import { useEffect, useRef } from 'react';

/** Opens the `<dialog>` with `showModal()` while mounted; closes it on unmount. */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return dialog;
}

/** Marks the dialog's own buttons: a touch on them is an answer, not "a touch anywhere". */
export const dialogActionAttribute = 'data-dialog-action';

/** True when a pointer event started on one of the dialog's own buttons. */
export function isDialogAction(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(`[${dialogActionAttribute}]`) !== null;
}

/**
 * Swallows the click that completes a touch which closed a dialog on `pointerdown`, so the finger
 * never also presses the button that was underneath the backdrop. Gives up after a second.
 */
export function swallowNextClick(win: Window = window): void {
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    stop();
  };
  const timer = win.setTimeout(() => stop(), 1000);
  function stop() {
    win.clearTimeout(timer);
    win.removeEventListener('click', swallow, { capture: true });
  }
  win.addEventListener('click', swallow, { capture: true });
}
