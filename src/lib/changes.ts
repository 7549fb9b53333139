// A project's record as events in time: each report compared with the one before it for the same figure and scope,
// each plan with the plan it replaced, each stage with the last. Project pages list these as "what changed"; the
// updates feed carries the newsworthy ones. Nothing is merged away: every report is an event.

import { dateWindow } from './fuzzyDate.ts';
import { addDays } from './isoDate.ts';
import { assessMilestone, type Delay } from './milestoneStatus.ts';
import { figureKinds, type FigureKind, type FigureReport, type Measure, type Milestone, type MilestoneReport, type Project, type Source, type StatusReport } from './schema.ts';

/**
 * How a report compares with the one before it for the same figure and scope. A bound (超1亿元, 不到1亿元) or an
 * approximate figure (约5亿元) is compared as what it says: "up" or "down" only when every value it allows is above
 * or below every value the earlier report allowed, and both state the same condition (全部投产后); otherwise the two
 * are set side by side ("reworded").
 */
export type FigureChange = 'first' | 'new-scope' | 'same' | 'up' | 'down' | 'reworded';

/** What a figure's report and a measure's report carry alike: the report, the one before it, how it changed. */
interface ReportEvent {
  date: string;
  projectId: string;
  report: FigureReport;
  previous: FigureReport | undefined;
  change: FigureChange;
  /** Only between two exact figures: never a percentage of a bound or of an approximate figure. */
  percent: number | undefined;
  /** Reported after the project's first reports: a later article added it. */
  followsEarlier: boolean;
  source: Source;
}

export type ProjectEvent =
  | ({ type: 'figure'; kind: FigureKind } & ReportEvent)
  /** A report of one of the project's other measures (床位, 装机容量), compared as figures are. */
  | ({ type: 'measure'; measure: Measure } & ReportEvent)
  | { type: 'stage'; date: string; projectId: string; report: StatusReport; previous: StatusReport | undefined; followsEarlier: boolean; source: Source }
  | { type: 'milestone'; date: string; projectId: string; milestone: Milestone; report: MilestoneReport; previousPlan: MilestoneReport | undefined; source: Source }
  /** Not a report: the site's reading of the calendar, the day after a promised window closed with no completion reported. */
  | { type: 'overdue'; date: string; projectId: string; milestone: Milestone; plan: MilestoneReport; delay: Delay };

function chronological<T extends { asOf: string }>(reports: readonly T[]): T[] {
  return reports.map((report, index) => ({ report, index })).sort((a, b) => (a.report.asOf === b.report.asOf ? a.index - b.index : a.report.asOf < b.report.asOf ? -1 : 1)).map(({ report }) => report);
}

/** The values a report allows: 5.24亿元 → [5.24亿, 5.24亿]; 超1亿元 → [1亿, ∞); 500至1000万元 → [500万, 1000万]. */
function allowedValues(report: FigureReport): { low: number; high: number } {
  const high = report.valueMax ?? report.value;
  switch (report.qualifier) {
    case 'over':
    case 'at-least':
      return { low: report.value, high: Infinity };
    case 'under':
    case 'at-most':
      return { low: 0, high };
    default:
      return { low: report.value, high };
  }
}

const isExact = (report: FigureReport) => report.qualifier === 'exact' && report.valueMax === undefined;

/** How `report` compares with `previous`, and by what percentage when both are exact. */
export function compareFigures(previous: FigureReport, report: FigureReport): { change: FigureChange; percent: number | undefined } {
  if (report.value === previous.value && report.valueMax === previous.valueMax && report.qualifier === previous.qualifier && report.condition === previous.condition) return { change: 'same', percent: undefined };
  // A forecast under another condition (全部投产后, or none) is about something else: set side by side, not ranked.
  if (report.condition !== previous.condition) return { change: 'reworded', percent: undefined };
  const before = allowedValues(previous);
  const now = allowedValues(report);
  const change: FigureChange = now.low > before.high ? 'up' : now.high < before.low ? 'down' : 'reworded';
  const percent = change !== 'reworded' && isExact(report) && isExact(previous) && previous.value !== 0 ? ((report.value - previous.value) / previous.value) * 100 : undefined;
  return { change, percent };
}

/** Each report of one history against the one before it for the same scope, oldest first. */
function compared(history: readonly FigureReport[]): { report: FigureReport; previous: FigureReport | undefined; change: FigureChange; percent: number | undefined }[] {
  const reports = chronological(history);
  const seenScopes = new Set<string>();
  return reports.map((report, index) => {
    const previous = reports.slice(0, index).filter((earlier) => earlier.scope === report.scope).at(-1);
    const { change, percent } = previous ? compareFigures(previous, report) : { change: seenScopes.size ? ('new-scope' as const) : ('first' as const), percent: undefined };
    seenScopes.add(report.scope);
    return { report, previous, change, percent };
  });
}

