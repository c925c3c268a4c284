/** What other features may use from the hand-off feature (lint keeps the rest private). */
export { HandoffPanel } from './HandoffPanel';
export { QrReveal } from './QrReveal';
export type { PrintLimits } from './printLimits';
export { printVerdict } from './printLimits';
export { isRealPrint } from './useHandoff';
