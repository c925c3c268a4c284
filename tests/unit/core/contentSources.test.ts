/**
 * The one line a citizen reads about where an answer comes from: an official site when one backs
 * it, otherwise the date of the newest news report, never a list of news domains.
 */
import { describe, expect, it } from 'vitest';
import { citedSources, summarizeSources, type Sources } from '../../../core/content/sources';

const sources: Sources = {
  S1: { site: 'hrsd.gov.sa', title: 'Ministry page', date: '2026', isOfficial: true },
  S2: { site: 'zawya.com', title: 'Increase', date: '2023-10-09', isOfficial: false },
  S3: { site: 'agbi.com', title: 'Grants', date: '2024', isOfficial: false },
  S4: {
    site: 'example-news.com',
    title: 'Undated page',
    date: '2026-12',
    isOfficial: false,
    isDateSeen: true,
  },
};

describe('summarizeSources', () => {
  it('names the official site when one backs the answer, wherever it is cited', () => {
    expect(summarizeSources(['S2', 'S1'], sources)).toEqual({
      kind: 'official',
      site: 'hrsd.gov.sa',
    });
  });

  it('gives the newest news date when no official page backs it', () => {
    expect(summarizeSources(['S2', 'S3'], sources)).toEqual({ kind: 'news', latestDate: '2024' });
  });

  it('prefers a publication date over the date an undated page was read', () => {
    expect(summarizeSources(['S2', 'S4'], sources)).toEqual({
      kind: 'news',
      latestDate: '2023-10-09',
    });
    expect(summarizeSources(['S4'], sources)).toEqual({ kind: 'news', latestDate: '2026-12' });
  });
});

describe('citedSources', () => {
  it('lists each cited source once, in citation order, for the office to review', () => {
    expect(citedSources(['S3', 'S1', 'S3', 'S9'], sources).map((row) => row.key)).toEqual([
      'S3',
      'S1',
    ]);
  });
});