/** The date of the project's first report of any kind. */
function firstReportDate(project: Project): string {
  const dates = [
    ...project.status,
    ...figureKinds.flatMap((kind) => project.figures[kind] ?? []),
    ...project.measures.flatMap((measure) => measure.reports),
    ...project.milestones.flatMap((milestone) => milestone.reports),
  ].map((report) => report.asOf);
  return dates.reduce((first, date) => (date < first ? date : first), dates[0] ?? '');
}

function figureEvents(project: Project, first: string): ProjectEvent[] {
  return figureKinds.flatMap((kind) =>
    compared(project.figures[kind] ?? []).map(({ report, previous, change, percent }): ProjectEvent => ({ type: 'figure', date: report.asOf, projectId: project.id, kind, report, previous, change, percent, followsEarlier: report.asOf > first, source: report.source })),
  );
}

function measureEvents(project: Project, first: string): ProjectEvent[] {
  return project.measures.flatMap((measure) =>
    compared(measure.reports).map(({ report, previous, change, percent }): ProjectEvent => ({ type: 'measure', date: report.asOf, projectId: project.id, measure, report, previous, change, percent, followsEarlier: report.asOf > first, source: report.source })),
  );
}

function stageEvents(project: Project, first: string): ProjectEvent[] {
  const reports = chronological(project.status);
  return reports.map((report, index) => ({ type: 'stage', date: report.asOf, projectId: project.id, report, previous: reports[index - 1], followsEarlier: report.asOf > first, source: report.source }));
}

function milestoneEvents(project: Project, today: string): ProjectEvent[] {
  return project.milestones.flatMap((milestone) => {
    const reports = chronological(milestone.reports);
    const events: ProjectEvent[] = reports.map((report, index) => ({
      type: 'milestone',
      date: report.asOf,
      projectId: project.id,
      milestone,
      report,
      previousPlan: report.type === 'plan' ? reports.slice(0, index).filter((earlier) => earlier.type === 'plan').at(-1) : undefined,
      source: report.source,
    }));
    const assessment = assessMilestone(milestone, today);
    if (assessment.status === 'overdue' && assessment.firstPlan?.date && assessment.delay) {
      // The day after the promised window closed with no completion reported.
      events.push({ type: 'overdue', date: addDays(dateWindow(assessment.firstPlan.date).end, 1), projectId: project.id, milestone, plan: assessment.firstPlan, delay: assessment.delay });
    }
    return events;
  });
}

/** Every event in a project's record, oldest first (same-day events in the order figures, measures, stage, milestones). */
export function projectHistory(project: Project, today: string): ProjectEvent[] {
  const first = firstReportDate(project);
  const events = [...figureEvents(project, first), ...measureEvents(project, first), ...stageEvents(project, first), ...milestoneEvents(project, today)];
  return events.map((event, index) => ({ event, index })).sort((a, b) => (a.event.date === b.event.date ? a.index - b.index : a.event.date < b.event.date ? -1 : 1)).map(({ event }) => event);
}

/**
 * What belongs in the updates feed: what a later report changed or added, not a project's first reports nor a
 * repeat of what was reported before. A figure or measure that moved, was restated differently, gained a new scope
 * or was first reported by a later article; a stage that changed, or was first reported after the project's first
 * reports left it unsaid; a plan that moved, a start or completion; and a promised date passing with no completion
 * reported (which the feed and pages mark as the site's reading of the calendar, not a report).
 */
export function isUpdate(event: ProjectEvent): boolean {
  switch (event.type) {
    case 'figure':
    case 'measure':
      return event.change === 'up' || event.change === 'down' || event.change === 'reworded' || event.change === 'new-scope' || (event.change === 'first' && event.followsEarlier);
    case 'stage':
      return event.previous ? event.previous.stage !== event.report.stage : event.followsEarlier;
    case 'milestone':
      return event.report.type !== 'plan' || (event.previousPlan?.date !== undefined && event.report.date !== undefined && dateWindow(event.previousPlan.date).end !== dateWindow(event.report.date).end);
    case 'overdue':
      return true;
  }
}

/** A stable anchor for an event (the same report gives the same key in every build), for links and feed ids. */
export function eventKey(event: ProjectEvent): string {
  switch (event.type) {
    case 'figure':
      return `figure-${event.kind}-${event.report.scope}-${event.date}-${event.report.value}`;
    case 'measure':
      return `measure-${event.measure.id}-${event.report.scope}-${event.date}-${event.report.value}`;
    case 'stage':
      return `stage-${event.date}-${event.report.stage}`;
    case 'milestone':
      return `milestone-${event.milestone.id}-${event.report.type}-${event.date}`;
    case 'overdue':
      return `overdue-${event.milestone.id}`;
  }
}

/** Keys for a list of events, made unique by a counter where two reports would share one. */
export function eventKeys(events: readonly ProjectEvent[]): string[] {
  const seen = new Map<string, number>();
  return events.map((event) => {
    const key = eventKey(event).toLowerCase().replace(/[^a-z0-9-]+/g, '-');
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}-${count}`;
  });
}
