/**
 * Local retention of sent visits. Policy: a visit the office hub acknowledged (`synced`) is kept
 * `sentVisitRetentionDays` days after it started (7 to 365, 90 by default) and then deleted with
 * its events, at start-up and once a day; a visit not yet sent, still open or refused is never
 * deleted by it. A purge that removed any is written to the activity log with the count, like the
 * callback purge.
 */
import type { AuditLog } from '../db/auditRepository';
import type { OutboxRepository } from '../db/outboxRepository';

const dayMs = 24 * 60 * 60 * 1000;

export type SentVisitPurgeDeps = {
  readonly outbox: Pick<OutboxRepository, 'purgeSentBefore'>;
  /** The current setting (an administrator may change it while the kiosk runs). */
  readonly retentionDays: () => number;
  readonly audit?: Pick<AuditLog, 'record'>;
  readonly now?: () => number;
};

/** Deletes the sent visits past retention now; answers how many went. */
export async function purgeSentVisits({
  outbox,
  retentionDays,
  audit,
  now = Date.now,
}: SentVisitPurgeDeps): Promise<number> {
  const removed = await outbox.purgeSentBefore(now() - retentionDays() * dayMs);
  if (removed > 0) await audit?.record('sent-visits-purged', { detail: String(removed) });
  return removed;
}

/**
 * Purges now and then every `intervalMs` (a day), in the background: a kiosk left running for
 * months still purges on time. Returns its stop.
 */
export function startSentVisitPurge(
  deps: SentVisitPurgeDeps,
  intervalMs: number = dayMs,
): () => void {
  const purge = () => {
    purgeSentVisits(deps).catch((error: unknown) => {
      // Storage trouble never stops the kiosk; the next run tries again.
      console.warn('sent visit purge failed', error instanceof Error ? error.name : 'unknown');
    });
  };
  purge();
  const timer = setInterval(purge, intervalMs);
  return () => clearInterval(timer);
}
