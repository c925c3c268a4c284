/**
 * Crash and hang recovery. Policy: a crashed renderer, or one unresponsive for more than 5 s, is
 * replaced by a fresh attract screen after 1 s, and so is a failed load of the app's own page
 * (the first load included); after more than 3 failures within 5 minutes the
 * wait doubles per extra failure, capped at 1 minute, so a crash loop cannot spin the CPU. The
 * kiosk never gives up: an unattended screen must come back on its own.
 */
import { type RenderProcessGoneDetails, type WebContents } from 'electron';
import { originOf } from './config';

/** Tunables of the recovery policy. */
export type RecoveryPolicy = {
  /** Wait before reloading after an isolated failure. */
  readonly baseDelayMs: number;
  /** Failures tolerated within `windowMs` before backing off. */
  readonly maxFailuresInWindow: number;
  /** The sliding window over which failures are counted. */
  readonly windowMs: number;
  /** Longest wait between attempts while crashing in a loop. */
  readonly maxDelayMs: number;
  /** How long a renderer may stay unresponsive before it is killed and reloaded. */
  readonly hangGraceMs: number;
};

/** The policy in force. */
export const defaultRecoveryPolicy: RecoveryPolicy = {
  baseDelayMs: 1_000,
  maxFailuresInWindow: 3,
  windowMs: 5 * 60_000,
  maxDelayMs: 60_000,
  hangGraceMs: 5_000,
};

/** What to do about one failure. */
export type RecoveryDecision =
  | { readonly action: 'ignore' }
  | { readonly action: 'reload'; readonly delayMs: number; readonly recentFailures: number };

/** Why the renderer needs help (`RenderProcessGoneDetails.reason`, a hang, or a failed load). */
export type FailureReason = RenderProcessGoneDetails['reason'] | 'unresponsive' | 'load-failed';

/** The facts of a `did-fail-load` event the load-failure policy looks at. */
export type LoadFailure = {
  /** Chromium's net error code (negative); -3 is ERR_ABORTED. */
  readonly errorCode: number;
  /** The URL that failed to load. */
  readonly validatedUrl: string;
  readonly isMainFrame: boolean;
};

/** Chromium's ERR_ABORTED: the load was superseded by another navigation, not a failure. */
const netErrorAborted = -3;

/**
 * True when a failed load means the kiosk is showing no app at all (pure): the main frame failed
 * to load one of the app's own URLs. A subframe, a foreign URL (already refused by the navigation
 * policy) or a load aborted by a newer navigation is not a failure to recover from.
 */
export function isAppLoadFailure(failure: LoadFailure, appOrigins: readonly string[]): boolean {
  if (!failure.isMainFrame || failure.errorCode === netErrorAborted) return false;
  const origin = originOf(failure.validatedUrl);
  return origin !== null && appOrigins.includes(origin);
}

/** Keeps only the failure times inside the policy window ending at `now` (pure). */
export function recentFailureTimes(
  failureTimes: readonly number[],
  now: number,
  policy: RecoveryPolicy = defaultRecoveryPolicy,
): number[] {
  return failureTimes.filter((time) => now - time < policy.windowMs && time <= now);
}

/**
 * Decides how to recover from a failure (pure). `failureTimes` are earlier failures, `now`
 * excluded. Whatever the reason (crash, kill, OOM, hang), the answer is a reload: only a renderer
 * going away while the app quits is left alone.
 */
export function decideRecovery(
  failureTimes: readonly number[],
  now: number,
  isQuitting: boolean,
  policy: RecoveryPolicy = defaultRecoveryPolicy,
): RecoveryDecision {
  if (isQuitting) return { action: 'ignore' };
  const recentFailures = recentFailureTimes(failureTimes, now, policy).length + 1;
  const excess = recentFailures - policy.maxFailuresInWindow;
  const delayMs =
    excess <= 0
      ? policy.baseDelayMs
      : Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(excess, 30));
  return { action: 'reload', delayMs, recentFailures };
}

/** Live inputs of the recovery loop. */
export type RecoveryDeps = {
  /** The attract screen URL, loaded afresh (the renderer marks an open session crash-recovered). */
  readonly entryUrl: string;
  /** Origins of the app's own pages: a failed load of one of these is retried. */
  readonly appOrigins: readonly string[];
  readonly isQuitting: () => boolean;
  readonly now?: () => number;
  readonly policy?: RecoveryPolicy;
};

/**
 * Watches one window's renderer and reloads the attract screen when it crashes, hangs or fails to
 * load the app, all under the same back-off.
 */
export function setupRecovery(contents: WebContents, deps: RecoveryDeps): void {
  const policy = deps.policy ?? defaultRecoveryPolicy;
  const now = deps.now ?? Date.now;
  let failureTimes: number[] = [];
  let hangTimer: NodeJS.Timeout | undefined;
  let reloadTimer: NodeJS.Timeout | undefined;

  const clearHangTimer = (): void => {
    if (hangTimer !== undefined) clearTimeout(hangTimer);
    hangTimer = undefined;
  };

  const recover = (reason: FailureReason): void => {
    const time = now();
    const decision = decideRecovery(failureTimes, time, deps.isQuitting(), policy);
    if (decision.action === 'ignore' || reloadTimer !== undefined) return;
    failureTimes = [...recentFailureTimes(failureTimes, time, policy), time];
    console.warn(
      `renderer ${reason}: reloading the attract screen in ${decision.delayMs} ms ` +
        `(${decision.recentFailures} failure(s) in the last ${policy.windowMs / 60_000} min)`,
    );
    reloadTimer = setTimeout(() => {
      reloadTimer = undefined;
      if (contents.isDestroyed() || deps.isQuitting()) return;
      contents.loadURL(deps.entryUrl).catch((error: unknown) => {
        console.error('reloading the attract screen failed', error);
      });
    }, decision.delayMs);
  };

  contents.on('render-process-gone', (_event, details) => {
    clearHangTimer();
    recover(details.reason);
  });

  contents.on('unresponsive', () => {
    if (hangTimer !== undefined) return;
    hangTimer = setTimeout(() => {
      hangTimer = undefined;
      // A hung renderer cannot load a page; crashing it funnels the hang into the crash path.
      if (!contents.isDestroyed()) contents.forcefullyCrashRenderer();
    }, policy.hangGraceMs);
  });

  contents.on('responsive', clearHangTimer);

  // Listening from creation covers the first load too: a kiosk booted before its disk or network
  // share was ready must not sit on a blank window until someone restarts it.
  contents.on(
    'did-fail-load',
    (_event, errorCode, _errorDescription, validatedUrl, isMainFrame) => {
      if (isAppLoadFailure({ errorCode, validatedUrl, isMainFrame }, deps.appOrigins)) {
        recover('load-failed');
      }
    },
  );
}
