/** Placeholder: the administrator's backup panel. */
import type { StaffAccount } from '../../../core/staff/types';
import type { KioskSettings } from '../../db/settingsRepository';
import type { StaffServices } from './services';

export type BackupPanelProps = {
  readonly services: StaffServices;
  readonly account: StaffAccount;
  readonly settings: KioskSettings;
};

export function BackupPanel(_props: BackupPanelProps) {
  return null;
}
