/**
 * The one place the renderer gets its content. Day one it is the bundle shipped in assets (works
 * offline); it goes through the same assembly and validation as the build and as any bundle from
 * the hub, so a broken part fails the build, not in the hall. Policy: what a visitor's first taps
 * would otherwise wait for (the search index and its privacy vocabulary, the Hijri date formatter) is prepared at idle once
 * the content is loaded, after the attract screen has painted and long before anyone types.
 * Newer bundles from the office hub come through renderer/content/contentStore.ts.
 */
import content from '../../assets/content/content.json';
import eligibility from '../../assets/content/eligibility.json';
import faq from '../../assets/content/faq.json';
import guide from '../../assets/content/guide.json';
import sources from '../../assets/content/sources.json';
import { assembleContent } from '../../core/content/assemble';
import { validateContentBundle, type ContentBundle } from '../../core/content/schema';
import { searchVocabularyFor } from '../../core/privacy/searchText';
import { warmDateFormatters } from '../i18n/dates';
import { faqIndexFor } from './searchIndex';

/** Runs a task later, off any tap. */
export type IdleScheduler = (task: () => void) => void;

/** The longest start-up waits for an idle moment before the preparation runs anyway. */
const idleTimeoutMilliseconds = 2000;

/**
 * In the kiosk's Chromium: when the page is idle (after the first screen is painted). Where
 * there is no idle callback (unit tests, scripts), nothing is prepared ahead: first use builds.
 */
export const whenIdle: IdleScheduler = (task) => {
  if (typeof requestIdleCallback !== 'function') return;
  requestIdleCallback(() => task(), { timeout: idleTimeoutMilliseconds });
};

/** The bundle built into the app, validated; prepared ahead at idle by `schedule`. */
export function loadShippedContent(schedule: IdleScheduler = whenIdle): ContentBundle {
  const result = validateContentBundle(
    assembleContent({ content, sources, faq, guide, eligibility }),
  );
  if (!result.ok) throw new Error(`shipped content bundle is invalid:\n${result.error.message}`);
  prepareAhead(result.value, schedule);
  return result.value;
}

/**
 * Prepares what a bundle's first search would wait for (its index, its privacy vocabulary, both
 * kept per bundle), as separate idle tasks so none holds the page longer than it must. A bundle
 * from the hub is prepared this way while it waits for the current visit to end.
 */
export function prepareAhead(bundle: ContentBundle, schedule: IdleScheduler = whenIdle): void {
  schedule(() => faqIndexFor(bundle));
  // The vocabulary the search privacy filter keeps (a settled search would build it otherwise).
  schedule(() => searchVocabularyFor(bundle));
  schedule(warmDateFormatters);
}
