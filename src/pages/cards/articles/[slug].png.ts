import { keyedPaths } from '../../../lib/incremental/propsKey.ts';
import type { GetStaticPaths } from 'astro';
import { loadArticles, type Article } from '../../../loaders/articles.ts';
import { pngResponse, renderCard } from '../../../loaders/cards.ts';
import { dataset } from '../../../loaders/dataset.ts';
import { strings } from '../../../loaders/site.ts';
import { articleCard, cardLabels } from '../../../lib/cardContent.ts';

export const getStaticPaths = (async () => keyedPaths((await loadArticles()).map((article) => ({ params: { slug: article.id }, props: { article } })))) satisfies GetStaticPaths;

export async function GET({ props }: { props: { article: Article } }): Promise<Response> {
  return pngResponse(await renderCard(articleCard(props.article.data, cardLabels(strings, dataset))));
}
