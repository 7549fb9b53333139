// Each chart's SVG component, found by the chart's name: src/components/charts/<chart>/<Chart>Chart.astro, the
// layout it draws in src/lib/charts/<chart>/ (src/lib/charts/registry.ts lists the charts). Adding a chart adds its
// folder here; nothing in this file changes.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { CHART_NAMES } from '../../lib/charts/registry.ts';
import type { ChartName } from '../../lib/charts/chartRefs.ts';

const files = import.meta.glob<AstroComponentFactory>('./*/*Chart.astro', { eager: true, import: 'default' });

/** The component file of a chart: economics → ./economics/EconomicsChart.astro. */
const fileOf = (name: ChartName) => `./${name}/${name[0]!.toUpperCase()}${name.slice(1)}Chart.astro`;

export const CHART_SVGS = Object.fromEntries(
  CHART_NAMES.map((name) => {
    const file = files[fileOf(name)];
    if (!file) throw new Error(`缺少 src/components/charts/${fileOf(name).slice(2)}：src/lib/charts/registry.ts 里的每个图表都要有它的 SVG 组件`);
    return [name, file];
  }),
) as Record<ChartName, AstroComponentFactory>;
