/** What the app and other features may use from the help feature (lint keeps the rest private). */
export { AskStaffButton, type AskStaffButtonProps } from './AskStaffButton';
export { CallbackScreen } from './CallbackScreen';
export {
  createHelpDesk,
  HelpDeskContext,
  startCallbackPurge,
  type HelpDesk,
  type HelpFrom,
} from './helpDesk';
export { HelpTicketScreen } from './HelpTicketScreen';
