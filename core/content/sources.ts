/**
 * Where the kiosk's facts come from, by the source keys used in the content bundle. Shown under
 * answers so a citizen (or a caseworker) can tell an official page from news coverage.
 */

export type SourceInfo = {
  /** The site, as a citizen could type it. */
  readonly site: string;
  /** True for government pages; news and aggregators are false. */
  readonly isOfficial: boolean;
};

export const sources: Readonly<Record<string, SourceInfo>> = {
  seed: { site: 'alyaum.com', isOfficial: false },
  S1: { site: 'hrsd.gov.sa', isOfficial: true },
  S2: { site: 'zawya.com', isOfficial: false },
  S3: { site: 'agbi.com', isOfficial: false },
  S4: { site: 'archyde.com', isOfficial: false },
  S5: { site: 'calc-sa.com', isOfficial: false },
  S6: { site: 'leaders-mena.com', isOfficial: false },
  S7: { site: 'leaders-mena.com', isOfficial: false },
  S8: { site: 'lifeofarabs.com', isOfficial: false },
  S9: { site: 'tribunearab.com', isOfficial: false },
  S10: { site: 'mswda.net', isOfficial: false },
  S11: { site: 'saudi24news.com', isOfficial: false },
  S12: { site: 'saudi24news.com', isOfficial: false },
  S13: { site: 'mondaq.com', isOfficial: false },
  S14: { site: 'zawya.com', isOfficial: false },
  S15: { site: 'na8anews.com', isOfficial: false },
  S16: { site: 'na8anews.com', isOfficial: false },
  S17: { site: 'na8anews.com', isOfficial: false },
  S18: { site: 'na8anews.com', isOfficial: false },
  S19: { site: 'khalijiuwn24.com', isOfficial: false },
  S20: { site: 'khalijiuwn24.com', isOfficial: false },
  S21: { site: 'khalijiuwn24.com', isOfficial: false },
  S22: { site: 'mnbralakhbar.com', isOfficial: false },
  S23: { site: 'sabq.org', isOfficial: false },
  S24: { site: 'aawsat.com', isOfficial: false },
  S25: { site: 'na8anews.com', isOfficial: false },
  S26: { site: 'arabnews.com', isOfficial: false },
  S27: { site: 'sdb.gov.sa', isOfficial: true },
  S28: { site: 'blog.qoyod.com', isOfficial: false },
  S29: { site: 'na8anews.com', isOfficial: false },
  S30: { site: 'alyaum.com', isOfficial: false },
  S31: { site: 'alwast.net', isOfficial: false },
  S32: { site: 'alarabiya.net', isOfficial: false },
  S33: { site: 'na8anews.com', isOfficial: false },
  S34: { site: 'arqam.news', isOfficial: false },
  S35: { site: 'saudiah24.com', isOfficial: false },
  S36: { site: 'newzksa.com', isOfficial: false },
  S41: { site: 'mnbralakhbar.com', isOfficial: false },
  S42: { site: 'copy of the platform menu', isOfficial: false },
  S45: { site: 'news report, 2022', isOfficial: false },
};

/** The distinct sites behind a list of source keys, official ones first. */
export function sourceSites(keys: readonly string[]): SourceInfo[] {
  const seen = new Map<string, SourceInfo>();
  for (const key of keys) {
    const info = sources[key];
    if (info && !seen.has(info.site)) seen.set(info.site, info);
  }
  return [...seen.values()].sort((a, b) => Number(b.isOfficial) - Number(a.isOfficial));
}
