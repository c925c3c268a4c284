/** What the shell may use from the staff feature (lint keeps the rest private). */
export { AssistedBanner } from './AssistedBanner';
export { OutcomeDialog } from './OutcomeDialog';
export { StaffDesk } from './StaffDesk';
export type { StaffServices, StaffDirectory, HelpDesk, AuditLog, BackupService } from './services';
export { useStaffEntry, type LogoPressProps } from './useStaffEntry';
export { useStaffSession, type StaffSession } from './useStaffSession';
