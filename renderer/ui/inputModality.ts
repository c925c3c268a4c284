/**
 * How the visitor is using the kiosk right now: with keys (a keypad or keyboard) or by touch.
 * Kept on <html data-input="keys|touch"> so the focus ring of the screen's heading shows only for
 * key users, and so a screen that puts a touch user's focus in its field (the search) gives a key
 * user the heading first, like every other screen.
 */

/** True when the last thing the visitor did was press a key. */
export function isUsingKeys(doc: Document = document): boolean {
  return doc.documentElement.dataset.input === 'keys';
}

/** Follows key presses and touches on `doc`; returns the function that stops following them. */
export function trackInputModality(doc: Document = document): () => void {
  const root = doc.documentElement;
  const onKey = (event: KeyboardEvent) => {
    if (!['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) root.dataset.input = 'keys';
  };
  const onPointer = () => {
    root.dataset.input = 'touch';
  };
  doc.addEventListener('keydown', onKey, { capture: true });
  doc.addEventListener('pointerdown', onPointer, { capture: true });
  return () => {
    doc.removeEventListener('keydown', onKey, { capture: true });
    doc.removeEventListener('pointerdown', onPointer, { capture: true });
  };
}
