/** What other features may use from the eligibility check (lint keeps the rest private). */
export { useEligibility } from './EligibilityProvider';
