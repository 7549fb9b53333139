// What project pages and lists show, computed once here so components only render.

import { amountUnitFor, formatMeasure, formatQuantity, measureMagnitudeFor, type AmountUnit, type Unit } from './format.ts';
import { eventKeys, projectHistory, type ProjectEvent } from './changes.ts';
import { collectCitations, type CitationList } from './citations.ts';
import { assessMilestone, type MilestoneAssessment } from './milestoneStatus.ts';
import { startRate, type StartRate } from './derived.ts';
import { statementsByScope, type Statement } from './revisions.ts';
import {
  figureKinds,
  figuresSchema,
  lifecycleStages,
  type FigureKind,
  type FigureReport,
  type IndicatorReport,
  type Indicators,
  type Dataset,
  type LifecycleStage,
  type Measure,
  type Project,
  type StatusReport,
} from './schema.ts';
import { latestForScope, latestReport, newestFirst, scopesOf } from './reports.ts';

const collator = new Intl.Collator('zh-Hans-CN');

/** The latest stage its sources report; undefined for a project whose sources have not said yet. */
export function currentStatus(project: Project): StatusReport | undefined {
  return latestReport(project.status);
}

/** Position of a stage in the lifecycle, 0-based. */
export function stageIndex(stage: LifecycleStage): number {
  return lifecycleStages.indexOf(stage);
}

/** The figure a reader should see first: the latest whole-project report, else the latest of any scope. */
export function headlineFigure(project: Project, kind: FigureKind): FigureReport | undefined {
  const reports = project.figures[kind];
  return latestForScope(reports) ?? latestReport(reports);
}

export interface FigureHistory {
  kind: FigureKind;
  /** One entry per scope, whole project first; reports newest first, so the latest leads. */
  scopes: { scope: string; reports: FigureReport[] }[];
}

export function figureHistories(project: Project): FigureHistory[] {
  return figureKinds
    .filter((kind) => project.figures[kind]?.length)
    .map((kind) => {
      const reports = project.figures[kind] ?? [];
      return {
        kind,
        scopes: scopesOf(reports).map((scope) => ({ scope, reports: newestFirst(reports.filter((report) => report.scope === scope)) })),
      };
    });
}

export function hasFigures(project: Project): boolean {
  return figureKinds.some((kind) => project.figures[kind]?.length);
}

/** Largest planned investment first; projects without one follow, by name in pinyin order. */
export function sortProjectsForTable(projects: readonly Project[]): Project[] {
  return [...projects].sort((a, b) => {
    const ia = headlineFigure(a, 'investment')?.value;
    const ib = headlineFigure(b, 'investment')?.value;
    if (ia !== undefined && ib !== undefined && ia !== ib) return ib - ia;
    if (ia !== undefined && ib === undefined) return -1;
    if (ia === undefined && ib !== undefined) return 1;
    return collator.compare(a.name, b.name);
  });
}

const UNITS: Record<FigureKind, Unit> = Object.fromEntries(
  figureKinds.map((kind) => [kind, figuresSchema.shape[kind].meta()?.unit as Unit]),
) as Record<FigureKind, Unit>;

/** The unit a figure is recorded in, as the schema declares it. */
export function figureUnit(kind: FigureKind): Unit {
  return UNITS[kind];
}

/**
 * A figure as readers read it: "5.2亿元", "约10公顷". Pass the unit of the amounts shown with it (amountUnitOf), so
 * one table, card, chart or list writes all its amounts in one unit.
 */
export function formatFigure(kind: FigureKind, report: FigureReport, amountUnit?: AmountUnit): string {
  return formatQuantity(report, figureUnit(kind), amountUnit);
}

/** A measure's report in the magnitude of its whole history (1000张 and 1500张; 25万辆/年 and 50万辆/年). */
export function formatMeasureReport(measure: Measure, report: FigureReport): string {
  return formatMeasure(report, measure.unit, measureMagnitudeFor(measure.reports.flatMap((each) => [each.value, ...(each.valueMax === undefined ? [] : [each.valueMax])]), measure.unit));
}

/**
 * The one unit (亿元, 万元 or 元) for the amounts of these projects, chosen from every report of every amount they
 * have, so a figure reads the same in each of a project's views (its card, table, chart and record) and an earlier
 * report keeps the unit of the later ones.
 */
export function amountUnitOf(projects: readonly Project[]): AmountUnit {
  return amountUnitFor(
    projects.flatMap((project) =>
      figureKinds
        .filter((kind) => figureUnit(kind) === 'yuan')
        .flatMap((kind) => (project.figures[kind] ?? []).flatMap((report) => [report.value, ...(report.valueMax === undefined ? [] : [report.valueMax])])),
    ),
  );
}

/**
 * The date of the latest report in the dataset: what the site's pages are "as of" (截至). The build date is not:
 * nobody checked the facts then.
 */
export function latestReportDate(dataset: Pick<Dataset, 'projects' | 'indicators' | 'events'>): string | undefined {
  const dates = [
    ...dataset.projects.flatMap((project) => [
      ...project.status.map((report) => report.asOf),
      ...figureKinds.flatMap((kind) => (project.figures[kind] ?? []).map((report) => report.asOf)),
      ...project.measures.flatMap((measure) => measure.reports.map((report) => report.asOf)),
      ...project.milestones.flatMap((milestone) => milestone.reports.map((report) => report.asOf)),
    ]),
    ...Object.values(dataset.indicators).flatMap((reports) => reports.map((report) => report.asOf)),
    ...dataset.events.map((event) => event.asOf),
  ];
  return dates.length ? dates.reduce((latest, date) => (date > latest ? date : latest)) : undefined;
}

