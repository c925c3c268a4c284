/**
 * The compact stored form of a visit's events. A visit's events are written in batches; a batch
 * is one row keyed `[visit, sequence number of its first event]` (the visit's UUID as its 16
 * bytes; the key is not repeated in the row) whose value is `[firstAt, ...events]`, each event a
 * tuple `[milliseconds after firstAt, type code, ...payload fields]`.
 *
 * Policy: readers never see this form (`decodeBatch` gives back typed `VisitEvent`s); the code
 * lists below are append-only (a stored number must keep its meaning forever); a value outside a
 * list, or a payload with a field this codec does not know, is stored as it is, never dropped.
 */
import type { VisitEvent, VisitEventPayloads, VisitEventType } from './types';

/** An event as the recorder holds it before it is written: no id, no visit. */
export type EventDraft<T extends VisitEventType = VisitEventType> = {
  readonly at: number;
  readonly type: T;
  readonly payload: VisitEventPayloads[T];
};

/** One stored batch: `[firstAt, ...tuples]`. */
export type StoredBatch = readonly unknown[];

/** A visit as batch keys hold it: a UUID as its 16 bytes, any other id as itself. */
export type VisitKey = string | Uint8Array | ArrayBuffer;

/** Key of a stored batch: the visit and the sequence number of its first event. */
export type BatchKey = [visit: VisitKey, firstSeq: number];

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The key form of a visit id: 16 bytes instead of 72 for a (lower-case) UUID. */
export function visitKey(sessionId: string): VisitKey {
  if (!uuidPattern.test(sessionId)) return sessionId;
  const hex = sessionId.replaceAll('-', '');
  return Uint8Array.from({ length: 16 }, (_, index) =>
    parseInt(hex.slice(index * 2, index * 2 + 2), 16),
  );
}

