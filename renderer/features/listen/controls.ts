/** What listen mode treats as a control: what a touch activates and the keys can reach. */
export const controlSelector =
  'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="checkbox"], label, [data-logo]';

/** The control a touch on `target` would activate: a label stands for its field. */
export function controlAt(target: EventTarget | null): HTMLElement | undefined {
  if (!(target instanceof Element)) return undefined;
  const found = target.closest<HTMLElement>(controlSelector);
  if (found instanceof HTMLLabelElement) return found.control ?? found;
  return found ?? undefined;
}
