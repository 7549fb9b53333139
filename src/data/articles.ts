// Articles for pages, fetched once per build. Drafts show in the dev server only.
import { getCollection, type CollectionEntry } from 'astro:content';
import { formatArticleDate, publishedArticles } from '../lib/articleView.ts';

export type Article = CollectionEntry<'articles'>;

export interface ArticleRef {
  title: string;
  /** As precise as the article's date is known: 2023年5月上旬. */
  dateText: string;
  /** Where it first appeared, when known (the article's source.publication). */
  publication: string | undefined;
}

let articles: Promise<Article[]> | undefined;

export function loadArticles(): Promise<Article[]> {
  articles ??= getCollection('articles').then((all) => publishedArticles(all, import.meta.env.DEV));
  return articles;
}

let index: Promise<Map<string, ArticleRef>> | undefined;

/** Title and date by slug, for citing an article wherever a figure is shown (built once: every page asks). */
export function articleIndex(): Promise<Map<string, ArticleRef>> {
  index ??= loadArticles().then((all) => new Map(all.map((article) => [article.id, { title: article.data.title, dateText: formatArticleDate(article.data), publication: article.data.source?.publication }])));
  return index;
}
