/** The keypad's keys (see keypad.ts), followed while `isActive`, with the latest actions. */
import { useEffect, useRef } from 'react';
import { listenToKeypad, type KeypadActions } from './keypad';

export function useKeypad(actions: KeypadActions, isActive = true): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => (isActive ? listenToKeypad(() => latest.current) : undefined), [isActive]);
}
