// What every chart model holds, and the parts each chart's model (src/lib/charts/<chart>/model.ts) shares. A model
// is computed from the dataset, the build date and the site's strings given as arguments, so it can be tested
// without a build. Each chart is laid out twice, narrow for phones and wide for the figure's full width
// (CHART_WIDTHS), and pages show the one that fits: text stays the size the layout gave it.
import type strings from '../../i18n/zh-Hans.json';
import type { Dataset, Project, Source } from '../schema.ts';
import type { ChartLabels, ChartTable } from './chartData.ts';
import { figureId, type ChartRef } from './chartRefs.ts';
import { CHART_WIDTHS } from './geometry.ts';
import type { MilestonesMark } from './milestones/layout.ts';

export type SiteStrings = typeof strings;

/** What a chart is computed from. */
export interface ChartContext {
  dataset: Dataset;
  /** The dataset's projects by id. */
  projectsById: ReadonlyMap<string, Project>;
  /** The date milestones are judged on, YYYY-MM-DD. */
  today: string;
  strings: SiteStrings;
}

export type ChartVariant = 'narrow' | 'wide';

export type Layouts<T> = Record<ChartVariant, T>;

export interface ChartModelOf<Drawing> {
  ref: ChartRef;
  title: string;
  takeaway: string;
  /** The SVG's accessible name: the title and what it shows. */
  label: string;
  drawing: Drawing;
  /** The numbers as readers read them (亿元), under the chart. */
  table: ChartTable;
  /** The same for download, amounts in base units (yuan). */
  csv: ChartTable;
  sources: Source[];
  /** The milestones chart's marks that need a key, only those it draws. */
  legend: MilestonesMark[];
  /** Projects the comparison could not draw, listed by name under it. */
  withoutFigures: string[];
  /** Where the chart appears on the site, with the figure's anchor. */
  home: string;
}

type Parts<Drawing> = Omit<ChartModelOf<Drawing>, 'ref' | 'label' | 'home' | 'withoutFigures' | 'legend' | 'csv'> & Partial<Pick<ChartModelOf<Drawing>, 'withoutFigures' | 'legend' | 'csv'>>;

/** A model from what a chart computed, with what every chart derives the same way. */
export function chartModelOf<Drawing>(ref: ChartRef, parts: Parts<Drawing>, page: string): ChartModelOf<Drawing> {
  return { ref, label: `${parts.title}。${parts.takeaway}`, home: `${page}#${figureId(ref)}`, withoutFigures: [], legend: [], csv: parts.table, ...parts };
}

/** A chart laid out at both widths; wide figures (the milestones chart, the comparison) are wider on large screens. */
export function bothWidths<T>(layout: (width: number) => T, wideFigure = false): Layouts<T> {
  return { narrow: layout(CHART_WIDTHS.narrow), wide: layout(wideFigure ? CHART_WIDTHS.wideFigure : CHART_WIDTHS.wide) };
}

export function chartLabels(strings: SiteStrings): ChartLabels {
  return { figure: strings.figure, milestoneStatus: strings.milestoneStatus, milestone: strings.milestone, charts: strings.charts };
}

/** A project the chart names; throws on an unknown id (the build's pre-check reports those with line numbers). */
export function projectOf(context: ChartContext, id: string): Project {
  const project = context.projectsById.get(id);
  if (!project) throw new Error(`content/data/projects.json 里没有项目 ${id}`);
  return project;
}
