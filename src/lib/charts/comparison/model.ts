// The comparison of the zone's largest projects, on the projects page.
import { sortProjectsForTable } from '../../projectView.ts';
import { routes } from '../../paths.ts';
import { comparisonCsv, comparisonData, comparisonInput, comparisonTable, comparisonTakeaway } from './data.ts';
import { ECONOMICS_KINDS } from '../economics/layout.ts';
import { bothWidths, chartLabels, chartModelOf, type ChartContext, type Layouts } from '../model.ts';
import { layoutComparisonChart, type ComparisonLayout } from './layout.ts';

/** The comparison draws the largest projects; its table lists them all. */
export const COMPARISON_PROJECTS = 20;

export interface ComparisonDrawing {
  kind: 'comparison';
  layouts: Layouts<ComparisonLayout>;
}

export function comparisonModel(ref: { kind: 'comparison' }, context: ChartContext) {
  const { dataset, strings } = context;
  const labels = chartLabels(strings);
  const { drawn, withoutFigures } = comparisonData(sortProjectsForTable(dataset.projects));
  const input = comparisonInput(drawn.slice(0, COMPARISON_PROJECTS), labels);
  const drawing: ComparisonDrawing = { kind: 'comparison', layouts: bothWidths((width) => layoutComparisonChart(input, { width }), true) };
  return chartModelOf(
    ref,
    {
      title: strings.charts.comparisonTitle,
      takeaway: comparisonTakeaway(dataset.projects, labels),
      drawing,
      table: comparisonTable(dataset.projects, labels),
      csv: comparisonCsv(dataset.projects, labels),
      sources: drawn.flatMap((project) => ECONOMICS_KINDS.flatMap((kind) => (project.figures[kind] ?? []).map((report) => report.source))),
      withoutFigures: withoutFigures.map((project) => project.name),
    },
    routes.projects(),
  );
}

/** The zone always has its comparison, if only to list projects without figures. */
export function comparisonRefs(): Array<{ kind: 'comparison' }> {
  return [{ kind: 'comparison' }];
}
