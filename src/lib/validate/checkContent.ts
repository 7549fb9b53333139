// Everything the build would reject, found at once: each file is read on its own, then the dataset and the
// articles are checked against each other by the rules in rules/ (one module each, listed in rules/index.ts).
// Pure: callers pass file contents in and print the messages.

import type { VFile } from 'vfile';
import type { Dataset } from '../schema.ts';
import { flag } from './diagnostics.ts';
import { checkChartEmbeds } from './chartEmbeds.ts';
import { checkBodySafety } from './bodySafety.ts';
import { parseArticleFile, type ParsedArticle } from './articleFile.ts';
import { parseDatasetFile } from './datasetFile.ts';
import { CONTENT_RULES, type RuleId } from './rules/index.ts';
import type { ArticleInput, ContentRule, RuleContext } from './rules/rule.ts';

export { plainTextForQuotes, sourceUses, type SourceUse } from './rules/sources.ts';

export interface ContentFiles {
  dataset: VFile;
  articles: VFile[];
  /** The build date (YYYY-MM-DD): dates after it are warned about. Without it, only dates before 1949 are. */
  today?: string | undefined;
}

export interface CheckedContent {
  dataset: Dataset | undefined;
  articles: ParsedArticle[];
  /** The article files, in the order of `articles`. */
  articleFiles: VFile[];
  /** The dataset file, then the article files. */
  files: VFile[];
}

/** `rules`: the rules across files to run, all of them unless a test picks one. */
export function checkContent(input: ContentFiles, rules: readonly ContentRule<RuleId>[] = CONTENT_RULES): CheckedContent {
  const { dataset, locate, projectIds } = parseDatasetFile(input.dataset);
  const parsed = input.articles.map(parseArticleFile);
  const articles: ArticleInput[] = parsed.map((article, index) => ({ article, file: input.articles[index]! }));
  for (const { article, file } of articles) checkBodySafety(article, file);

  const bySlug = new Map<string, ArticleInput>();
  for (const entry of articles) if (!bySlug.has(entry.article.slug)) bySlug.set(entry.article.slug, entry);
  const context: RuleContext = { datasetFile: input.dataset, dataset, projectIds, locate, articles, bySlug, today: input.today };
  for (const rule of rules) rule.check(context, (file, reason, place) => flag(file, rule.severity, reason, place, rule.id));

  if (projectIds) {
    // Charts embedded in article bodies; without a valid dataset, every listed project counts as having figures.
    const withFigures = dataset
      ? new Set(dataset.projects.filter((project) => (['investment', 'annualRevenue', 'annualProfit', 'annualTax'] as const).some((kind) => project.figures[kind]?.length)).map((project) => project.id))
      : projectIds;
    for (const { article, file } of articles) checkChartEmbeds(article, file, { projectIds, projectsWithFigures: withFigures });
  }

  return { dataset, articles: parsed, articleFiles: input.articles, files: [input.dataset, ...input.articles] };
}
