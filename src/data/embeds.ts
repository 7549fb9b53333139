// The chart components .mdx articles may use without importing them, by the names the charts' embeds give
// (src/lib/charts/registry.ts; checked by src/lib/validate/chartEmbeds.ts). Each is a file in src/components/embeds/.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { CHART_NAMES, CHARTS } from '../lib/charts/registry.ts';

const files = import.meta.glob<AstroComponentFactory>('../components/embeds/*.astro', { eager: true, import: 'default' });

export const chartEmbeds: Record<string, AstroComponentFactory> = Object.fromEntries(
  CHART_NAMES.map((name) => {
    const component = CHARTS[name].embed.component;
    const file = files[`../components/embeds/${component}.astro`];
    if (!file) throw new Error(`src/components/embeds/${component}.astro is missing: the ${name} chart's embed names it`);
    return [component, file];
  }),
);
