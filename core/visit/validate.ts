/**
 * Run-time checks of a visit and its events as they arrive from outside the kiosk's own code: a
 * backup file being imported, or a batch reaching the office hub. One definition, so the backup
 * importer and the hub never disagree about what a well-formed visit is. Each check answers
 * `undefined` when the value is well formed, or the name of the first field that is not.
 */
import { languages } from '../content/languages';
import { eligibilityBands } from '../eligibility/rules';
import { hasOnlyKeys, isNonEmptyString, isOneOf, isRecord } from '../validation';
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
 * The fields of a visit other than local state: ids, times, enums, and that an ended visit has
 * both its end and its reason. `extraKeys` names fields the caller allows besides the wire ones.
 */
export function checkVisitFields(
  value: unknown,
  extraKeys: readonly string[] = [],
): string | undefined {
  if (!isRecord(value) || !hasOnlyKeys(value, [...wireVisitKeys, ...extraKeys])) {
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
  if (!isOptional(value.outcome, (v) => isOneOf(v, assistedOutcomes))) return 'outcome';
  if (!isOptional(value.endReason, (v) => isOneOf(v, endReasons))) return 'endReason';
  if (!isIdList(value.guideProgress)) return 'guideProgress';
  if ((value.endedAt === undefined) !== (value.endReason === undefined)) return 'endReason';
  return undefined;
}

const payloadChecks: Readonly<Record<VisitEventType, (p: Record<string, unknown>) => boolean>> = {
  screen: (p) =>
    hasOnlyKeys(p, ['screen', 'ref']) && isOneOf(p.screen, screenNames) && isOptional(p.ref, isId),
  'faq-view': (p) =>
    hasOnlyKeys(p, ['entryId', 'via']) &&
    isId(p.entryId) &&
    isOneOf(p.via, ['category', 'related', 'search', 'guide']),
  'language-switch': (p) =>
    hasOnlyKeys(p, ['from', 'to']) && isOneOf(p.from, languages) && isOneOf(p.to, languages),
  display: (p) =>
    hasOnlyKeys(p, ['textSize', 'isHighContrast']) &&
    (p.textSize === 1 || p.textSize === 2 || p.textSize === 3) &&
    typeof p.isHighContrast === 'boolean',
  'idle-prompt': (p) => hasOnlyKeys(p, ['answered']) && typeof p.answered === 'boolean',
  search: (p) =>
    hasOnlyKeys(p, ['text', 'lang', 'resultCount', 'topIds']) &&
    isShortText(p.text) &&
    isOneOf(p.lang, languages) &&
    isCount(p.resultCount) &&
    isIdList(p.topIds),
  'search-no-results': (p) =>
    hasOnlyKeys(p, ['text', 'lang']) && isShortText(p.text) && isOneOf(p.lang, languages),
  feedback: (p) =>
    hasOnlyKeys(p, ['entryId', 'isHelpful', 'reason']) &&
    isId(p.entryId) &&
    typeof p.isHelpful === 'boolean' &&
    isOptional(p.reason, (v) => isOneOf(v, feedbackReasons)),
  'guide-step': (p) => hasOnlyKeys(p, ['stepId']) && isId(p.stepId),
  'checklist-completed': (p) => hasOnlyKeys(p, []),
  'eligibility-result': (p) => hasOnlyKeys(p, ['band']) && isOneOf(p.band, eligibilityBands),
  handoff: (p) =>
    hasOnlyKeys(p, ['kind', 'context']) &&
    isOneOf(p.kind, ['qr-shown', 'printed']) &&
    isOneOf(p.context, ['faq', 'guide', 'eligibility']),
  'help-request': (p) =>
    hasOnlyKeys(p, ['ticketNumber', 'hasCallback', 'from']) &&
    isCount(p.ticketNumber) &&
    typeof p.hasCallback === 'boolean' &&
    isOneOf(p.from, ['home', 'no-results', 'answer', 'guide', 'eligibility']),
  'staff-note': (p) => hasOnlyKeys(p, ['text']) && isShortText(p.text),
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
  if (!isRecord(value) || !hasOnlyKeys(value, eventKeys)) return 'unexpected shape';
  if (typeof value.sessionId !== 'string' || !visitIds.has(value.sessionId)) return 'sessionId';
  const id = value.id;
  if (typeof id !== 'string' || !id.startsWith(`${value.sessionId}:`)) return 'id';
  if (!isCount(Number(id.slice(value.sessionId.length + 1))) || id.endsWith(':')) return 'id';
  if (!isTime(value.at)) return 'at';
  if (!isOneOf(value.type, visitEventTypes)) return 'type';
  if (!isRecord(value.payload) || !payloadChecks[value.type](value.payload)) return 'payload';
  return undefined;
}
