// An article's body in reading order: its text as HTML and its charts, for the article page and the feed.
// A Markdown article's HTML is rendered once and stored by Astro (node_modules/.astro) with a placeholder where each
// chart goes (src/lib/charts/chartDirective.ts): the charts are drawn at every build from the current dataset and
// date. An .mdx article has no stored HTML: it is compiled code that renders its own chart components.
import { splitAtCharts, type ChartPlacement } from '../lib/charts/chartDirective.ts';
import type { Article } from './articles.ts';

export type ArticlePart = string | ChartPlacement;

/** The parts of a Markdown article; undefined for an .mdx article, which renders through its Content component. */
export function articleParts(article: Article): ArticlePart[] | undefined {
  const html = article.rendered?.html;
  return html === undefined ? undefined : splitAtCharts(html);
}