/** The visit id back from its key form. */
export function visitIdFromKey(key: VisitKey): string {
  if (typeof key === 'string') return key;
  const hex = Array.from(key instanceof ArrayBuffer ? new Uint8Array(key) : key, (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
  const part = (from: number, to?: number) => hex.slice(from, to);
  return `${part(0, 8)}-${part(8, 12)}-${part(12, 16)}-${part(16, 20)}-${part(20)}`;
}

export function batchKey(sessionId: string, firstSeq: number): BatchKey {
  return [visitKey(sessionId), firstSeq];
}

/** Append-only: the position is the stored code. */
const typeCodes: readonly VisitEventType[] = [
  'screen',
  'faq-view',
  'language-switch',
  'display',
  'idle-prompt',
  'search',
  'search-no-results',
  'feedback',
  'guide-step',
  'checklist-completed',
  'eligibility-result',
  'handoff',
  'help-request',
  'staff-note',
];

// Append-only value lists: a known value is stored as its position, anything else as itself.
const screens = [
  'home',
  'faq-categories',
  'faq-category',
  'faq-answer',
  'faq-search',
  'guide-start',
  'guide-steps',
  'guide-checklist',
  'eligibility-question',
  'eligibility-check-answers',
  'eligibility-result',
  'help-ticket',
];
const vias = ['category', 'related', 'search', 'guide'];
const langs = ['ar', 'en'];
const reasons = ['not-my-question', 'hard-to-understand', 'need-more-detail', 'information-wrong'];
const bands = ['likely-eligible', 'may-be-eligible', 'likely-not-eligible'];
const kinds = ['qr-shown', 'printed'];
const contexts = ['faq', 'guide', 'eligibility'];

const code = (list: readonly string[], value: string): number | string => {
  const index = list.indexOf(value);
  return index < 0 ? value : index;
};
const name = (list: readonly string[], stored: unknown): string =>
  typeof stored === 'number' ? (list[stored] ?? String(stored)) : String(stored);
const flag = (value: boolean): number => (value ? 1 : 0);
const text = (stored: unknown): string => String(stored);

type FieldCodec<T extends VisitEventType> = {
  /** The payload fields this codec stores; a payload with any other field is stored whole. */
  readonly keys: readonly (keyof VisitEventPayloads[T] & string)[];
  readonly encode: (payload: VisitEventPayloads[T]) => unknown[];
  readonly decode: (fields: readonly unknown[]) => VisitEventPayloads[T];
};

// A type without a codec here (one added later) is stored whole until it gets one.
type Codecs = { readonly [T in VisitEventType]?: FieldCodec<T> };

const codecs: Codecs = {
  screen: {
    keys: ['screen', 'ref'],
    encode: (p) =>
      p.ref === undefined ? [code(screens, p.screen)] : [code(screens, p.screen), p.ref],
    decode: ([screen, ref]) => ({
      screen: name(screens, screen) as VisitEventPayloads['screen']['screen'],
      ...(ref === undefined ? {} : { ref: text(ref) }),
    }),
  },
  'faq-view': {
    keys: ['entryId', 'via'],
    encode: (p) => [p.entryId, code(vias, p.via)],
    decode: ([entryId, via]) => ({
      entryId: text(entryId),
      via: name(vias, via) as VisitEventPayloads['faq-view']['via'],
    }),
  },
  'language-switch': {
    keys: ['from', 'to'],
    encode: (p) => [code(langs, p.from), code(langs, p.to)],
    decode: ([from, to]) => ({
      from: name(langs, from) as VisitEventPayloads['language-switch']['from'],
      to: name(langs, to) as VisitEventPayloads['language-switch']['to'],
    }),
  },
  display: {
    keys: ['textSize', 'isHighContrast'],
    encode: (p) => [p.textSize, flag(p.isHighContrast)],
    decode: ([textSize, isHighContrast]) => ({
      textSize: Number(textSize) as VisitEventPayloads['display']['textSize'],
      isHighContrast: isHighContrast === 1,
    }),
  },
  'idle-prompt': {
    keys: ['answered'],
    encode: (p) => [flag(p.answered)],
    decode: ([answered]) => ({ answered: answered === 1 }),
  },
  search: {
    keys: ['text', 'lang', 'resultCount', 'topIds'],
    encode: (p) => [p.text, code(langs, p.lang), p.resultCount, ...p.topIds],
    decode: ([searched, lang, resultCount, ...topIds]) => ({
      text: text(searched),
      lang: name(langs, lang) as VisitEventPayloads['search']['lang'],
      resultCount: Number(resultCount),
      topIds: topIds.map(text),
    }),
  },
  'search-no-results': {
    keys: ['text', 'lang'],
    encode: (p) => [p.text, code(langs, p.lang)],
    decode: ([searched, lang]) => ({
      text: text(searched),
      lang: name(langs, lang) as VisitEventPayloads['search-no-results']['lang'],
    }),
  },
  feedback: {
    keys: ['entryId', 'isHelpful', 'reason'],
    encode: (p) =>
      p.reason === undefined
        ? [p.entryId, flag(p.isHelpful)]
        : [p.entryId, flag(p.isHelpful), code(reasons, p.reason)],
    decode: ([entryId, isHelpful, reason]) => ({
      entryId: text(entryId),
      isHelpful: isHelpful === 1,
      ...(reason === undefined
        ? {}
        : { reason: name(reasons, reason) as VisitEventPayloads['feedback']['reason'] }),
    }),
  },
  'guide-step': {
    keys: ['stepId'],
    encode: (p) => [p.stepId],
    decode: ([stepId]) => ({ stepId: text(stepId) }),
  },
  'checklist-completed': {
    keys: [],
    encode: () => [],
    decode: () => ({}),
  },
  'eligibility-result': {
    keys: ['band'],
    encode: (p) => [code(bands, p.band)],
    decode: ([band]) => ({
      band: name(bands, band) as VisitEventPayloads['eligibility-result']['band'],
    }),
  },
  handoff: {
    keys: ['kind', 'context'],
    encode: (p) => [code(kinds, p.kind), code(contexts, p.context)],
    decode: ([kind, context]) => ({
      kind: name(kinds, kind) as VisitEventPayloads['handoff']['kind'],
      context: name(contexts, context) as VisitEventPayloads['handoff']['context'],
    }),
  },
};

function codecFor<T extends VisitEventType>(type: T): FieldCodec<T> | undefined {
  return (codecs as unknown as Partial<Record<VisitEventType, FieldCodec<T>>>)[type];
}

/** One event as a tuple; a type or field this codec does not know is kept whole. */
function encodeEvent(event: EventDraft, firstAt: number): unknown[] {
  const typeCode = typeCodes.indexOf(event.type);
  const codec = codecFor(event.type);
  const known = codec?.keys as readonly string[] | undefined;
  const fits =
    codec !== undefined &&
    typeCode >= 0 &&
    Object.keys(event.payload).every((key) => known?.includes(key));
  return fits
    ? [event.at - firstAt, typeCode, ...codec.encode(event.payload)]
    : [event.at - firstAt, event.type, event.payload];
}

/** A batch of a visit's events, in order, as one stored row. */
export function encodeBatch(events: readonly EventDraft[]): StoredBatch {
  const firstAt = events[0]?.at ?? 0;
  return [firstAt, ...events.map((event) => encodeEvent(event, firstAt))];
}

/** Typed events back from a stored batch; ids are `<visit id>:<sequence>`. */
export function decodeBatch(sessionId: string, firstSeq: number, batch: StoredBatch): VisitEvent[] {
  const [firstAt, ...tuples] = batch;
  return tuples.map((tuple, index) => {
    const [delta, typeCode, ...fields] = tuple as readonly unknown[];
    const at = Number(firstAt) + Number(delta);
    const id = `${sessionId}:${firstSeq + index}`;
    if (typeof typeCode === 'string') {
      // Stored whole: an event type or field this codec did not know when it was written.
      return { id, sessionId, at, type: typeCode, payload: fields[0] } as VisitEvent;
    }
    const type = typeCodes[Number(typeCode)] ?? 'screen';
    const codec = codecFor(type);
    return { id, sessionId, at, type, payload: codec?.decode(fields) ?? {} } as VisitEvent;
  });
}
