/**
 * The kiosk's modal questions (inactivity, ending a visit) share one behaviour: shown modal on
 * mount (the page behind is inert, focus moves inside), closed on unmount (focus returns to where
 * it was), and a tap that lands on the backdrop or the dialog never also reaches what is
 * underneath once the dialog has gone.
 */
import { useLayoutEffect, useRef } from 'react';

/** Marks the answer that has the focus when the dialog opens (the safe one). */
export const initialFocusAttribute = 'data-initial-focus';

/**
 * Opens the `<dialog>` with `showModal()` while mounted, focusing the answer marked with
 * `initialFocusAttribute` (showModal alone would focus the first button); on unmount closes it
 * and gives the focus back to what had it (the button that opened it), if that is still there.
 * Layout effects, so the dialog is still in the page when it closes.
 */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    element?.querySelector<HTMLElement>(`[${initialFocusAttribute}]`)?.focus();
    return () => {
      element?.close();
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);
  return dialog;
}

/** Marks the dialog's own buttons: a touch on them is an answer, not "a touch anywhere". */
export const dialogActionAttribute = 'data-dialog-action';

/** Spread on a dialog's answer buttons. */
export const dialogAction = { [dialogActionAttribute]: '' };

/** Spread on the answer that has the focus when the dialog opens. */
export const initialFocus = { [initialFocusAttribute]: '' };

/** True when a pointer event started on one of the dialog's own buttons. */
export function isDialogAction(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(`[${dialogActionAttribute}]`) !== null;
}

/**
 * Swallows the click that completes a touch which closed a dialog on `pointerdown`, so the finger
 * never also presses the button that was underneath the backdrop. Only that touch's click: the
 * click (if the browser sends one at all) follows its `pointerup` in the same task, so the guard
 * lasts from that `pointerup` to the next task, and a later tap is never lost.
 */
export function swallowClickOf(pointerId: number, win: Window = window): void {
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onPointerUp = (event: PointerEvent) => {
    if (event.pointerId !== pointerId) return;
    win.removeEventListener('pointerup', onPointerUp, { capture: true });
    win.addEventListener('click', swallow, { capture: true });
    win.setTimeout(() => win.removeEventListener('click', swallow, { capture: true }), 0);
  };
  win.addEventListener('pointerup', onPointerUp, { capture: true });
}
