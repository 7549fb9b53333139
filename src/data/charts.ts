// Every chart the site draws, as one model each: what it shows, says and tabulates, and where it lives. Pages,
// embed pages and the downloads (SVG, PNG, CSV) all read these models, so they cannot disagree.
import { zoneIndicatorsView, sortProjectsForTable } from '../lib/projectView.ts';
import {
  comparisonData,
  comparisonTable,
  comparisonTakeaway,
  economicsData,
  economicsTable,
  economicsTakeaway,
  timelineData,
  timelineTable,
  timelineTakeaway,
  zoneProgressData,
  zoneProgressTable,
  zoneProgressTakeaway,
  type ChartTable,
} from '../lib/charts/chartData.ts';
import { chartPath, figureId, type ChartRef } from '../lib/charts/chartRefs.ts';
import { layoutComparisonChart, type ComparisonLayout } from '../lib/charts/comparisonChart.ts';
import { ECONOMICS_KINDS, layoutEconomicsChart, type EconomicsLayout } from '../lib/charts/economicsChart.ts';
import { layoutTimeline, type TimelineLayout } from '../lib/charts/timelineChart.ts';
import { layoutZoneProgress, type ZoneProgressLayout } from '../lib/charts/zoneProgressChart.ts';
import type { Project, Source } from '../lib/schema.ts';
import { dataset, projectsById } from './dataset.ts';
import { today } from './today.ts';
import { fill, routes, strings } from './site.ts';

/** Charts are laid out for a phone's width; the stylesheet caps how large they grow on wide screens. */
export const CHART_WIDTH = 360;
/** The zone timeline shows the most pressing milestones; the tracker's table lists them all. */
export const ZONE_TIMELINE_ROWS = 40;
/** The comparison draws the largest projects; its table lists them all. */
export const COMPARISON_PROJECTS = 20;

export type ChartSvg =
  | { kind: 'economics'; layout: EconomicsLayout }
  | { kind: 'progress'; layout: ZoneProgressLayout }
  | { kind: 'comparison'; layout: ComparisonLayout }
  | { kind: 'timeline'; layout: TimelineLayout };

export interface ChartModel {
  ref: ChartRef;
  title: string;
  takeaway: string;
  /** The SVG's accessible name: the title and what it shows. */
  label: string;
  svg: ChartSvg;
  table: ChartTable;
  sources: Source[];
  legend: 'economics' | 'timeline' | undefined;
  /** Projects the comparison could not draw, listed by name under it. */
  withoutFigures: string[];
  /** Where the chart appears on the site, with the figure's anchor. */
  home: string;
}

const labels = { figure: strings.figure, milestoneStatus: strings.milestoneStatus, milestone: strings.milestone, charts: strings.charts };

function model(ref: ChartRef, parts: Omit<ChartModel, 'ref' | 'label' | 'home' | 'withoutFigures' | 'legend'> & Partial<Pick<ChartModel, 'withoutFigures' | 'legend'>>, page: string): ChartModel {
  return { ref, label: `${parts.title}。${parts.takeaway}`, home: `${page}#${figureId(ref)}`, withoutFigures: [], legend: undefined, ...parts };
}

function projectOf(id: string): Project {
  const project = projectsById.get(id);
  if (!project) throw new Error(`no project "${id}" in content/data/projects.json`);
  return project;
}

const urgency = ['overdue', 'started', 'upcoming', 'done-late', 'done', 'done-on-time', 'unscheduled'];

/** A chart's model; throws on an unknown project id (the build's pre-check reports those with line numbers). */
// Each chart is computed once per build: a project's charts appear on its page, its embed page and three downloads.
const models = new Map<string, ChartModel>();

export function chartModel(ref: ChartRef): ChartModel {
  const key = chartPath(ref);
  let cached = models.get(key);
  if (!cached) models.set(key, (cached = computeChartModel(ref)));
  return cached;
}

