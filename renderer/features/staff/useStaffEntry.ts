/**
 * The staff's way in, which a citizen will not find by accident: a 3-second press on the office
 * logo, or Ctrl+Alt+K where a keyboard is attached. Policy: a short tap on the logo does what a tap
 * anywhere else there does (the attract screen starts a visit); only a press held for the whole
 * 3 seconds opens the sign-in, and the click that ends it goes no further.
 */
import { useEffect, useMemo, useRef, type HTMLAttributes } from 'react';

/** How long the logo must be held, in milliseconds. */
export const staffPressMs = 3000;

/** True for the staff key combination (pure). */
export function isStaffShortcut(event: Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'code'>) {
  return event.ctrlKey && event.altKey && event.code === 'KeyK';
}

/** Props for the logo: spread them on the element a long press opens the sign-in from. */
export type LogoPressProps = Pick<
  HTMLAttributes<HTMLElement>,
  | 'onPointerDown'
  | 'onPointerUp'
  | 'onPointerLeave'
  | 'onPointerCancel'
  | 'onClickCapture'
  | 'onContextMenu'
>;

/** Listens for the staff shortcut and returns the logo's long-press props. */
export function useStaffEntry(onOpen: () => void, isEnabled = true): LogoPressProps {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const hasOpened = useRef(false);
  const openRef = useRef(onOpen);
  useEffect(() => {
    openRef.current = onOpen;
  }, [onOpen]);

  useEffect(() => {
    if (!isEnabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!isStaffShortcut(event)) return;
      event.preventDefault();
      openRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isEnabled]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return useMemo<LogoPressProps>(() => {
    const cancel = () => clearTimeout(timer.current);
    return {
      onPointerDown: () => {
        if (!isEnabled) return;
        hasOpened.current = false;
        cancel();
        timer.current = setTimeout(() => {
          hasOpened.current = true;
          openRef.current();
        }, staffPressMs);
      },
      onPointerUp: cancel,
      onPointerLeave: cancel,
      onPointerCancel: cancel,
      // The click that ends a long press must not also start a visit underneath.
      onClickCapture: (event) => {
        if (!hasOpened.current) return;
        hasOpened.current = false;
        event.stopPropagation();
        event.preventDefault();
      },
      // A held finger would otherwise bring up the context menu on some touch screens.
      onContextMenu: (event) => event.preventDefault(),
    };
  }, [isEnabled]);
}
