import type { PointerEvent } from 'react';

/**
 * For on-screen keys: cancelling pointerdown keeps focus (and the caret) in the field the keys
 * type into, so a tap never moves focus away from what the visitor is filling in.
 */
export function keepFocus(event: PointerEvent): void {
  event.preventDefault();
}
