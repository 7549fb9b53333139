import type { GetStaticPaths } from 'astro';
import { loadArticles, type Article } from '../../../data/articles.ts';
import { pngResponse, renderCard } from '../../../data/cards.ts';
import { dataset } from '../../../data/dataset.ts';
import { strings } from '../../../data/site.ts';
import { formatArticleDate } from '../../../lib/articleView.ts';

export const getStaticPaths = (async () => (await loadArticles()).map((article) => ({ params: { slug: article.id }, props: { article } }))) satisfies GetStaticPaths;

export async function GET({ props }: { props: { article: Article } }): Promise<Response> {
  const { data } = props.article;
  return pngResponse(await renderCard({ kicker: `${strings.site.name} · ${dataset.zone.shortName}`, title: data.title, meta: formatArticleDate(data), summary: data.summary }));
}
