/**
 * The FAQ search index, one per content bundle, shared by every visit. Policy: it is built at
 * idle right after the content is loaded (about 100–160 ms the first time, on the kiosk's CPU),
 * never inside a visitor's keystroke; a keystroke only looks it up, and builds it itself only
 * when start-up has had no idle moment yet.
 */
import type { ContentBundle } from '../../core/content/schema';
import { buildFaqIndex, type FaqIndex } from '../../core/search';

const indexes = new WeakMap<ContentBundle, FaqIndex>();

/** The bundle's index: built once, then looked up. */
export function faqIndexFor(content: ContentBundle): FaqIndex {
  let index = indexes.get(content);
  if (!index) {
    index = buildFaqIndex(content.faq);
    indexes.set(content, index);
  }
  return index;
}

/** Whether the bundle's index is already built (the first keystroke will not wait for it). */
export function hasFaqIndex(content: ContentBundle): boolean {
  return indexes.has(content);
}
