// Every chart the site draws, as one model each: what it shows, says and tabulates, and where it lives. Pages,
// embed pages and the downloads (SVG, PNG, CSV) all read these models, so they cannot disagree. Each chart is
// laid out twice, narrow for phones and wide for the figure's full width (CHART_WIDTHS), and pages show the one
// that fits: text stays the size the layout gave it instead of scaling with the screen.
import { zoneIndicatorsView, sortProjectsForTable } from '../lib/projectView.ts';
import {
  comparisonCsv,
  comparisonData,
  comparisonInput,
  comparisonTable,
  comparisonTakeaway,
  economicsCsv,
  economicsInput,
  economicsTable,
  economicsTakeaway,
  hasEconomics,
  timelineData,
  timelineTable,
  timelineTakeaway,
  zoneProgressData,
  zoneProgressTable,
  zoneProgressTakeaway,
  type ChartLabels,
  type ChartTable,
} from '../lib/charts/chartData.ts';
import { chartPath, figureId, type ChartRef } from '../lib/charts/chartRefs.ts';
import { layoutComparisonChart, type ComparisonLayout } from '../lib/charts/comparisonChart.ts';
import { ECONOMICS_KINDS, layoutEconomicsChart, type EconomicsLayout } from '../lib/charts/economicsChart.ts';
import { CHART_WIDTHS } from '../lib/charts/geometry.ts';
import { layoutTimeline, type TimelineInput, type TimelineLayout, type TimelineMark } from '../lib/charts/timelineChart.ts';
import { layoutZoneProgress, type ZoneProgressLayout } from '../lib/charts/zoneProgressChart.ts';
import { formatIsoDate } from '../lib/isoDate.ts';
import { byMostPressingProject } from '../lib/milestoneStatus.ts';
import type { Project, Source } from '../lib/schema.ts';
import { dataset, projectsById } from './dataset.ts';
import { today } from './today.ts';
import { memo, memoCache } from '../lib/incremental/track.ts';
import { fill, routes, strings } from './site.ts';

/** The zone timeline shows the most pressing milestones; the tracker's table lists them all. */
export const ZONE_TIMELINE_ROWS = 40;
/** The comparison draws the largest projects; its table lists them all. */
export const COMPARISON_PROJECTS = 20;

export type ChartVariant = 'narrow' | 'wide';

type Layouts<T> = Record<ChartVariant, T>;

export type ChartDrawing =
  | { kind: 'economics'; layouts: Layouts<EconomicsLayout> }
  | { kind: 'progress'; layouts: Layouts<ZoneProgressLayout> }
  | { kind: 'comparison'; layouts: Layouts<ComparisonLayout> }
  | { kind: 'timeline'; layouts: Layouts<TimelineLayout> };

export interface ChartModel {
  ref: ChartRef;
  title: string;
  takeaway: string;
  /** The SVG's accessible name: the title and what it shows. */
  label: string;
  drawing: ChartDrawing;
  /** The numbers as readers read them (亿元), under the chart. */
  table: ChartTable;
  /** The same for download, amounts in base units (yuan). */
  csv: ChartTable;
  sources: Source[];
  /** The timeline's marks that need a key, only those it draws. */
  legend: TimelineMark[];
  /** Projects the comparison could not draw, listed by name under it. */
  withoutFigures: string[];
  /** Where the chart appears on the site, with the figure's anchor. */
  home: string;
}

export const chartLabels: ChartLabels = { figure: strings.figure, milestoneStatus: strings.milestoneStatus, milestone: strings.milestone, charts: strings.charts };

function model(ref: ChartRef, parts: Omit<ChartModel, 'ref' | 'label' | 'home' | 'withoutFigures' | 'legend' | 'csv'> & Partial<Pick<ChartModel, 'withoutFigures' | 'legend' | 'csv'>>, page: string): ChartModel {
  return { ref, label: `${parts.title}。${parts.takeaway}`, home: `${page}#${figureId(ref)}`, withoutFigures: [], legend: [], csv: parts.table, ...parts };
}

/** A chart laid out at both widths; wide figures (timelines, the comparison) are wider on large screens. */
function both<T>(layout: (width: number) => T, wideFigure = false): Layouts<T> {
  return { narrow: layout(CHART_WIDTHS.narrow), wide: layout(wideFigure ? CHART_WIDTHS.wideFigure : CHART_WIDTHS.wide) };
}

function projectOf(id: string): Project {
  const project = projectsById.get(id);
  if (!project) throw new Error(`content/data/projects.json 里没有项目 ${id}`);
  return project;
}

// Each chart is computed once per build: a project's charts appear on its page, its embed page and three downloads.
// memo() gives every page that shows it what the chart was made from, for the page cache.
const models = memoCache<ChartModel>();

/** A chart's model; throws on an unknown project id (the build's pre-check reports those with line numbers). */
export function chartModel(ref: ChartRef): ChartModel {
  return memo(models, chartPath(ref), () => computeChartModel(ref));
}

