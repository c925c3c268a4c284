/**
 * What listen mode says about a control when it gets the focus or a first touch: its name, role,
 * state and place ("نعم، الخيار 1 من 2، غير محدد"), then its description (why a button is off).
 *
 * Policy: what a citizen typed is read back only when it cannot identify them. A field marked
 * `data-speech="private"` (a name or mobile number for a call back) says only how many letters or
 * digits it holds, and so does an amount (`data-speech="amount"`) when speech is heard aloud; in
 * any other field a run of four or more digits (an ID number typed into the search) is replaced
 * by its length.
 * Digit keys say their digit only when speech goes to headphones; spoken aloud, a keypad key says
 * where it is, so the people around do not hear the number being typed.
 */
import type { TFunction } from 'i18next';
import type { SpeechOutput } from '../../db/settingsRepository';

/** Where speech is heard: only through the kiosk's headphone jack, or out loud. */
export type SpeechPrivacy = SpeechOutput;

type Role = 'button' | 'link' | 'radio' | 'checkbox' | 'textbox' | 'searchbox' | 'heading' | 'none';

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Sentence-ending marks in both languages: no second mark is added after one of them. */
const endMark = /[.،,؛;:!?؟]$/u;

/** Joins parts with `separator`, without doubling a mark a part already ends with. */
export function joinSpoken(parts: readonly string[], separator: string): string {
  const kept = parts.map(collapse).filter((part) => part !== '');
  return kept
    .map((part, index) =>
      index < kept.length - 1 && endMark.test(part)
        ? `${part} `
        : `${part}${index < kept.length - 1 ? separator : ''}`,
    )
    .join('');
}

/** Lines of a control (a choice's title, then its description) are said with a pause between. */
const joinLines = (text: string) => joinSpoken(text.split(/\n+/), '. ');

/** The text a person sees in an element (innerText where the engine lays out, else its text). */
function visibleText(element: Element): string {
  return element instanceof HTMLElement
    ? joinLines(element.innerText)
    : collapse(element.textContent);
}

function textOfIds(ids: string | null): string {
  return collapse(
    (ids ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id))
      .filter((node): node is HTMLElement => node !== null)
      .map(visibleText)
      .join(' '),
  );
}

function roleOf(element: Element): Role {
  const explicit = element.getAttribute('role');
  if (explicit === 'searchbox' || explicit === 'button' || explicit === 'link') return explicit;
  if (explicit === 'radio' || explicit === 'checkbox') return explicit;
  if (element instanceof HTMLButtonElement || element.tagName === 'SUMMARY') return 'button';
  if (element instanceof HTMLAnchorElement) return 'link';
  if (element instanceof HTMLInputElement) {
    if (element.type === 'radio' || element.type === 'checkbox') return element.type;
    if (element.type === 'search') return 'searchbox';
    return 'textbox';
  }
  if (element instanceof HTMLTextAreaElement) return 'textbox';
  if (/^H[1-6]$/.test(element.tagName)) return 'heading';
  return 'none';
}

/** The control's accessible name, as a screen reader would compute it for these elements. */
export function accessibleName(element: Element): string {
  const labelledBy = textOfIds(element.getAttribute('aria-labelledby'));
  if (labelledBy !== '') return labelledBy;
  const label = collapse(element.getAttribute('aria-label'));
  if (label !== '') return label;
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    const labels = [...(element.labels ?? [])].map(visibleText).join(' ');
    return collapse(labels) || collapse(element.placeholder);
  }
  return visibleText(element);
}

/** Four or more digits in a row (any script), e.g. an ID number typed into the search. */
const idLikeRun = /[0-9\u0660-\u0669\u06F0-\u06F9]{4,}/g;
const anyDigit = /[0-9\u0660-\u0669\u06F0-\u06F9]/g;

/** What a field holds, as it may be said out loud (see the policy above). */
export function speakableValue(
  field: HTMLInputElement | HTMLTextAreaElement,
  t: TFunction,
  privacy: SpeechPrivacy,
): string {
  const value = collapse(field.value);
  if (value === '') return t('listen.value.empty');
  const isAmountAloud = field.dataset.speech === 'amount' && privacy === 'aloud';
  if (field.dataset.speech === 'private' || isAmountAloud) {
    const digits = (value.match(anyDigit) ?? []).length;
    return digits > 0
      ? t('listen.value.digits', { count: digits })
      : t('listen.value.letters', { count: [...value.replace(/\s/g, '')].length });
  }
  return value.replace(
    idLikeRun,
    (run) => ` ${t('listen.value.digitRun', { count: run.length })} `,
  );
}

