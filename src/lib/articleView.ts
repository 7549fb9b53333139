// Ordering and dating of articles for lists, feeds and pages, and how a figure's source cites one.

import type { ArticleFrontmatter } from './schema.ts';
import { formatIsoDate } from './isoDate.ts';
import { formatFuzzyDate } from './fuzzyDate.ts';

export interface ArticleLike {
  id: string;
  data: ArticleFrontmatter;
}

/** Published articles, newest first; drafts only when asked (the dev server shows them). */
export function publishedArticles<T extends ArticleLike>(articles: readonly T[], includeDrafts = false): T[] {
  return articles
    .filter((article) => includeDrafts || !article.data.draft)
    .sort((a, b) => (a.data.date === b.data.date ? a.id.localeCompare(b.id) : a.data.date < b.data.date ? 1 : -1));
}

/** "2023年5月10日", or "2023年5月上旬" when only the part of the month is known. */
export function formatArticleDate(data: Pick<ArticleFrontmatter, 'date' | 'datePrecision'>): string {
  if (data.datePrecision === 'day') return formatIsoDate(data.date);
  return formatFuzzyDate({ date: data.date.slice(0, 7), precision: data.datePrecision });
}

export function articlesNamingProject<T extends ArticleLike>(articles: readonly T[], projectId: string): T[] {
  return articles.filter((article) => article.data.projects.includes(projectId));
}

/** An article as a figure's source cites it. */
export interface ArticleRef {
  title: string;
  /** As precise as the article's date is known: 2023年5月上旬. */
  dateText: string;
  /** Where it first appeared, when known (the article's source.publication). */
  publication: string | undefined;
}

export function articleRef(data: Pick<ArticleFrontmatter, 'title' | 'date' | 'datePrecision' | 'source'>): ArticleRef {
  return { title: data.title, dateText: formatArticleDate(data), publication: data.source?.publication };
}
