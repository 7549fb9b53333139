// The chart components .mdx articles may use without importing them, under each chart's component name and the
// earlier ones still accepted (src/lib/charts/registry.ts; checked by src/lib/validate/chartEmbeds.ts). Each is a
// file of its own in src/components/embeds/, which an article may also import by its path.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { ACCEPTED_CHART_COMPONENTS } from '../lib/charts/registry.ts';

const files = import.meta.glob<AstroComponentFactory>('../components/embeds/*.astro', { eager: true, import: 'default' });

export const chartEmbeds: Record<string, AstroComponentFactory> = Object.fromEntries(
  ACCEPTED_CHART_COMPONENTS.map((component) => {
    const file = files[`../components/embeds/${component}.astro`];
    if (!file) throw new Error(`缺少 src/components/embeds/${component}.astro：有图表的嵌入组件用这个名字`);
    return [component, file];
  }),
);
