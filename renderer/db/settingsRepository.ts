/**
 * Kiosk settings with typed defaults. Policy: the idle warning always leaves a citizen at least
 * 20 seconds to answer, whatever is stored; the idle timeout is between 20 s and 10 min. Where
 * files are written and how pages are printed are not renderer settings: the office sets them on
 * the machine (main's kiosk-config.json), so no page script can redirect a report or a printout.
 */
import type { Localized } from '../../core/content/languages';
import type { RuknDatabase } from './database';
import { syncErrorCodes, type SyncRecordRow } from './syncTypes';

/**
 * The office this kiosk belongs to, as its citizens are told: set by the office (staff settings),
 * never part of the shared content, so every office shows its own. Any field may be unset; the
 * screens then send the citizen to the staff member instead.
 */
export type OfficeDetails = {
  /** The office's name, e.g. «مكتب الضمان الاجتماعي بالقطيف». */
  readonly name?: Localized<string>;
  /** Where it is, in words a visitor can follow. */
  readonly address?: Localized<string>;
  /** When it is open, in words. */
  readonly hours?: Localized<string>;
  /** The office's phone number, digits as dialled (spaces, `+` and `-` allowed). */
  readonly phone?: string;
};

/** The settings the renderer keeps, as read with defaults applied. */
export type KioskSettings = {
  /** Generated once per installation; marks every visit this kiosk records. */
  readonly kioskId: string;
  /** Seconds without a touch before "Do you need more time?" appears. */
  readonly idleTimeoutSeconds: number;
  /** Seconds the citizen has to answer that question before the visit is wiped. */
  readonly idleWarningSeconds: number;
  /** The office's name, address, opening hours and phone, as the citizen screens show them. */
  readonly office: OfficeDetails;
  /** Checklists one visit may print (1 to 10): paper and toner are the office's. */
  readonly maxPrintsPerVisit: number;
  /** Seconds between two prints (0 to 300), so a double tap never prints twice. */
  readonly printIntervalSeconds: number;
  /** What the staff screens and reports call this kiosk, e.g. «ركن سوق الأسر المنتجة». */
  readonly kioskName: string;
  /** Kiosk-local `HH:MM` at which the day's report is exported to the office's folder. */
  readonly closingTime: string;
  /** Days a callback request's details are kept before they are purged (1 to 90). */
  readonly callbackRetentionDays: number;
  /**
   * Days a visit the office hub acknowledged is kept on the kiosk (7 to 365) before it is purged;
   * visits not yet sent, or refused, are never purged by it.
   */
  readonly sentVisitRetentionDays: number;
  /**
   * Where listen mode's speech is heard. `aloud` (the default): through speakers, so the kiosk
   * warns that people nearby hear it and keypad keys do not say their digits. `headphones`: the
   * office has confirmed the kiosk's only sound output is a headphone jack.
   */
  readonly speechOutput: SpeechOutput;
};

/** Where listen mode's speech is heard (see `KioskSettings.speechOutput`). */
export type SpeechOutput = 'headphones' | 'aloud';

const speechOutputs: readonly SpeechOutput[] = ['headphones', 'aloud'];

/** Longest office text kept; a longer stored value is ignored rather than overflow a screen. */
const maxOfficeText = 200;
const phonePattern = /^\+?[0-9][0-9 -]{2,18}[0-9]$/;

function officeText(value: unknown): Localized<string> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { ar, en } = value as Record<string, unknown>;
  const isText = (text: unknown): text is string =>
    typeof text === 'string' && text.trim() !== '' && text.length <= maxOfficeText;
  return isText(ar) && isText(en) ? { ar: ar.trim(), en: en.trim() } : undefined;
}

/** The stored office details, each field kept only when it is well formed. */
function officeDetails(stored: ReadonlyMap<string, unknown>): OfficeDetails {
  const phone = stored.get('officePhone');
  const details = {
    name: officeText(stored.get('officeName')),
    address: officeText(stored.get('officeAddress')),
    hours: officeText(stored.get('officeHours')),
    phone: typeof phone === 'string' && phonePattern.test(phone.trim()) ? phone.trim() : undefined,
  };
  return Object.fromEntries(
    Object.entries(details).filter(([, value]) => value !== undefined),
  ) as OfficeDetails;
}

