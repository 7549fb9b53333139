// Milestones on a time axis, each date drawn at the precision it was stated: a month as a span, "end of July" as a
// point at the month's end, "before year-end" as a line from when it was promised to the deadline. The first plan
// is drawn as an outline, a revised plan filled; the reported completion as a solid mark; the delay as a line from
// the promised end to the completion or, when none is reported, to the build date, which is marked.

import { scaleUtc, utcMonth, utcYear } from 'd3';
import { dateWindow } from '../fuzzyDate.ts';
import type { MilestoneAssessment, MilestoneStatus } from '../milestoneStatus.ts';
import { anchorWithin, round, type Anchor } from './geometry.ts';
import { textWidthEm } from '../textWidth.ts';

export interface TimelineInput {
  id: string;
  label: string;
  /** Rows of one project share a group heading on the zone timeline. */
  group?: string | undefined;
  assessment: MilestoneAssessment;
}

export type PlanMark =
  | { shape: 'span'; x1: number; x2: number; revised: boolean }
  | { shape: 'point'; x: number; revised: boolean }
  | { shape: 'deadline'; x1: number; x2: number; revised: boolean };

export interface TimelineRow {
  id: string;
  label: string;
  labelY: number;
  y: number;
  status: MilestoneStatus;
  plans: PlanMark[];
  /** The reported completion: a point, or a span when known only to the month. */
  done?: { shape: 'point'; x: number } | { shape: 'span'; x1: number; x2: number } | undefined;
  /** A start reported without completion. */
  started?: { x: number } | undefined;
  /** From the promised end to the completion, or to the build date while overdue. */
  delay?: { x1: number; x2: number } | undefined;
}

export interface TimelineLayout {
  width: number;
  height: number;
  rows: TimelineRow[];
  groups: { text: string; y: number }[];
  ticks: { x: number; label: string; anchor: Anchor }[];
  axisY: number;
  /** The build date; when it lies far beyond every reported date the axis stops short and it sits at the edge. */
  today: { x: number; date: string; offChart: boolean };
  plotLeft: number;
  plotRight: number;
}

const ROW = 40;
/** How far past the last reported date the build may be before the axis stops short of it. */
const FAR_BEYOND = 270 * 86_400_000;
const GROUP = 26;
const TOP = 30;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The dates a row touches, for the axis domain. */
function datesOf(assessment: MilestoneAssessment): string[] {
  const dates: string[] = [];
  for (const plan of [assessment.firstPlan, assessment.latestPlan]) {
    if (!plan?.date) continue;
    const window = dateWindow(plan.date);
    dates.push(window.end, window.start ?? plan.asOf);
  }
  const reported = assessment.done ?? assessment.started;
  if (reported) {
    if (reported.date) {
      const window = dateWindow(reported.date);
      dates.push(window.end, window.start ?? reported.asOf);
    } else dates.push(reported.asOf);
  }
  return dates;
}

function planMark(plan: NonNullable<MilestoneAssessment['firstPlan']>, revised: boolean, x: (date: string) => number): PlanMark {
  const window = dateWindow(plan.date!);
  if (window.shape === 'deadline') return { shape: 'deadline', x1: round(x(plan.asOf)), x2: round(x(window.end)), revised };
  if (window.shape === 'point') return { shape: 'point', x: round(x(window.end)), revised };
  return { shape: 'span', x1: round(x(window.start!)), x2: round(x(window.end)), revised };
}

/** Axis ticks that read in Chinese: years over long spans, then quarters, then months. */
function axisTicks(from: Date, to: Date, x: (date: Date) => number, left: number, right: number): { x: number; label: string; anchor: Anchor }[] {
  const months = (to.getTime() - from.getTime()) / (30.44 * 86_400_000);
  const interval = months > 30 ? utcYear : months > 10 ? utcMonth.every(3)! : months > 4 ? utcMonth.every(2)! : utcMonth;
  let lastYear = -1;
  return interval.range(from, new Date(to.getTime() + 1)).map((date) => {
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    const label = interval === utcYear ? `${year}年` : year !== lastYear ? `${year}年${month}月` : `${month}月`;
    lastYear = year;
    return { x: round(x(date)), label, anchor: anchorWithin(x(date), textWidthEm(label) * 11, left, right) };
  });
}

export function layoutTimeline(inputs: readonly TimelineInput[], today: string, size: { width: number }): TimelineLayout {
  const left = 4;
  const right = size.width - 4;
  const reported = inputs.flatMap((input) => datesOf(input.assessment)).sort();
  // A build years after the last report would squeeze every plan into a sliver: then the axis ends after the
  // data and the build date is marked at its edge, the overdue lines running off towards it.
  const offChart = reported.length > 0 && day(today).getTime() - day(reported.at(-1)!).getTime() > FAR_BEYOND;
  const dates = offChart ? reported : [today, ...reported].sort();
  const first = day(dates[0]!);
  const last = day(dates.at(-1)!);
  const padding = Math.max(15 * 86_400_000, (last.getTime() - first.getTime()) * 0.04);
  const from = new Date(first.getTime() - padding);
  const to = new Date(last.getTime() + padding);
  const scale = scaleUtc().domain([from, to]).range([left, right]).clamp(true);
  const x = (date: string) => scale(day(date));

  const rows: TimelineRow[] = [];
  const groups: { text: string; y: number }[] = [];
  let top = TOP;
  let currentGroup: string | undefined;
  for (const input of inputs) {
    if (input.group !== undefined && input.group !== currentGroup) {
      currentGroup = input.group;
      groups.push({ text: input.group, y: round(top + 4) });
      top += GROUP;
    }
    const { assessment } = input;
    const labelY = top + 6;
    const y = top + 22;
    const plans: PlanMark[] = [];
    if (assessment.firstPlan?.date) plans.push(planMark(assessment.firstPlan, false, x));
    if (assessment.replanned && assessment.latestPlan?.date) plans.push(planMark(assessment.latestPlan, true, x));
    let done: TimelineRow['done'];
    let started: TimelineRow['started'];
    if (assessment.done) {
      const window = assessment.done.date ? dateWindow(assessment.done.date) : undefined;
      done = !window ? { shape: 'point', x: round(x(assessment.done.asOf)) } : window.start !== null && window.start !== window.end ? { shape: 'span', x1: round(x(window.start)), x2: round(x(window.end)) } : { shape: 'point', x: round(x(window.end)) };
    } else if (assessment.started) {
      const window = assessment.started.date ? dateWindow(assessment.started.date) : undefined;
      started = { x: round(x(window?.start ?? window?.end ?? assessment.started.asOf)) };
    }
    let delay: TimelineRow['delay'];
    const due = assessment.firstPlan?.date ? dateWindow(assessment.firstPlan.date).end : undefined;
    if (due && assessment.status === 'overdue') delay = { x1: round(x(due)), x2: round(x(today)) };
    if (due && assessment.status === 'done-late' && done) delay = { x1: round(x(due)), x2: done.shape === 'point' ? done.x : done.x1 };
    rows.push({ id: input.id, label: input.label, labelY: round(labelY), y: round(y), status: assessment.status, plans, done, started, delay });
    top += ROW;
  }
  const axisY = round(top + 6);
  return {
    width: size.width,
    height: round(axisY + 24),
    rows,
    groups,
    ticks: axisTicks(from, to, scale, left, right),
    axisY,
    today: { x: round(x(today)), date: today, offChart },
    plotLeft: left,
    plotRight: right,
  };
}

