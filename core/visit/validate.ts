/**
 * Run-time checks of a visit and its events as they arrive from outside the kiosk's own code: a
 * backup file being imported, or a batch reaching the office hub. One definition, so the backup
 * importer and the hub never disagree about what a well-formed visit is. Each check answers
 * `undefined` when the value is well formed, or the name of the first field that is not.
 */
import { languages } from '../content/languages';
import { eligibilityBands } from '../eligibility/rules';
import { isNonEmptyString, isOneOf, isRecord } from '../validation';
import {
  assistedOutcomes,
  endReasons,
  feedbackReasons,
  screenNames,
  sessionModes,
  type VisitEventType,
} from './types';

/** The fields a visit may carry on the wire (the stored form adds `syncState`). */
export const wireVisitKeys = [
  'id',
  'kioskId',
  'startedAt',
  'endedAt',
  'lang',
  'mode',
  'caseworkerId',
  'outcome',
  'endReason',
  'guideProgress',
] as const;

const eventKeys = ['id', 'sessionId', 'at', 'type', 'payload'];

/** Longest id, name or text field accepted from outside (ids are UUIDs; texts are filtered). */
export const maxFieldLength = 200;

export const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
export const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isOptional = (value: unknown, check: (value: unknown) => boolean): boolean =>
  value === undefined || check(value);
const isShortText = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= maxFieldLength;
const isId = (value: unknown): value is string => isNonEmptyString(value) && isShortText(value);
const isIdList = (value: unknown): boolean =>
  Array.isArray(value) && value.length <= 100 && value.every(isId);

/**
 * True when `record` has no own keys but `allowed`: `hasOnlyKeys` without its per-call array and
 * closure, for the checks that run on every event of every pushed visit.
 */
function hasOnlyKeysFast(record: object, allowed: readonly string[]): boolean {
  for (const key in record) {
    if (Object.prototype.hasOwnProperty.call(record, key) && !allowed.includes(key)) return false;
  }
  return true;
}

const noExtraKeys: readonly string[] = [];
const visitKeyList: readonly string[] = wireVisitKeys;

/**
 * The fields of a visit other than local state: ids, times, enums, and that an ended visit has
 * both its end and its reason. `extraKeys` names fields the caller allows besides the wire ones.
 */
export function checkVisitFields(
  value: unknown,
  extraKeys: readonly string[] = noExtraKeys,
): string | undefined {
  const allowed = extraKeys.length === 0 ? visitKeyList : [...wireVisitKeys, ...extraKeys];
  if (!isRecord(value) || !hasOnlyKeysFast(value, allowed)) {
    return 'unexpected shape';
  }
  if (!isId(value.id)) return 'id';
  if (!isShortText(value.kioskId)) return 'kioskId';
  if (!isTime(value.startedAt)) return 'startedAt';
  if (!isOptional(value.endedAt, isTime)) return 'endedAt';
  if (typeof value.endedAt === 'number' && value.endedAt < value.startedAt) return 'endedAt';
  if (!isOneOf(value.lang, languages)) return 'lang';
  if (!isOneOf(value.mode, sessionModes)) return 'mode';
  if (!isOptional(value.caseworkerId, isId)) return 'caseworkerId';
  if (value.outcome !== undefined && !isOneOf(value.outcome, assistedOutcomes)) return 'outcome';
  if (value.endReason !== undefined && !isOneOf(value.endReason, endReasons)) return 'endReason';
  if (!isIdList(value.guideProgress)) return 'guideProgress';
  if ((value.endedAt === undefined) !== (value.endReason === undefined)) return 'endReason';
  return undefined;
}

const only = hasOnlyKeysFast;
const faqVias = ['category', 'related', 'search', 'guide'];
const handoffKinds = ['qr-shown', 'printed'];
const handoffContexts = ['faq', 'guide', 'eligibility'];
const helpFroms = ['home', 'no-results', 'answer', 'guide', 'eligibility'];
const screenKeys = ['screen', 'ref'];
const faqViewKeys = ['entryId', 'via'];
const switchKeys = ['from', 'to'];
const displayKeys = ['textSize', 'isHighContrast'];
const idleKeys = ['answered'];
const searchKeys = ['text', 'lang', 'resultCount', 'topIds'];
const noResultsKeys = ['text', 'lang'];
const feedbackKeys = ['entryId', 'isHelpful', 'reason'];
const stepKeys = ['stepId'];
const bandKeys = ['band'];
const handoffKeys = ['kind', 'context'];
const helpKeys = ['ticketNumber', 'hasCallback', 'from'];
const noteKeys = ['text'];

