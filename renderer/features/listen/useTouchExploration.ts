/**
 * Touch exploration in listen mode: the first touch on a control gives it the focus (so it is
 * said) instead of activating it; a second touch on the same control activates it, and so does
 * every touch after while it keeps the focus (a key pressed twice types twice). Keys (Enter) act
 * at once: only a pointer's click is held back.
 */
import { useEffect } from 'react';
import { controlAt } from './controls';

export function useTouchExploration(isOn: boolean, onExplore: (control: Element) => void): void {
  useEffect(() => {
    if (!isOn) return;
    let explored: Element | undefined;
    const onFocus = (event: FocusEvent) => {
      if (event.target !== explored) explored = undefined;
    };
    const onClick = (event: MouseEvent) => {
      // A click made by a key (Enter, Space) has no pointer behind it.
      if (event.detail === 0) return;
      const control = controlAt(event.target);
      if (!control || !control.closest('.kiosk, dialog') || control === explored) return;
      if (control.matches('[data-logo]')) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      explored = control;
      control.focus({ preventScroll: true });
      // A control that cannot take the focus (switched off) is still said.
      if (document.activeElement !== control) onExplore(control);
    };
    document.addEventListener('focusin', onFocus, { capture: true });
    window.addEventListener('click', onClick, { capture: true });
    return () => {
      document.removeEventListener('focusin', onFocus, { capture: true });
      window.removeEventListener('click', onClick, { capture: true });
    };
  }, [isOn, onExplore]);
}
