/**
 * The content bundle is edited as a few files (one per part, so an office editor opens only what
 * they change) and shipped, signed and loaded as one object. This joins the parts; the result is
 * untrusted until `validateContentBundle` accepts it.
 */
import { isRecord } from '../validation';

/** The files of `assets/content/`, by part name (`<name>.json`). */
export const contentPartNames = ['content', 'sources', 'faq', 'guide', 'eligibility'] as const;
export type ContentPartName = (typeof contentPartNames)[number];

/** The parsed files, as read; any of them may be malformed. */
export type ContentParts = Readonly<Record<ContentPartName, unknown>>;

/**
 * One bundle from its parts: `content` holds the schema version, content version and publishing
 * date; `faq` holds the categories and entries.
 */
export function assembleContent(parts: ContentParts): unknown {
  const manifest = isRecord(parts.content) ? parts.content : {};
  const faq = isRecord(parts.faq) ? parts.faq : {};
  return {
    schemaVersion: manifest.schemaVersion,
    version: manifest.version,
    publishedAt: manifest.publishedAt,
    sources: parts.sources,
    categories: faq.categories,
    faq: faq.faq,
    guide: parts.guide,
    eligibility: parts.eligibility,
  };
}
