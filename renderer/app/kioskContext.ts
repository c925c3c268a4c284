/** Screens reach the visit through `renderer/visit/context`; this path is kept for them. */
export { KioskContext, useKiosk, type KioskContextValue } from '../visit/context';
