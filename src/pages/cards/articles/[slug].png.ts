import { keyedPaths } from '../../../lib/incremental/propsKey.ts';
import type { GetStaticPaths } from 'astro';
import { loadArticles, type Article } from '../../../data/articles.ts';
import { pngResponse, renderCard } from '../../../data/cards.ts';
import { dataset } from '../../../data/dataset.ts';
import { strings } from '../../../data/site.ts';
import { articleCard, cardLabels } from '../../../lib/cardContent.ts';

export const getStaticPaths = (async () => keyedPaths((await loadArticles()).map((article) => ({ params: { slug: article.id }, props: { article } })))) satisfies GetStaticPaths;

export async function GET({ props }: { props: { article: Article } }): Promise<Response> {
  return pngResponse(await renderCard(articleCard(props.article.data, cardLabels(strings, dataset))));
}