/**
 * The condition every report shares (全部投产后), '' when none has one, undefined when they differ: a table says a
 * shared condition once, in its heading, and otherwise beside each figure that has one.
 */
export function sharedCondition(reports: readonly FigureReport[]): string | undefined {
  const conditions = new Set(reports.map((report) => report.condition ?? ''));
  return conditions.size <= 1 ? ([...conditions][0] ?? '') : undefined;
}

export interface ZoneIndicatorsView {
  planned: IndicatorReport | undefined;
  provincial: IndicatorReport | undefined;
  started: IndicatorReport | undefined;
  /** The latest rate a source stated for the planned count's year, whatever counts it was reported with. */
  statedRate: IndicatorReport | undefined;
  /** Computed from counts reported on one date (derived.startRate). */
  rate: StartRate | undefined;
}

/** The latest report of each zone indicator, and the start rate both as stated and as computed. */
export function zoneIndicatorsView(indicators: Indicators): ZoneIndicatorsView {
  const planned = latestReport(indicators.plannedKeyProjects);
  return {
    planned,
    provincial: latestReport(indicators.provincialKeyProjects),
    started: latestReport(indicators.startedKeyProjects),
    statedRate: planned ? latestReport(indicators.startRate.filter((report) => report.period === planned.period)) : undefined,
    rate: startRate(indicators),
  };
}

/** A report on a project page: its date and its numbered citation. */
export interface CitedReport {
  report: FigureReport;
  citation: number;
}

/**
 * One value a figure or measure was given, in a project's table: the report that gave it, the later reports that
 * repeated it (再次报道), and whether a later value replaced it. Values come formatted, so one table renders figures
 * and measures alike.
 */
export interface StatementRow {
  /** What is measured, as readers read it: 预计年销售收入, 床位. */
  label: string;
  /** The value with its unit and qualifier: 超1亿元, 1600万千瓦. */
  value: string;
  scope: string;
  condition: string | undefined;
  /** The first report of the value and the ones that repeated it, oldest first. */
  reports: CitedReport[];
  /** The current value of a scope that was given other values before. */
  latest: boolean;
  /** A value a later report replaced. */
  earlier: boolean;
}

function statementRows(label: string, scopes: { scope: string; statements: Statement[] }[], format: (report: FigureReport) => string, numberOf: (report: FigureReport) => number): StatementRow[] {
  return scopes.flatMap(({ scope, statements }) =>
    // Newest value first, so the current one leads and the ones it replaced follow.
    [...statements].reverse().map((statement, index) => ({
      label,
      value: format(statement.report),
      scope,
      condition: statement.report.condition,
      reports: [statement.report, ...statement.confirmations].map((report) => ({ report, citation: numberOf(report) })),
      latest: index === 0 && statements.length > 1,
      earlier: index > 0,
    })),
  );
}

export interface MilestoneRow {
  milestone: Project['milestones'][number];
  assessment: MilestoneAssessment;
  entries: { report: Project['milestones'][number]['reports'][number]; citation: number }[];
}

export interface HistoryRow {
  event: ProjectEvent;
  /** Events computed from dates (a promise falling overdue) cite no report. */
  citation: number | undefined;
  /** Anchor of the entry on the page, linked from the updates feed. */
  key: string;
}

export interface ProjectPageView {
  /** Undefined while the project's sources have not reported a stage. */
  status: StatusReport | undefined;
  statusCitation: number | undefined;
  figureRows: StatementRow[];
  /** The project's other measures (床位, 装机容量), one row per value as figures are. */
  measureRows: StatementRow[];
  milestoneRows: MilestoneRow[];
  /** The project's record, newest first. */
  history: HistoryRow[];
  citations: CitationList['citations'];
}

/**
 * Everything a project page lists on `today`, with one numbered citation per distinct quote. Amounts are written in
 * `amountUnit` (amountUnitOf the project), as the page's other views write them.
 */
export function projectPageView(project: Project, today: string, labels: { figure: Record<FigureKind, string> }, amountUnit: AmountUnit = amountUnitOf([project])): ProjectPageView {
  const status = currentStatus(project);
  const histories = figureHistories(project);
  const cited = collectCitations([
    ...(status ? [status] : []),
    ...project.status,
    ...histories.flatMap((history) => history.scopes.flatMap((scope) => scope.reports)),
    ...project.measures.flatMap((measure) => measure.reports),
    ...project.milestones.flatMap((milestone) => milestone.reports),
  ]);
  const numberOf = (report: FigureReport) => cited.numberOf(report.source);
  const figureRows = histories.flatMap(({ kind }) => statementRows(labels.figure[kind], statementsByScope(project.figures[kind] ?? []), (report) => formatFigure(kind, report, amountUnit), numberOf));
  const measureRows = project.measures.flatMap((measure) => statementRows(measure.label, statementsByScope(measure.reports), (report) => formatMeasureReport(measure, report), numberOf));
  const milestoneRows = project.milestones.map((milestone) => ({
    milestone,
    assessment: assessMilestone(milestone, today),
    entries: milestone.reports.map((report) => ({ report, citation: cited.numberOf(report.source) })),
  }));
  const events = projectHistory(project, today);
  const keys = eventKeys(events);
  // Newest first; events of one day keep their order (figures, measures, stage, milestones).
  const history = events
    .map((event, index) => ({ event, key: keys[index]!, citation: 'source' in event ? cited.numberOf(event.source) : undefined }))
    .sort((a, b) => (a.event.date === b.event.date ? 0 : a.event.date < b.event.date ? 1 : -1));
  return { status, statusCitation: status ? cited.numberOf(status.source) : undefined, figureRows, measureRows, milestoneRows, history, citations: cited.citations };
}
