/** Placeholder: the administrator's accounts panel. */
import type { StaffAccount } from '../../../core/staff/types';
import type { KioskSettings } from '../../db/settingsRepository';
import type { StaffServices } from './services';

export type AccountsPanelProps = {
  readonly services: StaffServices;
  readonly account: StaffAccount;
  readonly settings: KioskSettings;
};

export function AccountsPanel(_props: AccountsPanelProps) {
  return null;
}