function computeChartModel(ref: ChartRef): ChartModel {
  switch (ref.kind) {
    case 'economics': {
      const project = projectOf(ref.projectId);
      const data = economicsData(project);
      return model(
        ref,
        {
          title: fill(strings.charts.economicsTitle, { name: project.name }),
          takeaway: economicsTakeaway(project, labels),
          svg: { kind: 'economics', layout: layoutEconomicsChart(data, { width: CHART_WIDTH }) },
          table: economicsTable(project, labels),
          sources: ECONOMICS_KINDS.flatMap((kind) => (project.figures[kind] ?? []).map((report) => report.source)),
        },
        routes.project(project.id),
      );
    }
    case 'milestones': {
      const project = projectOf(ref.projectId);
      const rows = timelineData([project], today, false);
      return model(
        ref,
        {
          title: fill(strings.charts.timelineTitle, { name: project.name }),
          takeaway: timelineTakeaway(rows, labels),
          svg: { kind: 'timeline', layout: layoutTimeline(rows, today, { width: CHART_WIDTH }) },
          table: timelineTable(rows, labels),
          sources: project.milestones.flatMap((milestone) => milestone.reports.map((report) => report.source)),
          legend: 'timeline',
        },
        routes.project(project.id),
      );
    }
    case 'progress': {
      const view = zoneIndicatorsView(dataset.indicators);
      const rows = zoneProgressData(view.rate, view.provincial?.value, { started: strings.charts.progressStarted, provincial: strings.charts.progressProvincialLabel });
      if (!view.rate) throw new Error('the zone progress chart needs plannedKeyProjects and startedKeyProjects for one year');
      return model(
        ref,
        {
          title: fill(strings.charts.progressTitle, { year: view.rate.planned.period }),
          takeaway: zoneProgressTakeaway(view.rate, view.provincial?.value, labels),
          svg: { kind: 'progress', layout: layoutZoneProgress(rows, { width: CHART_WIDTH }) },
          table: zoneProgressTable(rows, labels),
          sources: [view.rate.planned.source, view.rate.started.source, ...(view.provincial ? [view.provincial.source] : []), ...(view.rate.stated ? [view.rate.stated.source] : [])],
        },
        routes.home(),
      );
    }
    case 'comparison': {
      const { drawn, withoutFigures } = comparisonData(sortProjectsForTable(dataset.projects));
      return model(
        ref,
        {
          title: strings.charts.comparisonTitle,
          takeaway: comparisonTakeaway(dataset.projects, labels),
          svg: { kind: 'comparison', layout: layoutComparisonChart(drawn.slice(0, COMPARISON_PROJECTS), ECONOMICS_KINDS, { width: CHART_WIDTH }) },
          table: comparisonTable(dataset.projects, labels),
          sources: drawn.flatMap((entry) => ECONOMICS_KINDS.flatMap((kind) => (projectOf(entry.id).figures[kind] ?? []).map((report) => report.source))),
          legend: 'economics',
          withoutFigures: withoutFigures.map((project) => project.name),
        },
        routes.projects(),
      );
    }
    case 'zone-milestones': {
      const rows = timelineData(dataset.projects, today, true);
      // The most pressing first, grouped by project in that order.
      const order = new Map<string, number>();
      for (const row of rows) {
        const rank = urgency.indexOf(row.assessment.status);
        order.set(row.group!, Math.min(order.get(row.group!) ?? rank, rank));
      }
      const shown = [...rows].sort((a, b) => order.get(a.group!)! - order.get(b.group!)! || a.group!.localeCompare(b.group!, 'zh-Hans-CN')).slice(0, ZONE_TIMELINE_ROWS);
      return model(
        ref,
        {
          title: strings.charts.zoneTimelineTitle,
          takeaway: timelineTakeaway(rows, labels),
          svg: { kind: 'timeline', layout: layoutTimeline(shown, today, { width: CHART_WIDTH }) },
          table: timelineTable(rows, labels),
          sources: dataset.projects.flatMap((project) => project.milestones.flatMap((milestone) => milestone.reports.map((report) => report.source))),
          legend: 'timeline',
        },
        routes.tracker(),
      );
    }
  }
}

/** A milestone timeline of the projects an article names: drawn in the article, not a download of its own. */
export function milestonesModel(projectIds: readonly string[]): ChartModel {
  if (projectIds.length === 1) return chartModel({ kind: 'milestones', projectId: projectIds[0]! });
  const projects = projectIds.map(projectOf);
  const rows = timelineData(projects, today, true);
  return model(
    { kind: 'zone-milestones' },
    {
      title: fill(strings.charts.timelineTitle, { name: projects.map((project) => project.name).join('、') }),
      takeaway: timelineTakeaway(rows, labels),
      svg: { kind: 'timeline', layout: layoutTimeline(rows, today, { width: CHART_WIDTH }) },
      table: timelineTable(rows, labels),
      sources: projects.flatMap((project) => project.milestones.flatMap((milestone) => milestone.reports.map((report) => report.source))),
      legend: 'timeline',
    },
    routes.tracker(),
  );
}

/** Every chart the dataset can fill, for embed pages and downloads. */
export function allChartRefs(): ChartRef[] {
  const refs: ChartRef[] = [];
  if (zoneIndicatorsView(dataset.indicators).rate) refs.push({ kind: 'progress' });
  refs.push({ kind: 'comparison' });
  if (dataset.projects.some((project) => project.milestones.length)) refs.push({ kind: 'zone-milestones' });
  for (const project of dataset.projects) {
    if (economicsData(project).length) refs.push({ kind: 'economics', projectId: project.id });
    if (project.milestones.length) refs.push({ kind: 'milestones', projectId: project.id });
  }
  return refs;
}

export { chartPath };
