// A project's record as events in time: each report compared with the one before it for the same figure and scope,
// each plan with the plan it replaced, each stage with the last. Project pages list these as "what changed"; the
// updates feed carries the newsworthy ones. Nothing is merged away: every report is an event.

import { dateWindow } from './fuzzyDate.ts';
import { addDays } from './isoDate.ts';
import { assessMilestone, type Delay } from './milestoneStatus.ts';
import { figureKinds, type FigureKind, type FigureReport, type Milestone, type MilestoneReport, type Project, type Source, type StatusReport } from './schema.ts';

/**
 * How a report compares with the one before it for the same figure and scope. A bound (超1亿元, 不到1亿元) or an
 * approximate figure (约5亿元) is compared as what it says: "up" or "down" only when every value it allows is above
 * or below every value the earlier report allowed, and both state the same condition (全部投产后); otherwise the two
 * are set side by side ("reworded").
 */
export type FigureChange = 'first' | 'new-scope' | 'same' | 'up' | 'down' | 'reworded';

export type ProjectEvent =
  | {
      type: 'figure';
      date: string;
      projectId: string;
      kind: FigureKind;
      report: FigureReport;
      previous: FigureReport | undefined;
      change: FigureChange;
      /** Only between two exact figures: never a percentage of a bound or of an approximate figure. */
      percent: number | undefined;
      source: Source;
    }
  | { type: 'stage'; date: string; projectId: string; report: StatusReport; previous: StatusReport | undefined; source: Source }
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

function figureEvents(project: Project): ProjectEvent[] {
  return figureKinds.flatMap((kind) => {
    const reports = chronological(project.figures[kind] ?? []);
    const seenScopes = new Set<string>();
    return reports.map((report, index): ProjectEvent => {
      const previous = reports.slice(0, index).filter((earlier) => earlier.scope === report.scope).at(-1);
      const { change, percent } = previous ? compareFigures(previous, report) : { change: seenScopes.size ? ('new-scope' as const) : ('first' as const), percent: undefined };
      seenScopes.add(report.scope);
      return { type: 'figure', date: report.asOf, projectId: project.id, kind, report, previous, change, percent, source: report.source };
    });
  });
}

function stageEvents(project: Project): ProjectEvent[] {
  const reports = chronological(project.status);
  return reports.map((report, index) => ({ type: 'stage', date: report.asOf, projectId: project.id, report, previous: reports[index - 1], source: report.source }));
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

/** Every event in a project's record, oldest first (same-day events in the order figures, stage, milestones). */
export function projectHistory(project: Project, today: string): ProjectEvent[] {
  const events = [...figureEvents(project), ...stageEvents(project), ...milestoneEvents(project, today)];
  return events.map((event, index) => ({ event, index })).sort((a, b) => (a.event.date === b.event.date ? a.index - b.index : a.event.date < b.event.date ? -1 : 1)).map(({ event }) => event);
}

/**
 * What belongs in the updates feed: changes, not first reports. A figure that moved, was restated or gained a new
 * scope, a stage that changed, a plan that moved, a start or completion, and a promised date passing with no
 * completion reported (which the feed and pages mark as the site's reading of the calendar, not a report).
 */
export function isUpdate(event: ProjectEvent): boolean {
  switch (event.type) {
    case 'figure':
      return event.change === 'up' || event.change === 'down' || event.change === 'reworded' || event.change === 'new-scope';
    case 'stage':
      return event.previous !== undefined && event.previous.stage !== event.report.stage;
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
