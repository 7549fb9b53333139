// The milestones chart: one project's (on its page), the zone's (on the tracker), or the projects an article names.
import { formatIsoDate } from '../../isoDate.ts';
import { byMostPressingProject } from '../../milestoneStatus.ts';
import { routes } from '../../paths.ts';
import type { Project } from '../../schema.ts';
import { fill } from '../../template.ts';
import { milestonesData, milestonesTable, milestonesTakeaway } from './data.ts';
import type { ChartRef } from '../chartRefs.ts';
import { bothWidths, chartLabels, chartModelOf, projectOf, type ChartContext, type Layouts } from '../model.ts';
import { layoutMilestonesChart, type MilestonesInput, type MilestonesLayout } from './layout.ts';

/** The zone's chart shows the most pressing milestones; the tracker's table lists them all. */
export const ZONE_MILESTONES_ROWS = 40;

export interface MilestonesDrawing {
  kind: 'milestones';
  layouts: Layouts<MilestonesLayout>;
}

type MilestonesRef = Extract<ChartRef, { kind: 'milestones' }>;

const milestoneSources = (projects: readonly Project[]) => projects.flatMap((project) => project.milestones.flatMap((milestone) => milestone.reports.map((report) => report.source)));

function drawn(ref: MilestonesRef, context: ChartContext, title: string, rows: MilestonesInput[], shown: MilestonesInput[], page: string, projects: readonly Project[]) {
  const { strings, today } = context;
  const labels = chartLabels(strings);
  const todayMark = fill(strings.charts.legend.todayMark, { date: formatIsoDate(today) });
  const drawing: MilestonesDrawing = { kind: 'milestones', layouts: bothWidths((width) => layoutMilestonesChart(shown, today, { width }, todayMark), true) };
  return chartModelOf(
    ref,
    { title, takeaway: milestonesTakeaway(rows, labels), drawing, table: milestonesTable(rows, labels), sources: milestoneSources(projects), legend: drawing.layouts.narrow.marks },
    page,
  );
}

/** A project's milestones, or with no project the zone's most pressing ones, grouped by project. */
export function milestonesModel(ref: MilestonesRef, context: ChartContext) {
  const { dataset, strings, today } = context;
  if (ref.projectId !== undefined) {
    const project = projectOf(context, ref.projectId);
    const rows = milestonesData([project], today, false);
    return drawn(ref, context, fill(strings.charts.milestonesTitle, { name: project.name }), rows, rows, routes.project(project.id), [project]);
  }
  const rows = milestonesData(dataset.projects, today, true);
  const shown = byMostPressingProject(rows).slice(0, ZONE_MILESTONES_ROWS);
  return drawn(ref, context, strings.charts.zoneMilestonesTitle, rows, shown, routes.tracker(), dataset.projects);
}

/** The milestones of several projects an article names, grouped: drawn in the article, no address of its own. */
export function projectsMilestonesModel(projectIds: readonly string[], context: ChartContext) {
  const projects = projectIds.map((id) => projectOf(context, id));
  const rows = milestonesData(projects, context.today, true);
  const title = fill(context.strings.charts.milestonesTitle, { name: projects.map((project) => project.name).join('、') });
  return drawn({ kind: 'milestones' }, context, title, rows, rows, routes.tracker(), projects);
}

/** The zone's chart when any project has milestones, and each such project's. */
export function milestonesRefs(context: Pick<ChartContext, 'dataset'>): MilestonesRef[] {
  const projects = context.dataset.projects.filter((project) => project.milestones.length);
  return [...(projects.length ? [{ kind: 'milestones' as const }] : []), ...projects.map((project) => ({ kind: 'milestones' as const, projectId: project.id }))];
}
