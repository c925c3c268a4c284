/** Well-formed visits and push batches for the hub's tests. */
import { randomUUID } from 'node:crypto';
import type { Visit, VisitEvent } from '../../../core/visit/types';
import type { PushRequest, VisitRecord } from '../../../core/sync/wire';

/** An ended self-service visit of `kioskId` with a few events; `overrides` change the visit. */
export function visitRecord(
  kioskId: string,
  overrides: Partial<Visit> = {},
  startedAt = Date.UTC(2026, 11, 2, 7, 30),
): VisitRecord {
  const id = overrides.id ?? randomUUID();
  const visit: Visit = {
    id,
    kioskId,
    startedAt,
    endedAt: startedAt + 120_000,
    lang: 'ar',
    mode: 'self',
    endReason: 'completed',
    guideProgress: [],
    ...overrides,
  };
  const events: VisitEvent[] = [
    {
      id: `${id}:1`,
      sessionId: id,
      at: startedAt + 1_000,
      type: 'screen',
      payload: { screen: 'home' },
    },
    {
      id: `${id}:2`,
      sessionId: id,
      at: startedAt + 9_000,
      type: 'search-no-results',
      payload: { text: 'سجل', lang: 'ar' },
    },
  ];
  return { visit, events };
}

/** A push batch of `visits` from `kioskId`. */
export function pushBody(
  kioskId: string,
  visits: readonly unknown[],
  extra: object = {},
): PushRequest {
  return { protocol: 1, kioskId, visits: visits as VisitRecord[], ...extra };
}
