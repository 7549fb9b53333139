// An article's body as an HTML string, for feeds: the same rendering as its page, through Astro's container, with
// the feed's versions of the charts (src/data/embeds.ts).
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { articleParts } from './articleBody.ts';
import type { Article } from './articles.ts';

let container: Promise<AstroContainer> | undefined;

async function getContainer(): Promise<AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return container;
}

export async function renderArticleHtml(article: Article, components: Record<string, AstroComponentFactory>): Promise<string> {
  const renderer = await getContainer();
  const parts = articleParts(article);
  if (!parts) {
    const { Content } = await render(article);
    return renderer.renderToString(Content, { props: { components } });
  }
  const html = await Promise.all(parts.map((part) => (typeof part === 'string' ? part : renderer.renderToString(components[part.component]!, { props: { ...part.props } }))));
  return html.join('');
}
