/**
 * The one place the renderer gets its content. Day one it is the bundle shipped in assets (works
 * offline); it goes through the same assembly and validation as the build and as any bundle from
 * the hub, so a broken part fails the build, not in the hall.
 */
import content from '../../assets/content/content.json';
import eligibility from '../../assets/content/eligibility.json';
import faq from '../../assets/content/faq.json';
import guide from '../../assets/content/guide.json';
import sources from '../../assets/content/sources.json';
import { assembleContent } from '../../core/content/assemble';
import { validateContentBundle, type ContentBundle } from '../../core/content/schema';

export function loadShippedContent(): ContentBundle {
  const result = validateContentBundle(
    assembleContent({ content, sources, faq, guide, eligibility }),
  );
  if (!result.ok) throw new Error(`shipped content bundle is invalid:\n${result.error.message}`);
  return result.value;
}
