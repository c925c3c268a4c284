/**
 * The registration guide the kiosk shows: the guide part of the content bundle in use, validated
 * with the rest of the bundle (links to FAQ entries included) before it is ever shown.
 */
import type { GuideContent } from '../../../core/guide/schema';
import { useKiosk } from '../../app/kioskContext';

/** The guide of the current visit's content. */
export function useGuide(): GuideContent {
  return useKiosk().content.guide;
}

/** The official platform, shown as a QR code for registering on a phone. */
export const platformUrl = 'https://sbis.hrsd.gov.sa';
