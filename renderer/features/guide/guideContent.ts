/**
 * The registration guide the kiosk shows: the shipped `assets/content/guide.json`, validated
 * against the FAQ entries of the content bundle in use. Policy: a guide that fails validation is
 * never shown; the screen's error boundary takes over instead of showing half a guide.
 */
import shippedGuide from '../../../assets/content/guide.json';
import type { ContentBundle } from '../../../core/content/schema';
import { validateGuideContent, type GuideContent } from '../../../core/guide/schema';
import { useKiosk } from '../../app/kioskContext';

const validated = new WeakMap<ContentBundle, GuideContent>();

/** The guide for a content bundle, validated once per bundle. Throws when it is invalid. */
export function guideFor(content: ContentBundle): GuideContent {
  const cached = validated.get(content);
  if (cached) return cached;
  const result = validateGuideContent(shippedGuide, {
    faqIds: content.faq.map((entry) => entry.id),
  });
  if (!result.ok) throw new Error(`registration guide is invalid:\n${result.error.message}`);
  validated.set(content, result.value);
  return result.value;
}

/** The guide for the current visit's content. */
export function useGuide(): GuideContent {
  return guideFor(useKiosk().content);
}

/** The official platform, shown as a QR code for registering on a phone. */
export const platformUrl = 'https://sbis.hrsd.gov.sa';
