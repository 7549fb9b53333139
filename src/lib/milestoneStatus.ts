// Whether a promise was kept: each milestone judged from its plans, what was reported to have happened, and the
// build date. A milestone is judged against the FIRST plan (what was promised); when the plan was moved, its
// standing against the latest plan is given too. Dates keep their precision: a completion reported "in June"
// against a plan for "by 10 June" is neither called on time nor late, only "done".

import { dateWindow, type DateWindow } from './fuzzyDate.ts';
import { daysBetween } from './isoDate.ts';
import type { Milestone, MilestoneReport } from './schema.ts';

/**
 * Every status, the most pressing first. The one order of statuses: the tracker's groups, a project's standing,
 * the timeline's takeaway and which projects the zone timeline shows first all follow it.
 */
export const milestoneStatuses = [
  /** The planned window has passed and no completion has been reported. */
  'overdue',
  /** Work has begun; the planned window has not passed. */
  'started',
  /** Not started as far as reports say; the planned window is still ahead. */
  'upcoming',
  /** Completed after the planned window. */
  'done-late',
  /** Completed within the planned window. */
  'done-on-time',
  /** Completed, but the dates cannot say whether on time (no plan, or windows that overlap). */
  'done',
  /** Reported without any plan and not completed. */
  'unscheduled',
] as const;

export type MilestoneStatus = (typeof milestoneStatuses)[number];

/** Days late, as a range when dates are imprecise (a completion "in June" against a plan for "end of May"). */
export interface Delay {
  min: number;
  max: number;
}

export interface MilestoneAssessment {
  status: MilestoneStatus;
  /** Against the latest plan, when the plan was moved; otherwise the same as status. */
  statusAgainstLatestPlan: MilestoneStatus;
  firstPlan: MilestoneReport | undefined;
  latestPlan: MilestoneReport | undefined;
  /** The plan was moved (its window ends on another day). */
  replanned: boolean;
  started: MilestoneReport | undefined;
  done: MilestoneReport | undefined;
  /** How late: for done-late, the completion against the plan; for overdue, the build date against the plan. */
  delay: Delay | undefined;
}

function byReportDate(reports: MilestoneReport[]): MilestoneReport[] {
  return reports.map((report, index) => ({ report, index })).sort((a, b) => (a.report.asOf === b.report.asOf ? a.index - b.index : a.report.asOf < b.report.asOf ? -1 : 1)).map(({ report }) => report);
}

/** When a completion happened, as far as its report says: its date's window, or "by the report date". */
function completionWindow(done: MilestoneReport): { earliest: string | null; latest: string } {
  if (!done.date) return { earliest: null, latest: done.asOf };
  const window: DateWindow = dateWindow(done.date);
  return { earliest: window.start, latest: window.end };
}

function judge(plan: MilestoneReport | undefined, started: MilestoneReport | undefined, done: MilestoneReport | undefined, today: string): { status: MilestoneStatus; delay: Delay | undefined } {
  const due = plan?.date ? dateWindow(plan.date).end : undefined;
  if (done) {
    if (!due) return { status: 'done', delay: undefined };
    const { earliest, latest } = completionWindow(done);
    if (latest <= due) return { status: 'done-on-time', delay: undefined };
    if (earliest !== null && earliest > due) return { status: 'done-late', delay: { min: daysBetween(due, earliest), max: daysBetween(due, latest) } };
    return { status: 'done', delay: undefined };
  }
  if (!due) return { status: started ? 'started' : 'unscheduled', delay: undefined };
  if (today > due) {
    const late = daysBetween(due, today);
    return { status: 'overdue', delay: { min: late, max: late } };
  }
  return { status: started ? 'started' : 'upcoming', delay: undefined };
}

/** The status of a milestone on `today` (YYYY-MM-DD), from every report about it. */
export function assessMilestone(milestone: Pick<Milestone, 'reports'>, today: string): MilestoneAssessment {
  const reports = byReportDate(milestone.reports);
  const plans = reports.filter((report) => report.type === 'plan');
  const done = reports.filter((report) => report.type === 'done').at(-1);
  const started = reports.filter((report) => report.type === 'started').at(-1) ?? done;
  const firstPlan = plans[0];
  const latestPlan = plans.at(-1);
  const replanned = Boolean(firstPlan?.date && latestPlan?.date && dateWindow(firstPlan.date).end !== dateWindow(latestPlan.date).end);
  const first = judge(firstPlan, started, done, today);
  const latest = replanned ? judge(latestPlan, started, done, today) : first;
  return { status: first.status, statusAgainstLatestPlan: latest.status, firstPlan, latestPlan, replanned, started, done, delay: first.delay };
}

/** Counts of milestones by status, every status present (zero when none). */
export function tallyStatuses(assessments: readonly MilestoneAssessment[]): Record<MilestoneStatus, number> {
  const tally = Object.fromEntries(milestoneStatuses.map((status) => [status, 0])) as Record<MilestoneStatus, number>;
  for (const assessment of assessments) tally[assessment.status]++;
  return tally;
}

/** A project's standing from its milestones: the most pressing status among them (overdue first). */
export function projectStanding(assessments: readonly MilestoneAssessment[]): MilestoneStatus | undefined {
  let best: MilestoneStatus | undefined;
  for (const { status } of assessments) {
    if (best === undefined || milestoneStatuses.indexOf(status) < milestoneStatuses.indexOf(best)) best = status;
  }
  return best;
}

/**
 * Rows grouped by project, the project whose most pressing milestone comes first in milestoneStatuses leading (by
 * name among equals); a project's rows keep their order. The zone timeline shows the first rows of this order.
 */
export function byMostPressingProject<T extends { group?: string | undefined; assessment: Pick<MilestoneAssessment, 'status'> }>(rows: readonly T[]): T[] {
  const groupOf = (row: T) => row.group ?? '';
  const rank = new Map<string, number>();
  for (const row of rows) {
    const status = milestoneStatuses.indexOf(row.assessment.status);
    rank.set(groupOf(row), Math.min(rank.get(groupOf(row)) ?? status, status));
  }
  return [...rows].sort((a, b) => rank.get(groupOf(a))! - rank.get(groupOf(b))! || groupOf(a).localeCompare(groupOf(b), 'zh-Hans-CN'));
}

/** 41 days → "41天"; 95 days → "约3个月"; a range → "12—43天". */
export function formatDelay(delay: Delay): string {
  const one = (days: number) => (days >= 60 ? `约${Math.round(days / 30.44)}个月` : `${days}天`);
  if (delay.min === delay.max) return one(delay.min);
  if (delay.max < 60) return `${delay.min}—${delay.max}天`;
  return `${one(delay.min)}至${one(delay.max)}`;
}
