/** Placeholder: the administrator's settings panel. */
import type { StaffAccount } from '../../../core/staff/types';
import type { KioskSettings } from '../../db/settingsRepository';
import type { StaffServices } from './services';

export type SettingsPanelProps = {
  readonly services: StaffServices;
  readonly account: StaffAccount;
  readonly settings: KioskSettings;
};

export function SettingsPanel(_props: SettingsPanelProps) {
  return null;
}
