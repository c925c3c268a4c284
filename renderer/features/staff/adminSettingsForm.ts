/**
 * The settings form's state and its save: checks every field, saves only the changed keys,
 * reads the settings back and applies them to the running kiosk, then writes one activity log
 * entry naming the keys (never the values).
 */
import { useEffect, useRef, useState } from 'react';
import type { StaffAccount } from '../../../core/staff/types';
import type { KioskSettings } from '../../db/settingsRepository';
import { recordQuietly } from './adminAudit';
import {
  changedSettings,
  draftFromSettings,
  isValidDraft,
  validateSettingsDraft,
  type SettingsDraft,
  type SettingsErrors,
} from './adminSettings';
import type { StaffServices } from './services';

/** How the last save went: shown under the Save button. */
export type SaveOutcome = 'saved' | 'unchanged' | 'invalid' | 'failed';

export type SettingsFormOptions = {
  readonly services: StaffServices;
  readonly account: StaffAccount;
  readonly settings: KioskSettings;
};

/** The form's state; `section` is the form's element, where a refused save moves focus. */
export function useSettingsForm({ services, account, settings }: SettingsFormOptions) {
  const [current, setCurrent] = useState(settings);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [editing, setEditing] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<SaveOutcome | undefined>();
  const [isBusy, setIsBusy] = useState(false);
  const section = useRef<HTMLElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    // After a refused save, the first marked field gets focus (a text field shows its keyboard).
    if (focusRequest === 0) return;
    section.current
      ?.querySelector<HTMLElement>('[aria-invalid="true"], .admin-setting--invalid button')
      ?.focus();
  }, [focusRequest]);

  const update = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => {
    setDraft((before) => ({ ...before, [key]: value }));
    setOutcome(undefined);
  };

  const save = async () => {
    const found = validateSettingsDraft(draft);
    setErrors(found);
    if (!isValidDraft(found)) {
      setOutcome('invalid');
      setFocusRequest((count) => count + 1);
      return;
    }
    const { changes, keys } = changedSettings(draft, current);
    if (keys.length === 0) {
      setOutcome('unchanged');
      return;
    }
    setIsBusy(true);
    try {
      await services.settings.save(changes);
      const loaded = await services.settings.load();
      services.applySettings(loaded);
      setCurrent(loaded);
      setDraft(draftFromSettings(loaded));
      setEditing(undefined);
      setOutcome('saved');
      await recordQuietly(() =>
        services.audit.record('settings-changed', { staffId: account.id, detail: keys.join(',') }),
      );
    } catch {
      setOutcome('failed');
    } finally {
      setIsBusy(false);
    }
  };

  const undo = () => {
    setDraft(draftFromSettings(current));
    setErrors({});
    setEditing(undefined);
    setOutcome(undefined);
  };

  return { section, draft, errors, editing, setEditing, outcome, isBusy, update, save, undo };
}
