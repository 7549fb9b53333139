// An article's body as an HTML string, for feeds: the same rendering as its page, through Astro's container.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import type { Article } from './articles.ts';

let container: Promise<AstroContainer> | undefined;

async function getContainer(): Promise<AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return container;
}

export async function renderArticleHtml(article: Article, components: Record<string, unknown> = {}): Promise<string> {
  const { Content } = await render(article);
  return (await getContainer()).renderToString(Content, { props: { components } });
}
