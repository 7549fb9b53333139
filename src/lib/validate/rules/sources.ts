// Every source in the dataset and the article it cites: the rules between a source and its article read these.

import type { Dataset, Source } from '../../schema.ts';
import type { JsonPath } from '../datasetFile.ts';
import type { ArticleInput, RuleContext } from './rule.ts';

export interface SourceUse {
  source: Source;
  path: JsonPath;
  projectId: string | undefined;
}

export function sourceUses(dataset: Dataset): SourceUse[] {
  const uses: SourceUse[] = [];
  dataset.projects.forEach((project, p) => {
    const base = ['projects', p] as const;
    project.status.forEach((status, i) => uses.push({ source: status.source, path: [...base, 'status', i, 'source'], projectId: project.id }));
    for (const [kind, reports] of Object.entries(project.figures)) {
      reports?.forEach((figure, i) => uses.push({ source: figure.source, path: [...base, 'figures', kind, i, 'source'], projectId: project.id }));
    }
    project.milestones.forEach((milestone, m) =>
      milestone.reports.forEach((entry, i) =>
        uses.push({ source: entry.source, path: [...base, 'milestones', m, 'reports', i, 'source'], projectId: project.id }),
      ),
    );
  });
  for (const [kind, reports] of Object.entries(dataset.indicators)) {
    reports.forEach((indicator, i) => uses.push({ source: indicator.source, path: ['indicators', kind, i, 'source'], projectId: undefined }));
  }
  dataset.events.forEach((event, i) => uses.push({ source: event.source, path: ['events', i, 'source'], projectId: undefined }));
  return uses;
}

export interface Citation extends SourceUse {
  /** The slug the source names. */
  slug: string;
  /** The article published at that slug, if there is one. */
  cited: ArticleInput | undefined;
}

/** The sources that cite an article, each with the article it names; none when the dataset is invalid. */
export function citations(context: RuleContext): Citation[] {
  if (!context.dataset) return [];
  return sourceUses(context.dataset).flatMap((use) =>
    use.source.article === undefined ? [] : [{ ...use, slug: use.source.article, cited: context.bySlug.get(use.source.article) }],
  );
}

/** Text as a reader sees it, for finding a quote in Markdown: no markup, no whitespace. */
export function plainTextForQuotes(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]*(?:#{1,6}|>|[-*+]|\d+[.)])[ \t]+/gm, '')
    .replace(/[*_`~\\]/g, '')
    .replace(/\s+/g, '');
}
