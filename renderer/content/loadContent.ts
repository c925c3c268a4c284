/**
 * The content the kiosk shows. Day one it is the bundle shipped in assets (works offline); it is
 * validated like any bundle from the hub, so a broken file fails loudly in tests, not in the hall.
 */
import shipped from '../../assets/content/faq.json';
import { validateContentBundle, type ContentBundle } from '../../core/content/schema';

export function loadShippedContent(): ContentBundle {
  const result = validateContentBundle(shipped);
  if (!result.ok) throw new Error(`shipped content bundle is invalid:\n${result.error.message}`);
  return result.value;
}
