// Each chart's SVG component, by the chart's name (src/lib/charts/registry.ts lists the charts).
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { ChartName } from '../../lib/charts/chartRefs.ts';
import ComparisonChart from './comparison/ComparisonChart.astro';
import EconomicsChart from './economics/EconomicsChart.astro';
import MilestonesChart from './milestones/MilestonesChart.astro';
import ProgressChart from './progress/ProgressChart.astro';

export const CHART_SVGS: Record<ChartName, AstroComponentFactory> = {
  economics: EconomicsChart,
  milestones: MilestonesChart,
  progress: ProgressChart,
  comparison: ComparisonChart,
};
