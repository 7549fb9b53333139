// What each chart shows, says and tabulates, from the dataset: its data, a one-sentence takeaway computed from
// that data (never typed in), the table that carries the same numbers for screen readers and readers without the
// picture, and the CSV download, the one place amounts are written in base units (yuan). Every amount of a chart
// and its table shares one unit (0.34亿元 beside 5.24亿元), chosen from the figures of the projects it shows.

import { sameDateReports, statedDecimals, type StartRate } from '../derived.ts';
import { formatCount, formatPercent, formatScope, type AmountUnit } from '../format.ts';
import { assessMilestone, formatDelay, milestoneStatuses, type MilestoneAssessment } from '../milestoneStatus.ts';
import { formatFuzzyDate } from '../fuzzyDate.ts';
import { formatIsoDate } from '../isoDate.ts';
import { amountUnitOf, formatFigure, headlineFigure, sharedCondition } from '../projectView.ts';
import { latestReport } from '../reports.ts';
import type { FigureReport, MilestoneReport, Project } from '../schema.ts';
import { fill } from '../template.ts';
import type { ComparisonInput, ComparisonProject } from './comparisonChart.ts';
import { ECONOMICS_KINDS, YEARLY_KINDS, type EconomicsInput, type EconomicsKind, type YearlyBar, type YearlyKind } from './economicsChart.ts';
import type { PartOfWhole } from './zoneProgressChart.ts';
import type { TimelineInput } from './timelineChart.ts';

export type Cell = string | number;

export interface ChartTable {
  columns: string[];
  rows: Cell[][];
}

export interface ChartLabels {
  figure: Record<EconomicsKind, string>;
  milestoneStatus: Record<string, string>;
  milestone: { plan: string; done: string; started: string; dateUnreported: string; asOf: string };
  charts: {
    yearly: Record<YearlyKind, string>;
    yearlyHeading: string;
    conditionLead: string;
    progressProvincial: string;
    economicsTakeaway: string;
    economicsPartial: string;
    yearlyAsOf: string;
    yearlyLater: string;
    yearlyLaterMissing: string;
    scopeNote: string;
    progressTakeaway: string;
    progressStated: string;
    comparisonTakeaway: string;
    comparisonMissing: string;
    comparisonDated: string;
    comparisonDatedProject: string;
    timelineTakeaway: string;
    lateBy: string;
    passedBy: string;
    onTime: string;
    column: {
      figure: string;
      value: string;
      valueInBaseUnit: string;
      scope: string;
      condition: string;
      asOf: string;
      project: string;
      measure: string;
      count: string;
      whole: string;
      milestone: string;
      status: string;
      firstPlan: string;
      revisedPlan: string;
      actual: string;
      comparedWithPlan: string;
      inBaseUnit: string;
      asReported: string;
    };
  };
}

const scopeSuffix = (report: FigureReport) => (report.scope === 'project' ? '' : `（${formatScope(report.scope)}）`);

/** A figure as the chart and its table write it: in the chart's unit, qualifier and scope included. */
function figureText(kind: EconomicsKind, report: FigureReport, unit: AmountUnit): string {
  return `${formatFigure(kind, report, unit)}${scopeSuffix(report)}`;
}

interface KindReport<K extends EconomicsKind = EconomicsKind> {
  kind: K;
  report: FigureReport;
}

/**
 * What the economics chart draws for a project. The investment, a one-off sum written out on its own, is its latest
 * report (headlineFigure). The yearly figures are drawn side by side as bars, so they come from one date and one
 * scope: the latest date on which every yearly figure of that scope was reported (else, when they never were, the
 * latest date with any), never a new revenue beside an old profit. Later yearly reports of that scope are `later`:
 * the takeaway names them with their date.
 */
export interface EconomicsReports {
  investment: FigureReport | undefined;
  yearly: KindReport<YearlyKind>[];
  /** The date of the yearly figures drawn. */
  yearlyAsOf: string | undefined;
  later: KindReport<YearlyKind>[];
}

export function economicsReports(project: Project): EconomicsReports {
  const investment = headlineFigure(project, 'investment');
  const withReports = YEARLY_KINDS.filter((kind) => project.figures[kind]?.length);
  // The whole project's yearly figures when it has any, else the phase the first of them is reported for.
  const scope = withReports.some((kind) => project.figures[kind]!.some((report) => report.scope === 'project')) ? 'project' : withReports.length ? headlineFigure(project, withReports[0]!)!.scope : 'project';
  const inScope = (kind: YearlyKind) => (project.figures[kind] ?? []).filter((report) => report.scope === scope);
  const kinds = withReports.filter((kind) => inScope(kind).length);
  let yearly: KindReport<YearlyKind>[] = [];
  let yearlyAsOf: string | undefined;
  const together = kinds.length ? sameDateReports(Object.fromEntries(kinds.map((kind) => [kind, inScope(kind)])) as Record<YearlyKind, FigureReport[]>, scope) : undefined;
  if (together) {
    yearlyAsOf = together.asOf;
    yearly = kinds.map((kind) => ({ kind, report: together.reports[kind] }));
  } else if (kinds.length) {
    yearlyAsOf = kinds.map((kind) => latestReport(inScope(kind))!.asOf).sort().at(-1)!;
    yearly = kinds.flatMap((kind) => {
      const report = latestReport(inScope(kind).filter((candidate) => candidate.asOf === yearlyAsOf));
      return report ? [{ kind, report }] : [];
    });
  }
  const later = kinds.flatMap((kind) => {
    const report = latestReport(inScope(kind));
    return report && yearlyAsOf !== undefined && report.asOf > yearlyAsOf ? [{ kind, report }] : [];
  });
  return { investment, yearly, yearlyAsOf, later };
}

