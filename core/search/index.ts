/** FAQ search: the portable engine shared by the kiosk renderer, main process and hub. */
export {
  buildFaqIndex,
  searchFaq,
  type FaqHit,
  type FaqIndex,
  type SearchOptions,
} from './faqSearch';
export { highlightMatches, type HighlightSegment } from './highlight';
export { detectLanguage, normalizeText, tokenize } from './normalize';
