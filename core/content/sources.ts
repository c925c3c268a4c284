/**
 * Where the kiosk's facts come from: the source list of the content bundle, keyed by the source
 * keys that entries cite. Policy: a citizen sees one plain line (an official site, or "not yet
 * confirmed officially, based on news reports of <month year>"); the full list with sites and
 * dates is for the office staff who review the content.
 */
import { isNonEmptyString, isRecord } from '../validation';
import {
  type Check,
  type RecordChecker,
  checkBoolean,
  checkHttpsUrl,
  checkOptional,
  checkRecord,
} from './validation';

/** One source the content cites. */
export type SourceInfo = {
  /** The site, as a citizen could type it (e.g. `hrsd.gov.sa`). */
  readonly site: string;
  /** What the page is about, for the office staff who review the content. */
  readonly title: string;
  /** When it was published or last seen: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly date: string;
  /** True for government pages (`*.gov.sa`, the platform); news and aggregators are false. */
  readonly isOfficial: boolean;
  /** The page itself, where known; https only. */
  readonly url?: string;
  /** True when the page shows no date and `date` is when it was read, not published. */
  readonly isDateSeen?: boolean;
};

/** The bundle's sources by key (`S1`…, `seed`). */
export type Sources = Readonly<Record<string, SourceInfo>>;

const sourceDatePattern = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const keyPattern = /^(?:S\d{1,3}|seed)$/;

const checkSource: RecordChecker = (check, info, at) => {
  if (!isNonEmptyString(info.site)) check.problems.push(`${at}.site: missing`);
  if (!isNonEmptyString(info.title)) check.problems.push(`${at}.title: missing`);
  if (typeof info.date !== 'string' || !sourceDatePattern.test(info.date)) {
    check.problems.push(`${at}.date: expected YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  checkBoolean(check, info.isOfficial, `${at}.isOfficial`);
  checkOptional(check, info.isDateSeen, `${at}.isDateSeen`, checkBoolean);
  checkOptional(check, info.url, `${at}.url`, checkHttpsUrl);
};

/** Checks the bundle's source list; every problem names the key and the field. */
export function checkSourceList(check: Check, value: unknown, where = 'sources'): void {
  if (!isRecord(value) || Object.keys(value).length === 0) {
    check.problems.push(`${where}: expected an object of sources by key`);
    return;
  }
  for (const [key, info] of Object.entries(value)) {
    const at = `${where}.${key}`;
    if (!keyPattern.test(key)) check.problems.push(`${at}: keys look like S12 or seed`);
    checkRecord(check, info, at, checkSource, 'expected { site, title, date, isOfficial }');
  }
}

/** What a citizen is told about where an answer comes from. */
export type SourceSummary =
  | { readonly kind: 'official'; readonly site: string }
  /**
   * `latestDate` is the newest publication date among the news sources (`YYYY` or `YYYY-MM…`);
   * only when none has one, the newest date a page was read.
   */
  | { readonly kind: 'news'; readonly latestDate: string };

/**
 * The one line shown to a citizen: the first official site an answer cites, or else the date of
 * the newest news report it rests on. Unknown keys are ignored (the validator rejects them).
 */
export function summarizeSources(keys: readonly string[], sources: Sources): SourceSummary {
  const cited = keys.map((key) => sources[key]).filter((info) => info !== undefined);
  const official = cited.find((info) => info.isOfficial);
  if (official) return { kind: 'official', site: official.site };
  const published = cited.filter((info) => info.isDateSeen !== true);
  const dated = published.length > 0 ? published : cited;
  const latestDate = dated.map((info) => info.date).sort((a, b) => b.localeCompare(a))[0] ?? '';
  return { kind: 'news', latestDate };
}

/** The cited sources in citation order, without repeats: the "Where this comes from" list. */
export function citedSources(
  keys: readonly string[],
  sources: Sources,
): { readonly key: string; readonly info: SourceInfo }[] {
  return [...new Set(keys)]
    .map((key) => ({ key, info: sources[key] }))
    .filter((row): row is { key: string; info: SourceInfo } => row.info !== undefined);
}
