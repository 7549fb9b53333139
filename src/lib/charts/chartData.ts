// What each chart shows, says and tabulates, from the dataset: its data, a one-sentence takeaway computed from
// that data (never typed in), and the rows of the table that carries the same numbers for screen readers, for
// readers without the picture, and for the CSV download.

import { projectRatios, type StartRate } from '../derived.ts';
import { formatCount, formatInMagnitude, formatPercent, formatScope, formatYears, magnitudeFor, qualify } from '../format.ts';
import { assessMilestone, formatDelay, type MilestoneAssessment } from '../milestoneStatus.ts';
import { formatFuzzyDate } from '../fuzzyDate.ts';
import { formatFigure, headlineFigure } from '../projectView.ts';
import type { Project } from '../schema.ts';
import { fill } from '../template.ts';
import type { ComparisonProject } from './comparisonChart.ts';
import { ECONOMICS_KINDS, type EconomicsDatum, type EconomicsKind } from './economicsChart.ts';
import type { PartOfWhole } from './zoneProgressChart.ts';
import type { TimelineInput } from './timelineChart.ts';

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

export interface ChartLabels {
  figure: Record<EconomicsKind, string>;
  milestoneStatus: Record<string, string>;
  milestone: { plan: string; done: string; started: string };
  charts: {
    yearly: Record<'annualRevenue' | 'annualProfit' | 'annualTax', string>;
    progressProvincial: string;
    economicsTakeaway: string;
    economicsPayback: string;
    economicsPartial: string;
    scopeNote: string;
    progressTakeaway: string;
    progressStated: string;
    comparisonTakeaway: string;
    comparisonMissing: string;
    timelineTakeaway: string;
    column: { figure: string; value: string; valueInBaseUnit: string; scope: string; asOf: string; project: string; measure: string; count: string; whole: string; milestone: string; status: string; firstPlan: string; revisedPlan: string; actual: string; delay: string };
  };
}

/**
 * The figures the economics chart draws for a project: the latest report of each, noting its scope, all written in
 * one unit (5.24亿元 beside 0.34亿元, as the reports write them, not 3400万元) so they compare at a glance.
 */
export function economicsData(project: Project): EconomicsDatum[] {
  const reports = ECONOMICS_KINDS.map((kind) => [kind, headlineFigure(project, kind)] as const).filter(([, report]) => report !== undefined);
  const { magnitude, prefix } = magnitudeFor(reports.map(([, report]) => report!.value));
  const amount = (value: number) => `${formatInMagnitude(value, magnitude)}${prefix}`;
  return reports.map(([kind, report]) => {
    const scope = report!.scope === 'project' ? '' : `（${formatScope(report!.scope)}）`;
    const text = report!.valueMax === undefined ? `${amount(report!.value)}元` : `${amount(report!.value)}—${amount(report!.valueMax)}元`;
    return { kind, value: report!.value, text: `${qualify(text, report!.qualifier)}${scope}` };
  });
}

export function economicsTakeaway(project: Project, labels: ChartLabels): string {
  const data = economicsData(project);
  const text = (kind: EconomicsKind) => data.find((datum) => datum.kind === kind)?.text;
  const yearly = (['annualRevenue', 'annualProfit', 'annualTax'] as const)
    .filter((kind) => text(kind))
    .map((kind) => `${labels.charts.yearly[kind]}${text(kind)}`)
    .join('、');
  const investment = text('investment');
  const parts: string[] = [];
  if (investment && yearly) parts.push(fill(labels.charts.economicsTakeaway, { name: project.name, investment, yearly }));
  else parts.push(fill(labels.charts.economicsPartial, { name: project.name, figures: data.map((datum) => `${labels.figure[datum.kind]}${datum.text}`).join('、') }));
  // Ratios only from whole-project figures, so a phase-1 budget is never set against whole-project profit.
  const { paybackYears } = projectRatios(project);
  if (paybackYears !== undefined) parts.push(fill(labels.charts.economicsPayback, { years: formatYears(paybackYears) }));
  if (data.some((datum) => datum.text.includes('（'))) parts.push(labels.charts.scopeNote);
  return parts.join('');
}

export function economicsTable(project: Project, labels: ChartLabels): ChartTable {
  const c = labels.charts.column;
  return {
    columns: [c.figure, c.value, c.valueInBaseUnit, c.scope, c.asOf],
    rows: economicsData(project).map((datum) => {
      const report = headlineFigure(project, datum.kind)!;
      return [labels.figure[datum.kind], datum.text, report.value, formatScope(report.scope), report.asOf];
    }),
  };
}

/** Projects for the comparison, largest planned investment first, and the names of those with no figures. */
export function comparisonData(projects: readonly Project[]): { drawn: ComparisonProject[]; withoutFigures: Project[] } {
  const drawn: ComparisonProject[] = [];
  const withoutFigures: Project[] = [];
  for (const project of projects) {
    const data = economicsData(project);
    if (!data.length) withoutFigures.push(project);
    else drawn.push({ id: project.id, name: project.name, values: Object.fromEntries(data.map((datum) => [datum.kind, { value: datum.value, text: datum.text }])) });
  }
  drawn.sort((a, b) => (b.values.investment?.value ?? 0) - (a.values.investment?.value ?? 0));
  return { drawn, withoutFigures };
}