/** Settings keys of the office details, as the staff settings store them. */
export type OfficeSettingChanges = {
  readonly officeName?: Localized<string>;
  readonly officeAddress?: Localized<string>;
  readonly officeHours?: Localized<string>;
  readonly officePhone?: string;
};

/** The smallest answer time a citizen is ever given, by design rule. */
export const minimumIdleWarningSeconds = 20;

/** What an unset or unreadable setting falls back to. */
export const settingDefaults: Omit<KioskSettings, 'kioskId'> = {
  idleTimeoutSeconds: 60,
  idleWarningSeconds: 30,
  office: {},
  maxPrintsPerVisit: 2,
  printIntervalSeconds: 10,
  kioskName: '',
  closingTime: '17:00',
  callbackRetentionDays: 30,
  sentVisitRetentionDays: 90,
  speechOutput: 'aloud',
};

/** The range `sentVisitRetentionDays` is clamped to. */
export const sentVisitRetentionLimits = { min: 7, max: 365 } as const;

const closingTimePattern = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const maxKioskName = 80;

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}

function kioskNameOf(value: unknown): string {
  return typeof value === 'string' && value.trim().length <= maxKioskName
    ? value.trim()
    : settingDefaults.kioskName;
}

function closingTimeOf(value: unknown): string {
  return typeof value === 'string' && closingTimePattern.test(value)
    ? value
    : settingDefaults.closingTime;
}

function speechOutputOf(value: unknown): SpeechOutput {
  return speechOutputs.find((output) => output === value) ?? settingDefaults.speechOutput;
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
        office: officeDetails(stored),
        maxPrintsPerVisit: clamp(
          stored.get('maxPrintsPerVisit'),
          1,
          10,
          settingDefaults.maxPrintsPerVisit,
        ),
        printIntervalSeconds: clamp(
          stored.get('printIntervalSeconds'),
          0,
          300,
          settingDefaults.printIntervalSeconds,
        ),
        kioskName: kioskNameOf(stored.get('kioskName')),
        closingTime: closingTimeOf(stored.get('closingTime')),
        callbackRetentionDays: clamp(
          stored.get('callbackRetentionDays'),
          1,
          90,
          settingDefaults.callbackRetentionDays,
        ),
        sentVisitRetentionDays: clamp(
          stored.get('sentVisitRetentionDays'),
          sentVisitRetentionLimits.min,
          sentVisitRetentionLimits.max,
          settingDefaults.sentVisitRetentionDays,
        ),
        speechOutput: speechOutputOf(stored.get('speechOutput')),
      };
    },

    /**
     * Makes `kioskId` the id new visits are recorded under (from the next start-up): the id the
     * office hub knows this kiosk by, when it is provisioned. Visits already stored keep theirs.
     */
    async adoptKioskId(kioskId: string): Promise<void> {
      if (kioskId.trim() === '') return;
      await db.settings.put({ key: 'kioskId', value: kioskId });
    },

    /** Stores the given settings; `load` clamps them again, so a bad value never takes effect. */
    async save(
      changes: Partial<Omit<KioskSettings, 'kioskId' | 'office'>> & OfficeSettingChanges,
    ): Promise<void> {
      await db.settings.bulkPut(Object.entries(changes).map(([key, value]) => ({ key, value })));
    },
  };
}

const syncRecordKey = 'syncRecord';

function isEpoch(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** The stored sync record, each field kept only when it is well formed. */
function syncRecordOf(value: unknown): SyncRecordRow {
  if (typeof value !== 'object' || value === null) return {};
  const { lastSyncAt, lastError } = value as Record<string, unknown>;
  const error = (typeof lastError === 'object' && lastError !== null ? lastError : {}) as {
    code?: unknown;
    at?: unknown;
  };
  const code = syncErrorCodes.find((known) => known === error.code);
  return {
    ...(isEpoch(lastSyncAt) ? { lastSyncAt } : {}),
    ...(code !== undefined && isEpoch(error.at) ? { lastError: { code, at: error.at } } : {}),
  };
}

/** Where the sync client keeps its last success and last error across restarts. */
export function createSyncRecordStore(db: RuknDatabase) {
  return {
    async load(): Promise<SyncRecordRow> {
      return syncRecordOf((await db.settings.get(syncRecordKey))?.value);
    },
    async save(record: SyncRecordRow): Promise<void> {
      await db.settings.put({ key: syncRecordKey, value: record });
    },
  };
}
