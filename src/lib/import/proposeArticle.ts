// The dataset updates an article in content/articles reports, read from the article as the editor left it (its
// title filled, its text corrected), never changing it: `npm run propose`, and `npm run import` when the article
// it would write is already there, edited. Importing and proposing are two steps an editor takes in either order.

import type { VFile } from 'vfile';
import { textBlocks } from '../articleBody.ts';
import type { Dataset } from '../schema.ts';
import { isTodo } from '../todo.ts';
import { parseArticleFile } from '../validate/articleFile.ts';
import { formatMessage, isRule } from '../validate/diagnostics.ts';
import { createPositionFinder } from '../validate/position.ts';
import { projectOptionProblem, readArticle, type ArticleReading } from './articleFacts.ts';

export interface ArticleProposal {
  /** The article file, as given. */
  path: string;
  slug: string;
  date: string;
  reading: ArticleReading;
  /** The projects its frontmatter lists. */
  listed: string[];
  /** Projects the article reports on that its frontmatter does not list: it will not show on their pages. */
  unlisted: string[];
}

export type ProposalResult = { ok: true; proposal: ArticleProposal } | { ok: false; problems: string[] };

/**
 * Reads an article file (a VFile with its path and text) for the updates it reports. It fails, with one line per
 * problem, when the article cannot be read or has no date yet: 去年6月 and the report's own date depend on it.
 */
export function proposeFromArticle(file: VFile, dataset: Dataset | undefined, options: { project?: string | undefined } = {}): ProposalResult {
  const badProject = options.project === undefined ? undefined : projectOptionProblem(options.project, dataset);
  if (badProject) return { ok: false, problems: [badProject] };
  const article = parseArticleFile(file);
  const date = article.frontmatter?.date;
  if (!article.tree || date === undefined || isTodo(date)) {
    // Placeholders in other fields (a TODO title) do not stop a proposal; what stops it is said in one line each.
    const blocking = file.messages.filter((message) => message.fatal === true && (!isRule(message, 'todo') || /^date：/u.test(message.reason)));
    const lines = blocking.map((message) => formatMessage(message, file.path));
    if (lines.length === 0) lines.push(`${file.path}  error  文章还没有日期（date）：填好原文发布日期（YYYY-MM-DD）再提出更新，“去年6月”“年底前”要按它推算`);
    return { ok: false, problems: lines };
  }
  const text = String(file.value).replace(/^\uFEFF/u, '');
  const position = createPositionFinder(text);
  const title = article.frontmatter?.title;
  const listed = article.projectIds;
  const tied = options.project !== undefined ? [options.project] : listed;
  const reading = readArticle({
    blocks: textBlocks(article.tree, article.body),
    title: title === undefined || isTodo(title) ? undefined : title,
    dataset,
    date,
    slug: article.slug,
    tied,
    position: (offset) => position(article.bodyOffset + offset),
  });
  const reported = new Set([
    ...reading.statements.flatMap((statement) => (statement.subject?.type === 'figure' || statement.subject?.type === 'measure' ? [statement.subject.projectId] : [])),
    ...reading.milestones.map((milestone) => milestone.projectId),
  ]);
  const unlisted = reading.projects.map((project) => project.id).filter((id) => !listed.includes(id) && (reported.has(id) || id === reading.newProject?.id));
  return { ok: true, proposal: { path: file.path, slug: article.slug, date, reading, listed, unlisted } };
}

/**
 * Whether an article file holds the same article as a fresh import of it, edited or not: most of the imported
 * paragraphs' openings are still in it. A different article that happens to get the same file name is not.
 */
export function sameArticle(existing: string, imported: string): boolean {
  const body = (text: string) => text.replace(/^\uFEFF?---[\s\S]*?\n---[ \t]*\r?\n/u, '');
  const openings = body(imported)
    .split(/\n{2,}/u)
    .map((paragraph) => paragraph.replace(/\s+/gu, '').slice(0, 16))
    .filter((opening) => [...opening].length >= 8);
  if (openings.length === 0) return false;
  const compact = body(existing).replace(/\s+/gu, '');
  return openings.filter((opening) => compact.includes(opening)).length / openings.length >= 0.5;
}