export function comparisonTakeaway(projects: readonly Project[], labels: ChartLabels): string {
  const { drawn, withoutFigures } = comparisonData(projects);
  const largest = drawn.find((project) => project.values.investment);
  const parts = [];
  if (largest) parts.push(fill(labels.charts.comparisonTakeaway, { n: drawn.length, name: largest.name, value: largest.values.investment!.text }));
  if (withoutFigures.length) parts.push(fill(labels.charts.comparisonMissing, { n: withoutFigures.length }));
  return parts.join('');
}

export function comparisonTable(projects: readonly Project[], labels: ChartLabels): ChartTable {
  const { drawn, withoutFigures } = comparisonData(projects);
  return {
    columns: [labels.charts.column.project, ...ECONOMICS_KINDS.map((kind) => labels.figure[kind])],
    rows: [...drawn.map((project) => [project.name, ...ECONOMICS_KINDS.map((kind) => project.values[kind]?.text ?? '—')]), ...withoutFigures.map((project) => [project.name, ...ECONOMICS_KINDS.map(() => '—')])],
  };
}

/** The zone's part-to-whole bars, or nothing when the counts are missing. */
export function zoneProgressData(rate: StartRate | undefined, provincial: number | undefined, labels: { started: string; provincial: string }): PartOfWhole[] {
  if (!rate) return [];
  const rows: PartOfWhole[] = [{ id: 'started', label: labels.started, part: rate.started.value, whole: rate.planned.value }];
  if (provincial !== undefined) rows.push({ id: 'provincial', label: labels.provincial, part: provincial, whole: rate.planned.value });
  return rows;
}

export function zoneProgressTakeaway(rate: StartRate, provincial: number | undefined, labels: ChartLabels): string {
  const stated = rate.stated ? fill(labels.charts.progressStated, { stated: formatPercent(rate.stated.value) }) : '';
  const main = fill(labels.charts.progressTakeaway, {
    year: rate.planned.period,
    planned: formatCount(rate.planned.value),
    started: formatCount(rate.started.value),
    computed: formatPercent(rate.computed),
    stated,
  });
  return provincial === undefined ? main : `${main}${fill(labels.charts.progressProvincial, { provincial: formatCount(provincial) })}`;
}

export function zoneProgressTable(rows: readonly PartOfWhole[], labels: ChartLabels): ChartTable {
  const c = labels.charts.column;
  return { columns: [c.measure, c.count, c.whole], rows: rows.map((row) => [row.label, row.part, row.whole]) };
}

/** Timeline rows for a set of projects: every milestone with its assessment on `today`. */
export function timelineData(projects: readonly Project[], today: string, grouped: boolean): TimelineInput[] {
  return projects.flatMap((project) =>
    project.milestones.map((milestone) => ({
      id: `${project.id}-${milestone.id}`,
      label: milestone.scope === 'project' ? milestone.label : `${milestone.label}（${formatScope(milestone.scope)}）`,
      group: grouped ? project.name : undefined,
      assessment: assessMilestone(milestone, today),
    })),
  );
}

export function timelineTakeaway(inputs: readonly TimelineInput[], labels: ChartLabels): string {
  const count = (status: string) => inputs.filter((input) => input.assessment.status === status).length;
  const parts = (['overdue', 'started', 'upcoming', 'done-late', 'done-on-time', 'done'] as const)
    .filter((status) => count(status) > 0)
    .map((status) => `${count(status)}个${labels.milestoneStatus[status]}`);
  return fill(labels.charts.timelineTakeaway, { n: inputs.length, parts: parts.join('，') });
}

function describeDate(assessment: MilestoneAssessment, report: MilestoneAssessment['done']): string {
  if (!report) return '—';
  return report.date ? formatFuzzyDate(report.date) : `${report.asOf}前`;
}

export function timelineTable(inputs: readonly TimelineInput[], labels: ChartLabels): ChartTable {
  const c = labels.charts.column;
  const grouped = inputs.some((input) => input.group !== undefined);
  return {
    columns: [...(grouped ? [c.project] : []), c.milestone, c.status, c.firstPlan, c.revisedPlan, c.actual, c.delay],
    rows: inputs.map(({ group, label, assessment }) => [
      ...(grouped ? [group ?? ''] : []),
      label,
      labels.milestoneStatus[assessment.status] ?? assessment.status,
      assessment.firstPlan?.date ? formatFuzzyDate(assessment.firstPlan.date) : '—',
      assessment.replanned && assessment.latestPlan?.date ? formatFuzzyDate(assessment.latestPlan.date) : '—',
      assessment.done ? `${labels.milestone.done} ${describeDate(assessment, assessment.done)}` : assessment.started ? `${labels.milestone.started} ${describeDate(assessment, assessment.started)}` : '—',
      assessment.delay ? formatDelay(assessment.delay) : '—',
    ]),
  };
}
