/**
 * The registration guide the kiosk shows: the guide part of the content bundle in use, validated
 * with the rest of the bundle (links to FAQ entries included) before it is ever shown.
 */
import type { GuideContent } from '../../../core/guide/schema';
import { useKiosk } from '../../visit/context';

/** The guide of the current visit's content. */
export function useGuide(): GuideContent {
  return useKiosk().content.guide;
}

/** The official platform's address when the content does not give one. */
export const platformUrl = 'https://sbis.hrsd.gov.sa';

/** The FAQ answer that explains the platform: its official address is the platform's. */
const platformEntryId = 'support-platform-what';

/**
 * The official platform, as the content in use gives it (shown as a QR code and printed on the
 * checklist), so a content update that moves the platform moves the code with it.
 */
export function usePlatformUrl(): string {
  const { content } = useKiosk();
  return content.faq.find((entry) => entry.id === platformEntryId)?.officialUrl ?? platformUrl;
}
