// The /tracker/ page: every milestone of every project with its assessment, grouped by status, overdue first; and
// beside them every figure and measure a later report gave again, changed or confirmed.
import { dateWindow } from './fuzzyDate.ts';
import { assessMilestone, milestoneStatuses, tallyStatuses, type MilestoneAssessment, type MilestoneStatus } from './milestoneStatus.ts';
import { amountUnitOf, formatFigure, formatMeasureReport } from './projectView.ts';
import { statementsByScope, type Statement } from './revisions.ts';
import { figureKinds, type Dataset, type FigureKind, type FigureReport, type Milestone, type Project } from './schema.ts';

export interface TrackedMilestone {
  project: Project;
  milestone: Milestone;
  assessment: MilestoneAssessment;
}

export interface TrackerGroup {
  status: MilestoneStatus;
  entries: TrackedMilestone[];
}

function dueOf(entry: TrackedMilestone): string {
  const plan = entry.assessment.firstPlan?.date;
  return plan ? dateWindow(plan).end : '9999-12-31';
}

/** Every milestone, grouped in status order; within a group the longest overdue, or the soonest due, first. */
export function trackerGroups(dataset: Dataset, today: string): TrackerGroup[] {
  const all = dataset.projects.flatMap((project) => project.milestones.map((milestone) => ({ project, milestone, assessment: assessMilestone(milestone, today) })));
  return milestoneStatuses.map((status) => ({
    status,
    entries: all
      .filter((entry) => entry.assessment.status === status)
      .sort((a, b) => (b.assessment.delay?.max ?? 0) - (a.assessment.delay?.max ?? 0) || dueOf(a).localeCompare(dueOf(b)) || a.project.name.localeCompare(b.project.name, 'zh-Hans-CN')),
  }));
}

export function trackerTallies(groups: readonly TrackerGroup[]): Record<MilestoneStatus, number> {
  return tallyStatuses(groups.flatMap((group) => group.entries.map((entry) => entry.assessment)));
}

/** How a figure's current value stands against the value before it, or 'same' when it was only repeated. */
export type Revision = 'up' | 'down' | 'reworded' | 'same';

export interface TrackedStatement {
  /** The value as readers read it, condition included: 5.24亿元（全部投产后）. */
  value: string;
  /** The report that gave it, then those that repeated it, oldest first. */
  reports: FigureReport[];
}

export interface TrackedFigure {
  project: Project;
  /** A figure (计划投资) or a measure (床位), scope aside. */
  label: string;
  /** A measure grows or shrinks; a figure (a plan or forecast) is raised or lowered. */
  measure: boolean;
  scope: string;
  /** Each value it was given, oldest first. */
  statements: TrackedStatement[];
  revision: Revision;
  /** The date of its latest report. */
  latest: string;
}

function tracked(project: Project, label: string, measure: boolean, history: readonly FigureReport[], format: (report: FigureReport) => string): TrackedFigure[] {
  return statementsByScope(history)
    .filter(({ statements }) => statements.length > 1 || statements[0]!.confirmations.length > 0)
    .map(({ scope, statements }) => {
      const last: Statement = statements.at(-1)!;
      const reports = [last.report, ...last.confirmations];
      return {
        project,
        label,
        measure,
        scope,
        statements: statements.map((statement) => ({
          value: `${format(statement.report)}${statement.report.condition ? `（${statement.report.condition}）` : ''}`,
          reports: [statement.report, ...statement.confirmations],
        })),
        // Changed: how the current value stands against the one it replaced (later repeats of it confirm the change);
        // else only confirmed.
        revision: last.change === 'first' ? 'same' : last.change,
        latest: reports.at(-1)!.asOf,
      };
    });
}

/**
 * Every figure and measure reported more than once for a scope, as the tracker lists them: those whose latest report
 * gave another value first, newest first; then those a later report repeated (confirmations), newest first.
 */
export function trackedFigures(dataset: Dataset, labels: { figure: Record<FigureKind, string> }): TrackedFigure[] {
  const rows = dataset.projects.flatMap((project) => {
    const unit = amountUnitOf([project]);
    return [
      ...figureKinds.flatMap((kind) => tracked(project, labels.figure[kind], false, project.figures[kind] ?? [], (report) => formatFigure(kind, report, unit))),
      ...project.measures.flatMap((measure) => tracked(project, measure.label, true, measure.reports, (report) => formatMeasureReport(measure, report))),
    ];
  });
  const changed = (row: TrackedFigure) => (row.revision === 'same' ? 1 : 0);
  return rows.sort((a, b) => changed(a) - changed(b) || (a.latest === b.latest ? 0 : a.latest < b.latest ? 1 : -1));
}
