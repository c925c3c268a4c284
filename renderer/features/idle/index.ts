/** What other features may use from the inactivity feature (lint keeps the rest private). */
export { reportActivity } from './useIdlePrompt';
export { ModalQuestion } from './ModalQuestion';
export { dialogAction, initialFocus } from './useModalDialog';
