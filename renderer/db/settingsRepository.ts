/**
 * Kiosk settings with typed defaults. Policy: the idle warning always leaves a citizen at least
 * 20 seconds to answer, whatever is stored; the idle timeout is between 20 s and 10 min. Where
 * files are written and how pages are printed are not renderer settings: the office sets them on
 * the machine (main's kiosk-config.json), so no page script can redirect a report or a printout.
 */
import type { RuknDatabase } from './database';

/** The settings the renderer keeps, as read with defaults applied. */
export type KioskSettings = {
  /** Generated once per installation; marks every visit this kiosk records. */
  readonly kioskId: string;
  /** Seconds without a touch before "Do you need more time?" appears. */
  readonly idleTimeoutSeconds: number;
  /** Seconds the citizen has to answer that question before the visit is wiped. */
  readonly idleWarningSeconds: number;
};

/** The smallest answer time a citizen is ever given, by design rule. */
export const minimumIdleWarningSeconds = 20;

/** What an unset or unreadable setting falls back to. */
export const settingDefaults: Omit<KioskSettings, 'kioskId'> = {
  idleTimeoutSeconds: 60,
  idleWarningSeconds: 30,
};

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** The settings store, as created by `createSettingsRepository`. */
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;

/** Reads and writes the kiosk's settings in the `settings` table; `newId` makes the kiosk id. */
export function createSettingsRepository(
  db: RuknDatabase,
  newId: () => string = () => crypto.randomUUID(),
) {
  return {
    /** Reads all settings, creating the kiosk id on first run. */
    async load(): Promise<KioskSettings> {
      const rows = await db.settings.toArray();
      const stored = new Map(rows.map((row) => [row.key, row.value]));
      let kioskId = stored.get('kioskId');
      if (typeof kioskId !== 'string') {
        kioskId = newId();
        await db.settings.put({ key: 'kioskId', value: kioskId });
      }
      return {
        kioskId: kioskId as string,
        idleTimeoutSeconds: clamp(
          stored.get('idleTimeoutSeconds'),
          20,
          600,
          settingDefaults.idleTimeoutSeconds,
        ),
        idleWarningSeconds: clamp(
          stored.get('idleWarningSeconds'),
          minimumIdleWarningSeconds,
          120,
          settingDefaults.idleWarningSeconds,
        ),
      };
    },

    /** Stores the given settings; `load` clamps them again, so a bad value never takes effect. */
    async save(changes: Partial<Omit<KioskSettings, 'kioskId'>>): Promise<void> {
      await db.settings.bulkPut(Object.entries(changes).map(([key, value]) => ({ key, value })));
    },
  };
}
