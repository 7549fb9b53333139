// The charts the site draws, one entry each: what a chart's model is computed from and which charts the dataset
// can fill. Each chart keeps everything else in its own folder (src/lib/charts/<chart>/ for layout and model,
// src/components/charts/<chart>/ for its SVG and embeds); adding a chart is a folder and a line here.
import type { ChartRef, ChartName } from './chartRefs.ts';
import { comparisonModel, comparisonRefs, type ComparisonDrawing } from './comparison/model.ts';
import { economicsModel, economicsRefs, type EconomicsDrawing } from './economics/model.ts';
import { milestonesModel, milestonesRefs, type MilestonesDrawing } from './milestones/model.ts';
import type { ChartContext, ChartModelOf } from './model.ts';
import { progressModel, progressRefs, type ProgressDrawing } from './progress/model.ts';

export type ChartDrawing = EconomicsDrawing | MilestonesDrawing | ProgressDrawing | ComparisonDrawing;
export type ChartModel = ChartModelOf<ChartDrawing>;

interface ChartDefinition<Name extends ChartName> {
  model: (ref: Extract<ChartRef, { kind: Name }>, context: ChartContext) => ChartModel;
  /** The charts of this kind the dataset can fill, each with an embed page and downloads. */
  refs: (context: Pick<ChartContext, 'dataset'>) => Array<Extract<ChartRef, { kind: Name }>>;
  /** Drawn wider than the text on large screens. */
  wideFigure: boolean;
}

export const CHARTS: { [Name in ChartName]: ChartDefinition<Name> } = {
  progress: { model: progressModel, refs: progressRefs, wideFigure: false },
  comparison: { model: comparisonModel, refs: comparisonRefs, wideFigure: true },
  milestones: { model: milestonesModel, refs: milestonesRefs, wideFigure: true },
  economics: { model: economicsModel, refs: economicsRefs, wideFigure: false },
};

export const CHART_NAMES = Object.keys(CHARTS) as ChartName[];

/** A chart's model; throws on an unknown project id. */
export function computeChartModel(ref: ChartRef, context: ChartContext): ChartModel {
  return (CHARTS[ref.kind].model as (ref: ChartRef, context: ChartContext) => ChartModel)(ref, context);
}

/** Every chart the dataset can fill, for embed pages and downloads. */
export function allChartRefs(context: Pick<ChartContext, 'dataset'>): ChartRef[] {
  return CHART_NAMES.flatMap((name): ChartRef[] => CHARTS[name].refs(context));
}
