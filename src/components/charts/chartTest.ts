// What the chart components' tests share: a render as pages render it, and where each chart's reviewed SVG is.
import { fileURLToPath } from 'node:url';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHtml } from '../../../tests/helpers/html.ts';

const container = await AstroContainer.create();

/** A chart's reviewed rendering, pretty-printed (tests/helpers/svgSnapshot.ts says how to accept a change). */
export const snapshot = (chart: string) => fileURLToPath(new URL(`./__snapshots__/${chart}.svg`, import.meta.url));

export async function render(component: Parameters<typeof container.renderToString>[0], props: Record<string, unknown>) {
  const html = await container.renderToString(component, { props: { variant: 'narrow', ...props } });
  return { html, svg: parseHtml(html).querySelector('svg')! };
}

/** Every font size the SVG sets, on its root or its text. */
export const fontSizes = (svg: ReturnType<typeof parseHtml>) => [svg.getAttribute('font-size'), ...svg.querySelectorAll('text').map((text) => text.getAttribute('font-size'))].filter(Boolean).map(Number);
