/**
 * The kiosk from keys alone, EZ Access style: a USB keypad sends ArrowUp, ArrowDown, Enter,
 * Backspace and F1; a keyboard works the same, with Tab, Shift+Tab and Escape as on any web page.
 *
 * Policy: Up and Down move through the controls of the screen (or of the open dialog) in reading
 * order, which is the page's order (right to left in Arabic), the screen's heading included, and
 * wrap from the last to the first; Enter activates (it ticks a checkbox or chooses a radio rather
 * than submitting the form around it); Backspace is Back unless a text field has the focus; F1 is
 * Help. Everything else is left to the browser.
 */

/** The keys of the keypad, and what the kiosk does with each. */
export const keypadMap = {
  ArrowUp: 'previous',
  ArrowDown: 'next',
  Enter: 'activate',
  Backspace: 'back',
  F1: 'help',
} as const;

const focusableSelector = [
  'button',
  'a[href]',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  // The opener of a <details> (an answer's "Where this comes from"): Tab stops there, so does Down.
  'details > summary:first-of-type',
  '[tabindex]:not([tabindex="-1"])',
  '#screen-title',
].join(', ');

/** True for a field where Backspace deletes a character and arrows may move the caret. */
export function isTextEntry(element: Element | null): boolean {
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  return (
    element instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color'].includes(
      element.type,
    )
  );
}

function isReachable(element: HTMLElement): boolean {
  if ((element as HTMLButtonElement).disabled || element.closest('[inert], [hidden]')) return false;
  return element.checkVisibility ? element.checkVisibility() : element.getClientRects().length > 0;
}

/** The controls Up and Down move through: the open modal dialog's, or the page's. */
export function reachableControls(doc: Document = document): HTMLElement[] {
  const dialogs = [...doc.querySelectorAll<HTMLDialogElement>('dialog[open]')];
  const scope: ParentNode = dialogs[dialogs.length - 1] ?? doc;
  return [...scope.querySelectorAll<HTMLElement>(focusableSelector)].filter(isReachable);
}

/** Where Up or Down takes the focus from `current`, and whether it wrapped round. */
export function nextControl<Control>(
  controls: readonly Control[],
  current: unknown,
  direction: 1 | -1,
): { readonly target: Control; readonly hasWrapped: boolean } | undefined {
  if (controls.length === 0) return undefined;
  const index = controls.indexOf(current as Control);
  if (index < 0) {
    // Nothing focused yet (or focus on something that is not a control): start at an end.
    const target = direction === 1 ? controls[0] : controls[controls.length - 1];
    return target === undefined ? undefined : { target, hasWrapped: false };
  }
  const next = index + direction;
  const hasWrapped = next < 0 || next >= controls.length;
  const target = controls[(next + controls.length) % controls.length];
  return target === undefined ? undefined : { target, hasWrapped };
}

export type KeypadActions = {
  /** Back: the previous screen, or the safe answer of an open dialog. */
  readonly onBack?: () => void;
  /** Help: explain the current screen (and start listening). */
  readonly onHelp?: () => void;
  /** Up or Down went past the last control back to the first (or the reverse). */
  readonly onWrap?: () => void;
};

/** Handles one key press; returns true when the kiosk acted on it (the browser then does not). */
export function handleKeypadKey(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
  actions: KeypadActions,
  doc: Document = document,
): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  const active = doc.activeElement;
  switch (event.key) {
    case 'ArrowUp':
    case 'ArrowDown': {
      if (active instanceof HTMLSelectElement || active instanceof HTMLTextAreaElement) {
        return false;
      }
      const move = nextControl(reachableControls(doc), active, event.key === 'ArrowDown' ? 1 : -1);
      if (!move) return false;
      move.target.focus();
      // A radio's or a box's ring is drawn on the row that labels it: that row comes into view.
      const label = move.target instanceof HTMLInputElement ? move.target.labels?.[0] : undefined;
      (label ?? move.target).scrollIntoView({ block: 'nearest' });
      if (move.hasWrapped) actions.onWrap?.();
      return true;
    }
    case 'Enter': {
      if (
        active instanceof HTMLInputElement &&
        (active.type === 'checkbox' || active.type === 'radio')
      ) {
        active.click();
        return true;
      }
      // In the search field (no form to submit), Enter goes on to the results.
      if (isTextEntry(active) && !(active as HTMLInputElement).form) {
        const move = nextControl(reachableControls(doc), active, 1);
        move?.target.focus();
        return move !== undefined;
      }
      return false;
    }
    case 'Backspace': {
      if (isTextEntry(active) || !actions.onBack) return false;
      actions.onBack();
      return true;
    }
    case 'F1': {
      if (!actions.onHelp) return false;
      actions.onHelp();
      return true;
    }
    default:
      return false;
  }
}

/** Follows the keypad's keys on `doc` until the returned function is called. */
export function listenToKeypad(actions: () => KeypadActions, doc: Document = document): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    if (handleKeypadKey(event, actions(), doc)) event.preventDefault();
  };
  doc.addEventListener('keydown', onKey);
  return () => doc.removeEventListener('keydown', onKey);
}
