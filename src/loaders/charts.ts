// Every chart the site draws, as one model each (src/lib/charts/registry.ts): what it shows, says and tabulates, and
// where it lives. Pages, embed pages and the downloads (SVG, PNG, CSV) all read these models, so they cannot
// disagree. This module gives them the build's dataset, date and strings.
import type { ChartProps } from '../lib/charts/chartDirective.ts';
import { chartPath, type ChartName, type ChartRef } from '../lib/charts/chartRefs.ts';
import type { ChartContext } from '../lib/charts/model.ts';
import { allChartRefs as refsOf, CHARTS, computeChartModel, type ChartModel } from '../lib/charts/registry.ts';
import { memo, memoCache } from '../lib/incremental/track.ts';
import { dataset, projectsById } from './dataset.ts';
import { today } from './today.ts';
import { strings } from './site.ts';

export type { ChartModel, ChartDrawing } from '../lib/charts/registry.ts';
export type { ChartVariant } from '../lib/charts/model.ts';

const context: ChartContext = {
  dataset,
  projectsById,
  // Read only by the charts that show the date, so the page cache remakes only those on another day.
  get today() {
    return today();
  },
  strings,
};

// Each chart is computed once per build: a project's charts appear on its page, its embed page and three downloads.
// memo() gives every page that shows it what the chart was made from, for the page cache.
const models = memoCache<ChartModel>();

/** A chart's model; throws on an unknown project id (the build's pre-check reports those with line numbers). */
export function chartModel(ref: ChartRef): ChartModel {
  return memo(models, chartPath(ref), () => computeChartModel(ref, context));
}

/**
 * The chart an article's embed shows, and whether it has a PNG of its own for feeds (a chart drawn for the article
 * alone, such as the milestones of several projects, has none).
 */
export function embeddedChart(chart: ChartName, props: ChartProps): { model: ChartModel; image: boolean } {
  const shown = CHARTS[chart].embed.shows(props as Record<string, unknown>, context);
  return 'ref' in shown ? { model: chartModel(shown.ref), image: true } : { model: shown.model, image: false };
}

/** Every chart the dataset can fill, for embed pages and downloads. */
export function allChartRefs(): ChartRef[] {
  return refsOf(context);
}

export { chartPath };
