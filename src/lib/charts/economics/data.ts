// What the economics chart shows, says and tabulates for a project: its data, a one-sentence takeaway computed from
// that data (never typed in), its table and its CSV, the one place amounts are written in base units (yuan). Every
// amount of a chart and its table shares one unit (0.34亿元 beside 5.24亿元), chosen from the figures it shows.
import { sameDateReports } from '../../derived.ts';
import { formatScope, type AmountUnit } from '../../format.ts';
import { formatIsoDate } from '../../isoDate.ts';
import { amountUnitOf, formatFigure, headlineFigure, sharedCondition } from '../../projectView.ts';
import { latestReport } from '../../reports.ts';
import type { FigureReport, Project } from '../../schema.ts';
import { fill } from '../../template.ts';
import type { ChartLabels, ChartTable } from '../chartData.ts';
import { YEARLY_KINDS, type EconomicsInput, type EconomicsKind, type YearlyBar, type YearlyKind } from './layout.ts';

export const scopeSuffix = (report: FigureReport) => (report.scope === 'project' ? '' : `（${formatScope(report.scope)}）`);

/** A figure as the chart and its table write it: in the chart's unit, qualifier and scope included. */
export function figureText(kind: EconomicsKind, report: FigureReport, unit: AmountUnit): string {
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
export function yearlyBars(project: Project, unit: AmountUnit, labels: ChartLabels, withCondition: boolean): YearlyBar[] {
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

export function yearlyReports(projects: readonly Project[]): FigureReport[] {
  return projects.flatMap((project) => economicsReports(project).yearly.map(({ report }) => report));
}

export function yearlyHeading(condition: string | undefined, labels: ChartLabels): string {
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
