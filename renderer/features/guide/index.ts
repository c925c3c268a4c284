/** What other features may use from the registration guide (lint keeps the rest private). */
export { useGuide, usePlatformUrl } from './guideContent';
export { useGuideVisit } from './GuideVisitProvider';
