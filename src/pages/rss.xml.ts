// The article feed, full text, newest first.
import rss from '@astrojs/rss';
import { loadArticles } from '../loaders/articles.ts';
import { renderArticleHtml } from '../loaders/articleHtml.ts';
import { absoluteUrl, routes, strings, zoneTitle } from '../loaders/site.ts';
import { FEED_SIZE, safeFeed } from '../lib/feeds.ts';

export async function GET() {
  const articles = (await loadArticles()).slice(0, FEED_SIZE);
  return rss(
    safeFeed({
      title: zoneTitle(strings.site.name),
      description: strings.site.description,
      site: absoluteUrl(routes.home()),
      trailingSlash: true,
      items: await Promise.all(
        articles.map(async (article) => ({
          title: article.data.title,
          description: article.data.summary,
          link: absoluteUrl(routes.article(article.id)),
          pubDate: new Date(`${article.data.date}T00:00:00Z`),
          categories: article.data.tags,
          content: await renderArticleHtml(article),
        })),
      ),
      customData: '<language>zh-cn</language>',
    }),
  );
}
