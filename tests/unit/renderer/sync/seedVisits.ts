/** Ended visits with a few events, written through the session repository as the kiosk does. */
import type { SessionRepository } from '../../../../renderer/db/sessionRepository';

/** A UUID-shaped id for visit number `n` (stored in the compact key form, as real ids are). */
export function visitId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** Writes `count` ended visits, one a minute apart from `from`, each with `events` screen events. */
export async function seedEndedVisits(
  sessions: SessionRepository,
  count: number,
  { from = 1_000_000, events = 2, kioskId = 'kiosk-local', first = 1 } = {},
): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = visitId(first + index);
    const startedAt = from + index * 60_000;
    await sessions.startSession({ id, kioskId, lang: 'ar', mode: 'self', startedAt });
    await sessions.writeEvents({
      sessionId: id,
      firstSeq: 0,
      events: Array.from({ length: events }, (_, seq) => ({
        at: startedAt + 1_000 * (seq + 1),
        type: 'screen' as const,
        payload: { screen: 'home' as const },
      })),
    });
    await sessions.endSession(id, 'completed', startedAt + 30_000);
    ids.push(id);
  }
  return ids;
}
