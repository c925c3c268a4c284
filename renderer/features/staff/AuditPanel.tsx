/** Placeholder: the administrator's audit panel. */
import type { StaffAccount } from '../../../core/staff/types';
import type { KioskSettings } from '../../db/settingsRepository';
import type { StaffServices } from './services';

export type AuditPanelProps = {
  readonly services: StaffServices;
  readonly account: StaffAccount;
  readonly settings: KioskSettings;
};

export function AuditPanel(_props: AuditPanelProps) {
  return null;
}