/** The 1-based place of a radio among the radios of its group. */
function radioPlace(radio: HTMLInputElement): { index: number; total: number } | undefined {
  const group = radio.form
    ? [...radio.form.querySelectorAll<HTMLInputElement>('input[type="radio"]')]
    : [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const same = group.filter((candidate) => candidate.name === radio.name);
  const index = same.indexOf(radio);
  return index < 0 ? undefined : { index: index + 1, total: same.length };
}

/** The 1-based place of a control among the items of the list it is in. */
function listPlace(element: Element): { index: number; total: number } | undefined {
  const item = element.closest('li');
  const list = item?.parentElement;
  if (!item || !list || !/^(UL|OL)$/.test(list.tagName)) return undefined;
  const items = [...list.children].filter((child) => child.tagName === 'LI');
  return items.length > 1 ? { index: items.indexOf(item) + 1, total: items.length } : undefined;
}

function stateOf(element: Element, role: Role, t: TFunction): string[] {
  const states: string[] = [];
  if (element.getAttribute('aria-disabled') === 'true' || (element as HTMLButtonElement).disabled) {
    states.push(t('listen.state.unavailable'));
  }
  const pressed = element.getAttribute('aria-pressed');
  if (pressed !== null) states.push(t(pressed === 'true' ? 'listen.state.on' : 'listen.state.off'));
  // A <details> opener is open or closed like any other toggle.
  const details = element.tagName === 'SUMMARY' ? element.parentElement : null;
  const expanded =
    details instanceof HTMLDetailsElement
      ? String(details.open)
      : element.getAttribute('aria-expanded');
  if (expanded !== null) {
    states.push(t(expanded === 'true' ? 'listen.state.expanded' : 'listen.state.collapsed'));
  }
  // A native box or a button playing one (`role="checkbox"` with `aria-checked`).
  const isChecked =
    element instanceof HTMLInputElement
      ? element.checked
      : element.getAttribute('aria-checked') === 'true';
  if (role === 'radio') {
    states.push(t(isChecked ? 'listen.state.selected' : 'listen.state.notSelected'));
  }
  if (role === 'checkbox') {
    states.push(t(isChecked ? 'listen.state.checked' : 'listen.state.notChecked'));
  }
  if (element.getAttribute('aria-invalid') === 'true') states.push(t('listen.state.invalid'));
  return states;
}

/** Where a key that types a digit sits (its `data-row` and `data-column`, counted from 1). */
function digitKeyPlace(element: Element): { row: number; column: number } | undefined {
  if (!element.matches('[data-digit-key]')) return undefined;
  const row = Number(element.getAttribute('data-row'));
  const column = Number(element.getAttribute('data-column'));
  return row > 0 && column > 0 ? { row, column } : undefined;
}

/** The sentence listen mode says for `element` (see the policy above). */
export function describeControl(element: Element, t: TFunction, privacy: SpeechPrivacy): string {
  const role = roleOf(element);
  const digitKey = privacy === 'aloud' ? digitKeyPlace(element) : undefined;
  const name = digitKey ? t('listen.digitKey', digitKey) : accessibleName(element);
  const parts: string[] = [name];
  if (role === 'radio') {
    const place = radioPlace(element as HTMLInputElement);
    if (place) parts.push(t('listen.place.option', place));
  } else if (role !== 'none' && role !== 'heading') {
    parts.push(t(`listen.role.${role}`));
  } else if (role === 'heading') {
    parts.push(t('listen.role.heading'));
  }
  parts.push(...stateOf(element, role, t));
  if (role !== 'radio') {
    const place = listPlace(element);
    if (place) parts.push(t('listen.place.item', place));
  }
  if (
    (role === 'textbox' || role === 'searchbox') &&
    (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
  ) {
    parts.push(speakableValue(element, t, privacy));
  }
  const description = textOfIds(element.getAttribute('aria-describedby'));
  const sentence = joinSpoken(parts, t('listen.separator'));
  return description === '' ? sentence : joinSpoken([sentence, description], '. ');
}