/** The report of one economics figure the charts show for a project (see economicsReports). */
export function economicsFigure(project: Project, kind: EconomicsKind): FigureReport | undefined {
  return headlines(project).find((entry) => entry.kind === kind)?.report;
}

/** The figures the economics chart and its table show: the investment, then the yearly figures of one date. */
function headlines(project: Project): KindReport[] {
  const { investment, yearly } = economicsReports(project);
  return [...(investment ? [{ kind: 'investment' as const, report: investment }] : []), ...yearly];
}

export function hasEconomics(project: Project): boolean {
  return headlines(project).length > 0;
}

/** Whether the chart's figures were reported on different dates (or later ones left out): then it says its dates. */
function severalDates(project: Project): boolean {
  const { later } = economicsReports(project);
  return later.length > 0 || new Set(headlines(project).map(({ report }) => report.asOf)).size > 1;
}

/** The yearly bars of one project, and the heading that carries their condition when they share one. */
function yearlyBars(project: Project, unit: AmountUnit, labels: ChartLabels, withCondition: boolean): YearlyBar[] {
  return economicsReports(project).yearly.map(({ kind, report }) => ({
    kind,
    value: report.value,
    label: `${labels.charts.yearly[kind]}${scopeSuffix(report)}${withCondition && report.condition ? `（${report.condition}）` : ''}`,
    text: formatFigure(kind, report, unit),
    // 超1亿元 is at least 1亿: the bar's end is a floor, drawn open.
    atLeast: report.qualifier === 'over' || report.qualifier === 'at-least',
    ...(withCondition && report.condition ? { condition: report.condition } : {}),
  }));
}

function yearlyReports(projects: readonly Project[]): FigureReport[] {
  return projects.flatMap((project) => economicsReports(project).yearly.map(({ report }) => report));
}

function yearlyHeading(condition: string | undefined, labels: ChartLabels): string {
  return fill(labels.charts.yearlyHeading, { condition: condition ? fill(labels.charts.conditionLead, { condition }) : '' });
}

/** What the economics chart draws for a project: the investment as a figure, the yearly figures as bars. */
export function economicsInput(project: Project, labels: ChartLabels): EconomicsInput {
  const unit = amountUnitOf([project]);
  const investment = headlineFigure(project, 'investment');
  const condition = sharedCondition(yearlyReports([project]));
  const bars = yearlyBars(project, unit, labels, condition === undefined);
  return {
    investment: investment ? { label: labels.figure.investment, text: figureText('investment', investment, unit) } : undefined,
    yearly: bars.length ? { heading: yearlyHeading(condition, labels), bars, unit } : undefined,
  };
}

export function economicsTakeaway(project: Project, labels: ChartLabels): string {
  const input = economicsInput(project, labels);
  const { yearlyAsOf, later, yearly: drawn } = economicsReports(project);
  const dated = severalDates(project);
  // A condition that differs between figures follows each figure, as a source writes it: 利润1.7亿元（全部投产后）.
  const yearly = input.yearly
    ? `${dated && yearlyAsOf ? fill(labels.charts.yearlyAsOf, { date: formatIsoDate(yearlyAsOf) }) : ''}${input.yearly.heading}${input.yearly.bars.map((bar) => `${bar.condition ? bar.label.slice(0, -bar.condition.length - 2) : bar.label}${bar.text}${bar.condition ? `（${bar.condition}）` : ''}`).join('、')}`
    : undefined;
  const parts: string[] = [];
  if (input.investment && yearly) parts.push(fill(labels.charts.economicsTakeaway, { name: project.name, investment: input.investment.text, yearly }));
  else parts.push(fill(labels.charts.economicsPartial, { name: project.name, figures: input.investment ? `${input.investment.label}${input.investment.text}` : yearly! }));
  // Later yearly reports the bars leave out, because the others were not reported with them: said, with their date.
  const unit = amountUnitOf([project]);
  for (const date of [...new Set(later.map(({ report }) => report.asOf))].sort()) {
    const reported = later.filter(({ report }) => report.asOf === date);
    const missing = drawn.filter(({ kind }) => !reported.some((each) => each.kind === kind)).map(({ kind }) => labels.charts.yearly[kind]);
    const figures = reported.map(({ kind, report }) => `${labels.figure[kind]}${formatFigure(kind, report, unit)}${report.condition ? `（${report.condition}）` : ''}`).join('、');
    parts.push(fill(labels.charts.yearlyLater, { date: formatIsoDate(date), figures, missing: missing.length ? fill(labels.charts.yearlyLaterMissing, { figures: missing.join('、') }) : '' }));
  }
  if (headlines(project).some(({ report }) => report.scope !== 'project')) parts.push(labels.charts.scopeNote);
  return parts.join('');
}

