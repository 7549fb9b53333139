// An article's body as an HTML string, for feeds: the same rendering as its page, through Astro's container, with
// the feed's versions of the charts (locals.feed: src/components/charts/ChartEmbed.astro).
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import ChartEmbed from '../components/charts/ChartEmbed.astro';
import { articleParts } from './articleBody.ts';
import type { Article } from './articles.ts';
import { chartEmbeds } from './embeds.ts';

let container: Promise<AstroContainer> | undefined;

async function getContainer(): Promise<AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return container;
}

export async function renderArticleHtml(article: Article): Promise<string> {
  const renderer = await getContainer();
  const parts = articleParts(article);
  const locals = { feed: true };
  if (!parts) {
    const { Content } = await render(article);
    return renderer.renderToString(Content, { props: { components: chartEmbeds }, locals });
  }
  const html = await Promise.all(parts.map((part) => (typeof part === 'string' ? part : renderer.renderToString(ChartEmbed, { props: { chart: part.chart, props: part.props }, locals }))));
  return html.join('');
}
