// Numbered citations for a page: one entry per distinct (source, quote), numbered in order of first use, so a
// sentence that states five figures is quoted once, not five times.

import type { Source } from './schema.ts';

export interface Citation {
  number: number;
  source: Source;
  asOf: string;
}

export interface CitationList {
  citations: Citation[];
  /** The number of a source already collected. */
  numberOf: (source: Source) => number;
}

function keyOf(source: Source): string {
  return `${source.article ?? ''}|${source.url ?? ''}|${source.quote}`;
}

export function collectCitations(reports: readonly { source: Source; asOf: string }[]): CitationList {
  const byKey = new Map<string, Citation>();
  for (const report of reports) {
    const key = keyOf(report.source);
    if (!byKey.has(key)) byKey.set(key, { number: byKey.size + 1, source: report.source, asOf: report.asOf });
  }
  return {
    citations: [...byKey.values()],
    numberOf: (source) => {
      const citation = byKey.get(keyOf(source));
      if (!citation) throw new Error(`source not collected: ${source.quote}`);
      return citation.number;
    },
  };
}

export interface CitationGroup {
  /** The article slug or URL the quotes come from. */
  key: string;
  citations: Citation[];
}

/** Citations of the same article or page together, in order of their first number. */
export function groupCitations(citations: readonly Citation[]): CitationGroup[] {
  const groups = new Map<string, Citation[]>();
  for (const citation of citations) {
    const key = citation.source.article ?? citation.source.url ?? citation.source.publication ?? '';
    groups.set(key, [...(groups.get(key) ?? []), citation]);
  }
  return [...groups].map(([key, grouped]) => ({ key, citations: grouped }));
}