const payloadChecks: Readonly<Record<VisitEventType, (p: Record<string, unknown>) => boolean>> = {
  screen: (p) =>
    only(p, screenKeys) && isOneOf(p.screen, screenNames) && (p.ref === undefined || isId(p.ref)),
  'faq-view': (p) => only(p, faqViewKeys) && isId(p.entryId) && isOneOf(p.via, faqVias),
  'language-switch': (p) =>
    only(p, switchKeys) && isOneOf(p.from, languages) && isOneOf(p.to, languages),
  display: (p) =>
    only(p, displayKeys) &&
    (p.textSize === 1 || p.textSize === 2 || p.textSize === 3) &&
    typeof p.isHighContrast === 'boolean',
  'idle-prompt': (p) => only(p, idleKeys) && typeof p.answered === 'boolean',
  search: (p) =>
    only(p, searchKeys) &&
    isShortText(p.text) &&
    isOneOf(p.lang, languages) &&
    isCount(p.resultCount) &&
    isIdList(p.topIds),
  'search-no-results': (p) =>
    only(p, noResultsKeys) && isShortText(p.text) && isOneOf(p.lang, languages),
  feedback: (p) =>
    only(p, feedbackKeys) &&
    isId(p.entryId) &&
    typeof p.isHelpful === 'boolean' &&
    (p.reason === undefined || isOneOf(p.reason, feedbackReasons)),
  'guide-step': (p) => only(p, stepKeys) && isId(p.stepId),
  'checklist-completed': (p) => only(p, noExtraKeys),
  'eligibility-result': (p) => only(p, bandKeys) && isOneOf(p.band, eligibilityBands),
  handoff: (p) =>
    only(p, handoffKeys) && isOneOf(p.kind, handoffKinds) && isOneOf(p.context, handoffContexts),
  'help-request': (p) =>
    only(p, helpKeys) &&
    isCount(p.ticketNumber) &&
    typeof p.hasCallback === 'boolean' &&
    isOneOf(p.from, helpFroms),
  'staff-note': (p) => only(p, noteKeys) && isShortText(p.text),
};

/** Every event type, so a typo or a foreign type is caught. */
export const visitEventTypes = Object.keys(payloadChecks) as VisitEventType[];

/**
 * One event of a visit whose id is in `visitIds`: its id is `<visit id>:<sequence>`, and its
 * payload has exactly the fields its type allows, each of the right type.
 */
export function checkEventFields(
  value: unknown,
  visitIds: ReadonlySet<string>,
): string | undefined {
  if (!isRecord(value) || !hasOnlyKeysFast(value, eventKeys)) return 'unexpected shape';
  if (typeof value.sessionId !== 'string' || !visitIds.has(value.sessionId)) return 'sessionId';
  const checked = checkEventRest(value, value.sessionId);
  return typeof checked === 'string' ? checked : undefined;
}

/**
 * `checkEventFields` for an event that must belong to visit `visitId` (the hub's per-visit loop,
 * without a set per visit). Answers the first field that is wrong, or the event's sequence number
 * (the number after `:` in its id) when it is well formed.
 */
export function checkEventOfVisit(value: unknown, visitId: string): string | number {
  if (!isRecord(value) || !hasOnlyKeysFast(value, eventKeys)) return 'unexpected shape';
  if (value.sessionId !== visitId) return 'sessionId';
  return checkEventRest(value, visitId);
}

/** The checks of an event after its visit: id, time, type and payload (sequence when sound). */
function checkEventRest(value: Record<string, unknown>, sessionId: string): string | number {
  const id = value.id;
  if (
    typeof id !== 'string' ||
    id.length <= sessionId.length ||
    id.charCodeAt(sessionId.length) !== 58 /* ':' */ ||
    !id.startsWith(sessionId)
  ) {
    return 'id';
  }
  if (id.endsWith(':')) return 'id';
  const sequence = Number(id.slice(sessionId.length + 1));
  if (!isCount(sequence)) return 'id';
  if (!isTime(value.at)) return 'at';
  const type = value.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(payloadChecks, type)) {
    return 'type';
  }
  const payload = value.payload;
  if (!isRecord(payload) || !payloadChecks[type as VisitEventType](payload)) return 'payload';
  return sequence;
}
