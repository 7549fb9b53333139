// The charts the site draws, one entry each, under the name editors write (::chart{kind=economics}) and the
// addresses use (/embed/projects/<id>/economics/): how its model is computed, which charts the dataset can fill,
// and how an article embeds it. Each chart keeps the rest in its own folder: src/lib/charts/<chart>/ for its
// layout, model and embed props, src/components/charts/<chart>/ for its SVG. The content check, the article
// renderers, the chart pages and the downloads all read this list.
import type { ChartRef, ChartName } from './chartRefs.ts';
import { comparisonEmbed } from './comparison/embed.ts';
import { comparisonModel, comparisonRefs, type ComparisonDrawing } from './comparison/model.ts';
import { economicsEmbed } from './economics/embed.ts';
import { economicsModel, economicsRefs, type EconomicsDrawing } from './economics/model.ts';
import type { EmbedSpec } from './embed.ts';
import { milestonesEmbed } from './milestones/embed.ts';
import { milestonesModel, milestonesRefs, type MilestonesDrawing } from './milestones/model.ts';
import type { ChartContext, ChartModelOf } from './model.ts';
import { progressEmbed } from './progress/embed.ts';
import { progressModel, progressRefs, type ProgressDrawing } from './progress/model.ts';

export type ChartDrawing = EconomicsDrawing | MilestonesDrawing | ProgressDrawing | ComparisonDrawing;
export type ChartModel = ChartModelOf<ChartDrawing>;

interface ChartDefinition<Name extends ChartName> {
  model: (ref: Extract<ChartRef, { kind: Name }>, context: ChartContext) => ChartModel;
  /** The charts of this kind the dataset can fill, each with an embed page and downloads. */
  refs: (context: Pick<ChartContext, 'dataset'>) => Array<Extract<ChartRef, { kind: Name }>>;
  /** Drawn wider than the text on large screens. */
  wideFigure: boolean;
  embed: EmbedSpec;
}

// In the order the content check lists them to editors.
export const CHARTS: { [Name in ChartName]: ChartDefinition<Name> } = {
  economics: { model: economicsModel, refs: economicsRefs, wideFigure: false, embed: economicsEmbed as EmbedSpec },
  milestones: { model: milestonesModel, refs: milestonesRefs, wideFigure: true, embed: milestonesEmbed as EmbedSpec },
  progress: { model: progressModel, refs: progressRefs, wideFigure: false, embed: progressEmbed as EmbedSpec },
  comparison: { model: comparisonModel, refs: comparisonRefs, wideFigure: true, embed: comparisonEmbed as EmbedSpec },
};

export const CHART_NAMES = Object.keys(CHARTS) as ChartName[];

/** A chart's model; throws on an unknown project id. */
export function computeChartModel(ref: ChartRef, context: ChartContext): ChartModel {
  return (CHARTS[ref.kind].model as (ref: ChartRef, context: ChartContext) => ChartModel)(ref, context);
}

export const isChartName = (name: string): name is ChartName => Object.hasOwn(CHARTS, name);

/** The chart an .mdx component name draws, under its name or an earlier one. */
export function chartOfComponent(component: string): ChartName | undefined {
  return CHART_NAMES.find((name) => CHARTS[name].embed.component === component || CHARTS[name].embed.formerly?.includes(component));
}

/** The chart components as editors are shown them, one name each. */
export const CHART_COMPONENTS = CHART_NAMES.map((name) => CHARTS[name].embed.component);

/** Every name an .mdx article may use for a chart: each chart's, then the earlier ones. */
export const ACCEPTED_CHART_COMPONENTS = [...CHART_COMPONENTS, ...CHART_NAMES.flatMap((name) => CHARTS[name].embed.formerly ?? [])];

/** Every chart the dataset can fill, for embed pages and downloads. */
export function allChartRefs(context: Pick<ChartContext, 'dataset'>): ChartRef[] {
  return CHART_NAMES.flatMap((name): ChartRef[] => CHARTS[name].refs(context));
}
