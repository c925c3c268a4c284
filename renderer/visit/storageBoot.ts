/**
 * What start-up does with storage, so the kiosk boots whatever state the disk is in. Policy:
 * start-up never waits on a write, and waits on a read for at most `settingsTimeMilliseconds`;
 * after that (or when the read fails) the kiosk runs on default settings and says so in the log.
 */
import type { RuknDatabase } from '../db/database';
import {
  createSettingsRepository,
  settingDefaults,
  type KioskSettings,
} from '../db/settingsRepository';
import type { SessionRepository } from '../db/sessionRepository';
import type { RecorderHealth, VisitRecorder } from './recorder';
import { createStorageCare } from './storageCare';

/** Longest start-up waits for the stored settings. */
export const settingsTimeMilliseconds = 1500;

/** Resolves with `fallback()` if `promise` has not settled within `milliseconds` or rejects. */
export function withinTime<T>(
  promise: Promise<T>,
  milliseconds: number,
  fallback: (reason: unknown) => T,
): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(
      () => resolve(fallback(new Error(`no answer within ${milliseconds} ms`))),
      milliseconds,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        resolve(fallback(error));
      },
    );
  });
}

/**
 * The stored settings, or the defaults when storage cannot answer in time. The kiosk id is then
 * a fresh one for this run only: visits stay attributable, and the stored id returns at the
 * next start-up that can read it.
 */
export function loadSettingsInTime(
  db: RuknDatabase,
  milliseconds: number = settingsTimeMilliseconds,
): Promise<KioskSettings> {
  return withinTime(createSettingsRepository(db).load(), milliseconds, (reason) => {
    console.warn('settings unreadable; running on defaults', reason);
    return { kioskId: crypto.randomUUID(), ...settingDefaults };
  });
}

/** Mirrors the recorder's health on `<html data-storage-health>` for tests and staff tools. */
export function mirrorHealth(recorder: VisitRecorder, root: HTMLElement): () => void {
  const show = (health: RecorderHealth) => {
    root.dataset.storageHealth = health.storage;
  };
  show(recorder.health());
  return recorder.subscribe(show);
}

/**
 * Closes, in the background, visits a crash or reload left open: only those begun before
 * `bootedAt` (a visit begun since is running). Called first thing at start-up, so its
 * transaction is queued before anything reads the visits.
 */
export function recoverInBackground(sessions: SessionRepository, bootedAt: number): void {
  void sessions.recoverOpenSessions(bootedAt).then(
    (recovered) => {
      if (recovered > 0) console.info(`closed ${recovered} visit(s) left open as crash-recovered`);
    },
    (error: unknown) => console.warn('open visits could not be closed yet', error),
  );
}

/**
 * Background care started once at boot: asks for persistent storage, and checks usage now and
 * after each ended visit. `sendsToOffice` says whether a hub waits for the visits (the sync
 * service's answer): then only visits the hub acknowledged may be pruned. Returns at once;
 * nothing here is awaited.
 */
export function startStorageCare(
  sessions: SessionRepository,
  recorder: VisitRecorder,
  sendsToOffice: () => boolean = () => false,
): void {
  const care = createStorageCare({
    storage: typeof navigator === 'undefined' ? undefined : navigator.storage,
    repository: sessions,
    sendsToOffice,
  });
  void care.requestPersistence();
  void care.check();
  recorder.afterEnd(() => void care.check());
}
