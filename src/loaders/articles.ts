// Articles for pages, fetched once per build. Drafts show in the dev server only.
// While the build caches pages, pages get tracked views (src/lib/incremental/track.ts): an article's frontmatter
// (`data`) records that article's frontmatter, its body (rendering it) the whole article, the list its order.
import { getCollection, type CollectionEntry } from 'astro:content';
import { articleRef, articlesNamingProject, publishedArticles, type ArticleRef } from '../lib/articleView.ts';
import { dep } from '../lib/incremental/deps.ts';
import { TrackedMap, record, trackedArray, trackedObject, trackingEnabled } from '../lib/incremental/track.ts';

export type Article = CollectionEntry<'articles'>;

export type { ArticleRef };

function trackedArticle(article: Article): Article {
  return trackedObject(article, dep.article(article.id), (property) => {
    if (property === 'id' || property === 'collection' || typeof property !== 'string') return undefined;
    return property === 'data' ? dep.articleData(article.id) : dep.article(article.id);
  });
}

interface Loaded {
  /** As Astro gives them, for building views without recording anything. */
  plain: Article[];
  /** Each as pages read it, in the same order. */
  entries: Article[];
  /** The list as pages read it. */
  tracked: readonly Article[];
}

let loaded: Promise<Loaded> | undefined;

function load(): Promise<Loaded> {
  loaded ??= getCollection('articles').then((all) => {
    const plain = publishedArticles(all, import.meta.env.DEV);
    const entries = trackingEnabled() ? plain.map(trackedArticle) : plain;
    return { plain, entries, tracked: trackingEnabled() ? trackedArray(entries, dep.articles) : entries };
  });
  return loaded;
}

/** Every published article, newest first (reading the list records it: any article's frontmatter). */
export async function loadArticles(): Promise<readonly Article[]> {
  return (await load()).tracked;
}

/** The articles that name a project, newest first: a project page depends on those, not on every article. */
export async function articlesNaming(projectId: string): Promise<Article[]> {
  const { plain, entries } = await load();
  record(dep.articlesNaming(projectId));
  const named = new Set(articlesNamingProject(plain, projectId));
  return entries.filter((_, index) => named.has(plain[index]!));
}

let index: Promise<Map<string, ArticleRef>> | undefined;

/**
 * Title and date by slug, for citing an article wherever a figure is shown (built once: every page asks). Looking
 * an article up records that article's frontmatter only, so a page citing three articles depends on those three.
 */
export function articleIndex(): Promise<Map<string, ArticleRef>> {
  index ??= load().then(({ plain }) => {
    const entries = plain.map((article) => [article.id, articleRef(article.data)] as const);
    return trackingEnabled() ? new TrackedMap(entries, dep.articleData, dep.articles) : new Map(entries);
  });
  return index;
}