export function economicsTable(project: Project, labels: ChartLabels): ChartTable {
  const c = labels.charts.column;
  const unit = amountUnitOf([project]);
  return {
    columns: [c.figure, c.value, c.scope, c.condition, c.asOf],
    rows: headlines(project).map(({ kind, report }) => [labels.figure[kind], formatFigure(kind, report, unit), formatScope(report.scope), report.condition ?? '—', formatIsoDate(report.asOf)]),
  };
}

/** The economics table for download: every amount in yuan, dates as ISO. */
export function economicsCsv(project: Project, labels: ChartLabels): ChartTable {
  const c = labels.charts.column;
  // The amounts in the unit the page shows them in (0.34亿元 beside 5.24亿元), the yuan beside them.
  const unit = amountUnitOf([project]);
  return {
    columns: [c.figure, c.value, c.valueInBaseUnit, c.scope, c.condition, c.asOf],
    rows: headlines(project).map(({ kind, report }) => [labels.figure[kind], formatFigure(kind, report, unit), report.value, formatScope(report.scope), report.condition ?? '', report.asOf]),
  };
}

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

/** The zone's part-to-whole bars, or nothing when the counts are missing. */
export function zoneProgressData(rate: StartRate | undefined, provincial: number | undefined, labels: { started: string; provincial: string }): PartOfWhole[] {
  if (!rate) return [];
  const rows: PartOfWhole[] = [{ id: 'started', label: labels.started, part: rate.started.value, whole: rate.planned.value }];
  if (provincial !== undefined) rows.push({ id: 'provincial', label: labels.provincial, part: provincial, whole: rate.planned.value });
  return rows;
}

/** The computed start rate as the site writes it: to the decimals the source used for its own rate, else one. */
export function formatComputedRate(rate: StartRate): string {
  return formatPercent(rate.computed, rate.stated ? statedDecimals(rate.stated.value) : 1);
}

export function zoneProgressTakeaway(rate: StartRate, provincial: number | undefined, labels: ChartLabels): string {
  const stated = rate.stated ? fill(labels.charts.progressStated, { stated: formatPercent(rate.stated.value, statedDecimals(rate.stated.value)) }) : '';
  const main = fill(labels.charts.progressTakeaway, {
    year: rate.planned.period,
    planned: formatCount(rate.planned.value),
    started: formatCount(rate.started.value),
    computed: formatComputedRate(rate),
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
  const parts = milestoneStatuses
    .filter((status) => count(status) > 0)
    .map((status) => `${count(status)}个${labels.milestoneStatus[status]}`);
  return fill(labels.charts.timelineTakeaway, { n: inputs.length, parts: parts.join('；') });
}

/**
 * A start or completion as reported: "已完成：2023年6月20日", or when the report gave no date, "已完成：日期未报道
 * （截至2023年5月10日的报道）", so no reader takes the report's date for the event's.
 */
export function formatReported(type: 'done' | 'started', report: MilestoneReport, labels: Pick<ChartLabels, 'milestone'>): string {
  const when = report.date ? formatFuzzyDate(report.date) : `${labels.milestone.dateUnreported}（${fill(labels.milestone.asOf, { date: formatIsoDate(report.asOf) })}）`;
  return `${labels.milestone[type]}：${when}`;
}

/** How a milestone stands against its first plan, in words that say only what reports show. */
export function formatAgainstPlan(assessment: MilestoneAssessment, labels: ChartLabels): string {
  if (assessment.status === 'done-late' && assessment.delay) return fill(labels.charts.lateBy, { delay: formatDelay(assessment.delay) });
  if (assessment.status === 'overdue' && assessment.delay) return fill(labels.charts.passedBy, { delay: formatDelay(assessment.delay) });
  if (assessment.status === 'done-on-time') return labels.charts.onTime;
  return '—';
}

export function timelineTable(inputs: readonly TimelineInput[], labels: ChartLabels): ChartTable {
  const c = labels.charts.column;
  const grouped = inputs.some((input) => input.group !== undefined);
  return {
    columns: [...(grouped ? [c.project] : []), c.milestone, c.status, c.firstPlan, c.revisedPlan, c.actual, c.comparedWithPlan],
    rows: inputs.map(({ group, label, assessment }) => [
      ...(grouped ? [group ?? ''] : []),
      label,
      labels.milestoneStatus[assessment.status] ?? assessment.status,
      assessment.firstPlan?.date ? formatFuzzyDate(assessment.firstPlan.date) : '—',
      assessment.replanned && assessment.latestPlan?.date ? formatFuzzyDate(assessment.latestPlan.date) : '—',
      assessment.done ? formatReported('done', assessment.done, labels) : assessment.started ? formatReported('started', assessment.started, labels) : '—',
      formatAgainstPlan(assessment, labels),
    ]),
  };
}