function timelineModel(ref: ChartRef, title: string, rows: TimelineInput[], shown: TimelineInput[], page: string, sources: Source[]): ChartModel {
  const todayMark = fill(strings.charts.legend.todayMark, { date: formatIsoDate(today()) });
  const layouts = both((width) => layoutTimeline(shown, today(), { width }, todayMark), true);
  return model(
    ref,
    { title, takeaway: timelineTakeaway(rows, chartLabels), drawing: { kind: 'timeline', layouts }, table: timelineTable(rows, chartLabels), sources, legend: layouts.narrow.marks },
    page,
  );
}

const milestoneSources = (projects: readonly Project[]) => projects.flatMap((project) => project.milestones.flatMap((milestone) => milestone.reports.map((report) => report.source)));

function computeChartModel(ref: ChartRef): ChartModel {
  switch (ref.kind) {
    case 'economics': {
      const project = projectOf(ref.projectId);
      const input = economicsInput(project, chartLabels);
      return model(
        ref,
        {
          // Named for what it draws: a project with only an investment reported has no 预计年收益 to promise.
          title: fill(input.yearly ? (input.investment ? strings.charts.economicsTitle : strings.charts.economicsTitleYearly) : strings.charts.economicsTitleInvestment, { name: project.name }),
          takeaway: economicsTakeaway(project, chartLabels),
          drawing: { kind: 'economics', layouts: both((width) => layoutEconomicsChart(input, { width })) },
          table: economicsTable(project, chartLabels),
          csv: economicsCsv(project, chartLabels),
          sources: ECONOMICS_KINDS.flatMap((kind) => (project.figures[kind] ?? []).map((report) => report.source)),
        },
        routes.project(project.id),
      );
    }
    case 'milestones': {
      const project = projectOf(ref.projectId);
      const rows = timelineData([project], today(), false);
      return timelineModel(ref, fill(strings.charts.timelineTitle, { name: project.name }), rows, rows, routes.project(project.id), milestoneSources([project]));
    }
    case 'progress': {
      const view = zoneIndicatorsView(dataset.indicators);
      const rows = zoneProgressData(view.rate, view.provincial?.value, { started: strings.charts.progressStarted, provincial: strings.charts.progressProvincialLabel });
      if (!view.rate) throw new Error('园区进度图需要同一年的 plannedKeyProjects 和 startedKeyProjects');
      return model(
        ref,
        {
          title: fill(strings.charts.progressTitle, { year: view.rate.planned.period }),
          takeaway: zoneProgressTakeaway(view.rate, view.provincial?.value, chartLabels),
          drawing: { kind: 'progress', layouts: both((width) => layoutZoneProgress(rows, { width }, strings.charts.progressNote)) },
          table: zoneProgressTable(rows, chartLabels),
          sources: [view.rate.planned.source, view.rate.started.source, ...(view.provincial ? [view.provincial.source] : []), ...(view.rate.stated ? [view.rate.stated.source] : [])],
        },
        routes.home(),
      );
    }
    case 'comparison': {
      const { drawn, withoutFigures } = comparisonData(sortProjectsForTable(dataset.projects));
      const input = comparisonInput(drawn.slice(0, COMPARISON_PROJECTS), chartLabels);
      return model(
        ref,
        {
          title: strings.charts.comparisonTitle,
          takeaway: comparisonTakeaway(dataset.projects, chartLabels),
          drawing: { kind: 'comparison', layouts: both((width) => layoutComparisonChart(input, { width }), true) },
          table: comparisonTable(dataset.projects, chartLabels),
          csv: comparisonCsv(dataset.projects, chartLabels),
          sources: drawn.flatMap((project) => ECONOMICS_KINDS.flatMap((kind) => (project.figures[kind] ?? []).map((report) => report.source))),
          withoutFigures: withoutFigures.map((project) => project.name),
        },
        routes.projects(),
      );
    }
    case 'zone-milestones': {
      const rows = timelineData(dataset.projects, today(), true);
      const shown = byMostPressingProject(rows).slice(0, ZONE_TIMELINE_ROWS);
      return timelineModel(ref, strings.charts.zoneTimelineTitle, rows, shown, routes.tracker(), milestoneSources(dataset.projects));
    }
  }
}

/** A milestone timeline of the projects an article names: drawn in the article, not a download of its own. */
export function milestonesModel(projectIds: readonly string[]): ChartModel {
  if (projectIds.length === 1) return chartModel({ kind: 'milestones', projectId: projectIds[0]! });
  const projects = projectIds.map(projectOf);
  const rows = timelineData(projects, today(), true);
  return timelineModel({ kind: 'zone-milestones' }, fill(strings.charts.timelineTitle, { name: projects.map((project) => project.name).join('、') }), rows, rows, routes.tracker(), milestoneSources(projects));
}

/** Every chart the dataset can fill, for embed pages and downloads. */
export function allChartRefs(): ChartRef[] {
  const refs: ChartRef[] = [];
  if (zoneIndicatorsView(dataset.indicators).rate) refs.push({ kind: 'progress' });
  refs.push({ kind: 'comparison' });
  if (dataset.projects.some((project) => project.milestones.length)) refs.push({ kind: 'zone-milestones' });
  for (const project of dataset.projects) {
    if (hasEconomics(project)) refs.push({ kind: 'economics', projectId: project.id });
    if (project.milestones.length) refs.push({ kind: 'milestones', projectId: project.id });
  }
  return refs;
}

export { chartPath };
