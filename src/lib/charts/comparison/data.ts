// What the comparison shows, says and tabulates: the projects with figures, largest planned investment first, in
// one unit, and those without.
import { formatFigure, amountUnitOf, headlineFigure, sharedCondition } from '../../projectView.ts';
import type { Project } from '../../schema.ts';
import { fill } from '../../template.ts';
import { formatIsoDate } from '../../isoDate.ts';
import type { ChartLabels, ChartTable } from '../chartData.ts';
import { economicsFigure, economicsReports, figureText, hasEconomics, scopeSuffix, yearlyBars, yearlyHeading, yearlyReports } from '../economics/data.ts';
import { ECONOMICS_KINDS, type EconomicsKind } from '../economics/layout.ts';
import type { ComparisonInput, ComparisonProject } from './layout.ts';

/** Projects with figures, largest planned investment first, and those with none. */
export function comparisonData(projects: readonly Project[]): { drawn: Project[]; withoutFigures: Project[] } {
  const drawn = projects.filter(hasEconomics);
  const withoutFigures = projects.filter((project) => !hasEconomics(project));
  drawn.sort((a, b) => (headlineFigure(b, 'investment')?.value ?? 0) - (headlineFigure(a, 'investment')?.value ?? 0));
  return { drawn, withoutFigures };
}

export function comparisonInput(projects: readonly Project[], labels: ChartLabels): ComparisonInput {
  const unit = amountUnitOf(projects);
  const condition = sharedCondition(yearlyReports(projects));
  return {
    unit,
    investmentHeading: labels.figure.investment,
    yearlyHeading: yearlyHeading(condition, labels),
    projects: projects.map((project): ComparisonProject => {
      const investment = headlineFigure(project, 'investment');
      const atLeast = investment?.qualifier === 'over' || investment?.qualifier === 'at-least';
      return { id: project.id, name: project.name, investment: investment ? { value: investment.value, text: figureText('investment', investment, unit), atLeast } : undefined, yearly: yearlyBars(project, unit, labels, condition === undefined) };
    }),
  };
}

export function comparisonTakeaway(projects: readonly Project[], labels: ChartLabels): string {
  const { drawn, withoutFigures } = comparisonData(projects);
  const unit = amountUnitOf(drawn);
  const largest = drawn.find((project) => headlineFigure(project, 'investment'));
  const parts = [];
  if (largest) parts.push(fill(labels.charts.comparisonTakeaway, { n: drawn.length, name: largest.name, value: figureText('investment', headlineFigure(largest, 'investment')!, unit) }));
  if (withoutFigures.length) parts.push(fill(labels.charts.comparisonMissing, { n: withoutFigures.length }));
  // A project whose later reports gave only some of its yearly figures is drawn with the ones of one date: said.
  const dated = drawn.flatMap((project) => {
    const { later, yearlyAsOf } = economicsReports(project);
    return later.length && yearlyAsOf ? [fill(labels.charts.comparisonDatedProject, { name: project.name, date: formatIsoDate(yearlyAsOf) })] : [];
  });
  if (dated.length) parts.push(fill(labels.charts.comparisonDated, { projects: dated.join('、') }));
  return parts.join('');
}

/** Column headings of the comparison table: a condition every figure of a column shares is said once, there. */
function comparisonColumns(projects: readonly Project[], labels: ChartLabels, suffix = ''): string[] {
  return ECONOMICS_KINDS.map((kind) => {
    const condition = sharedCondition(projects.flatMap((project) => (economicsFigure(project, kind) ? [economicsFigure(project, kind)!] : [])));
    return `${labels.figure[kind]}${condition ? `（${condition}）` : ''}${suffix}`;
  });
}

export function comparisonTable(projects: readonly Project[], labels: ChartLabels): ChartTable {
  const { drawn, withoutFigures } = comparisonData(projects);
  const unit = amountUnitOf(drawn);
  const cell = (project: Project, kind: EconomicsKind) => {
    const report = economicsFigure(project, kind);
    if (!report) return '—';
    const shared = sharedCondition(drawn.flatMap((other) => (economicsFigure(other, kind) ? [economicsFigure(other, kind)!] : [])));
    return `${figureText(kind, report, unit)}${shared === undefined && report.condition ? `（${report.condition}）` : ''}`;
  };
  return {
    columns: [labels.charts.column.project, ...comparisonColumns(drawn, labels)],
    rows: [...drawn.map((project) => [project.name, ...ECONOMICS_KINDS.map((kind) => cell(project, kind))]), ...withoutFigures.map((project) => [project.name, ...ECONOMICS_KINDS.map(() => '—')])],
  };
}

/** The comparison for download: amounts in yuan, qualifier and scope in words beside them. */
export function comparisonCsv(projects: readonly Project[], labels: ChartLabels): ChartTable {
  const { drawn, withoutFigures } = comparisonData(projects);
  const unit = amountUnitOf(drawn);
  return {
    columns: [labels.charts.column.project, ...comparisonColumns(drawn, labels, labels.charts.column.inBaseUnit), ...ECONOMICS_KINDS.map((kind) => `${labels.figure[kind]}${labels.charts.column.asReported}`)],
    rows: [...drawn, ...withoutFigures].map((project) => [
      project.name,
      ...ECONOMICS_KINDS.map((kind) => economicsFigure(project, kind)?.value ?? ''),
      ...ECONOMICS_KINDS.map((kind) => {
        const report = economicsFigure(project, kind);
        return report ? `${formatFigure(kind, report, unit)}${scopeSuffix(report)}${report.condition ? `（${report.condition}）` : ''}` : '';
      }),
    ]),
  };
}
