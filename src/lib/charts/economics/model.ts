// The economics chart of one project: its planned investment and yearly forecasts.
import { routes } from '../../paths.ts';
import { fill } from '../../template.ts';
import { economicsCsv, economicsInput, economicsTable, economicsTakeaway, hasEconomics } from './data.ts';
import { bothWidths, chartLabels, chartModelOf, projectOf, type ChartContext, type Layouts } from '../model.ts';
import { ECONOMICS_KINDS, layoutEconomicsChart, type EconomicsLayout } from './layout.ts';

export interface EconomicsDrawing {
  kind: 'economics';
  layouts: Layouts<EconomicsLayout>;
}

export function economicsModel(ref: { kind: 'economics'; projectId: string }, context: ChartContext) {
  const { strings } = context;
  const labels = chartLabels(strings);
  const project = projectOf(context, ref.projectId);
  const input = economicsInput(project, labels);
  const drawing: EconomicsDrawing = { kind: 'economics', layouts: bothWidths((width) => layoutEconomicsChart(input, { width })) };
  return chartModelOf(
    ref,
    {
      // Named for what it draws: a project with only an investment reported has no 预计年收益 to promise.
      title: fill(input.yearly ? (input.investment ? strings.charts.economicsTitle : strings.charts.economicsTitleYearly) : strings.charts.economicsTitleInvestment, { name: project.name }),
      takeaway: economicsTakeaway(project, labels),
      drawing,
      table: economicsTable(project, labels),
      csv: economicsCsv(project, labels),
      sources: ECONOMICS_KINDS.flatMap((kind) => (project.figures[kind] ?? []).map((report) => report.source)),
    },
    routes.project(project.id),
  );
}

/** A chart for every project with figures. */
export function economicsRefs(context: Pick<ChartContext, 'dataset'>): Array<{ kind: 'economics'; projectId: string }> {
  return context.dataset.projects.filter(hasEconomics).map((project) => ({ kind: 'economics', projectId: project.id }));
}
