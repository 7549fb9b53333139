// Milestones on a time axis, each date drawn at the precision it was stated: a month as a span, "end of July" as a
// point at the month's end, "before year-end" as a line from when it was promised to the deadline. The first plan
// is drawn as an outline, a revised plan filled; a completion as a solid mark where its date is reported, and where
// it is not, as a line ending at the report that said it was done ("done by then"). Only what reports show is
// called late: a completion reported after the promised window gets the delay line. A promised window that has
// closed with no completion reported is the site's reading of the calendar, drawn differently (dashed, running on
// to the date the page was made), never as a delay.

import { scaleUtc, utcMonth, utcYear } from 'd3';
import { dateWindow } from '../../fuzzyDate.ts';
import type { MilestoneAssessment, MilestoneStatus } from '../../milestoneStatus.ts';
import { textWidthEm } from '../../textWidth.ts';
import { wrapWords } from '../../words.ts';
import { anchorWithin, round, TEXT, type Anchor } from '../geometry.ts';

export interface MilestonesInput {
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

/** A completion or start: where its date is reported, or "by" the report that said so when it is not. */
export type EventMark = { shape: 'point'; x: number } | { shape: 'span'; x1: number; x2: number } | { shape: 'by'; x1: number; x2: number };

export interface MilestonesRow {
  id: string;
  /** The label, wrapped to the chart's width. */
  lines: string[];
  labelY: number;
  y: number;
  status: MilestoneStatus;
  plans: PlanMark[];
  done?: EventMark | undefined;
  /** A start reported without completion. */
  started?: EventMark | undefined;
  /** From the promised end to a completion reported after it: a delay the reports show. */
  delay?: { x1: number; x2: number } | undefined;
  /** From the promised end on, with no completion reported: the calendar's reading, not a report. */
  passed?: { x1: number; x2: number; continues: boolean } | undefined;
}

/** The marks a timeline can hold, for a key that lists only those it does. */
export const MILESTONES_MARKS = ['planSpan', 'planPoint', 'deadline', 'revised', 'done', 'doneBy', 'started', 'startedBy', 'delay', 'passed', 'today'] as const;
export type MilestonesMark = (typeof MILESTONES_MARKS)[number];

export interface MilestonesLayout {
  width: number;
  height: number;
  rows: MilestonesRow[];
  groups: { text: string; y: number }[];
  ticks: { x: number; label: string; anchor: Anchor }[];
  axisY: number;
  /** The date the page was made, against which windows are judged; when far beyond every reported date the axis
   * stops short and it is marked at the edge. Undefined when no row depends on it. */
  today: { x: number; date: string; offChart: boolean; labelAnchor: Anchor } | undefined;
  plotLeft: number;
  plotRight: number;
  /** Which marks the chart draws, in key order. */
  marks: MilestonesMark[];
}

const LINE = 17;
const ROW_BELOW_LABEL = 16;
const ROW_GAP = 12;
const GROUP = 24;
const TOP = 26;
/** How far past the last reported date the build may be before the axis stops short of it. */
const FAR_BEYOND = 270 * 86_400_000;

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

function eventMark(report: NonNullable<MilestoneAssessment['done']>, x: (date: string) => number, left: number): EventMark {
  if (!report.date) return { shape: 'by', x1: left, x2: round(x(report.asOf)) };
  const window = dateWindow(report.date);
  if (window.start !== null && window.start !== window.end) return { shape: 'span', x1: round(x(window.start)), x2: round(x(window.end)) };
  return { shape: 'point', x: round(x(window.end)) };
}

/** Axis ticks that read in Chinese (years over long spans, then quarters, then months), as many as the width holds. */
function axisTicks(from: Date, to: Date, x: (date: Date) => number, left: number, right: number): { x: number; label: string; anchor: Anchor }[] {
  const months = (to.getTime() - from.getTime()) / (30.44 * 86_400_000);
  // Room for a label like 2024年1月 plus a gap.
  const fits = Math.max(2, Math.floor((right - left) / (TEXT.tick * 6.5)));
  const interval = [utcMonth, utcMonth.every(2)!, utcMonth.every(3)!, utcMonth.every(6)!, utcYear].find((_, index) => months / [1, 2, 3, 6, 12][index]! <= fits) ?? utcYear;
  let lastYear = -1;
  return interval.range(from, new Date(to.getTime() + 1)).map((date) => {
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    const label = interval === utcYear ? `${year}年` : year !== lastYear ? `${year}年${month}月` : `${month}月`;
    lastYear = year;
    return { x: round(x(date)), label, anchor: anchorWithin(x(date), textWidthEm(label) * TEXT.tick, left, right) };
  });
}

export function layoutMilestonesChart(inputs: readonly MilestonesInput[], today: string, size: { width: number }, todayLabel = ''): MilestonesLayout {
  const left = 4;
  const right = size.width - 4;
  const reported = inputs.flatMap((input) => datesOf(input.assessment)).sort();
  // The page's date matters only to a row still waiting on a plan: a window passed, or one still ahead.
  const judged = inputs.some(({ assessment }) => ['overdue', 'upcoming', 'started'].includes(assessment.status) && assessment.firstPlan?.date);
  // A build years after the last report would squeeze every plan into a sliver: then the axis ends after the
  // data and the page's date is marked at its edge, the lines of passed windows running off towards it.
  const offChart = reported.length > 0 && day(today).getTime() - day(reported.at(-1)!).getTime() > FAR_BEYOND;
  const dates = offChart || !judged ? reported : [today, ...reported].sort();
  const first = day(dates[0] ?? today);
  const last = day(dates.at(-1) ?? today);
  const padding = Math.max(15 * 86_400_000, (last.getTime() - first.getTime()) * 0.04);
  const from = new Date(first.getTime() - padding);
  const to = new Date(last.getTime() + padding);
  const scale = scaleUtc().domain([from, to]).range([left, right]).clamp(true);
  const x = (date: string) => scale(day(date));

  const marks = new Set<MilestonesMark>();
  const rows: MilestonesRow[] = [];
  const groups: { text: string; y: number }[] = [];
  let top = TOP;
  let currentGroup: string | undefined;
  for (const input of inputs) {
    if (input.group !== undefined && input.group !== currentGroup) {
      currentGroup = input.group;
      groups.push({ text: input.group, y: round(top + 6) });
      top += GROUP;
    }
    const { assessment } = input;
    const lines = wrapWords(input.label, (right - left) / TEXT.label, textWidthEm);
    const labelY = top + 4;
    const y = top + (lines.length - 1) * LINE + ROW_BELOW_LABEL;
    const plans: PlanMark[] = [];
    if (assessment.firstPlan?.date) plans.push(planMark(assessment.firstPlan, false, x));
    if (assessment.replanned && assessment.latestPlan?.date) plans.push(planMark(assessment.latestPlan, true, x));
    for (const plan of plans) marks.add(plan.revised ? 'revised' : plan.shape === 'span' ? 'planSpan' : plan.shape === 'point' ? 'planPoint' : 'deadline');
    const done = assessment.done ? eventMark(assessment.done, x, left) : undefined;
    const started = !done && assessment.started ? eventMark(assessment.started, x, left) : undefined;
    if (done) marks.add(done.shape === 'by' ? 'doneBy' : 'done');
    if (started) marks.add(started.shape === 'by' ? 'startedBy' : 'started');
    const due = assessment.firstPlan?.date ? dateWindow(assessment.firstPlan.date).end : undefined;
    let delay: MilestonesRow['delay'];
    let passed: MilestonesRow['passed'];
    if (due && assessment.status === 'done-late' && done && done.shape !== 'by') {
      delay = { x1: round(x(due)), x2: done.shape === 'point' ? done.x : done.x1 };
      marks.add('delay');
    }
    if (due && assessment.status === 'overdue') {
      passed = { x1: round(x(due)), x2: round(x(today)), continues: offChart };
      marks.add('passed');
    }
    rows.push({ id: input.id, lines, labelY: round(labelY), y: round(y), status: assessment.status, plans, done, started, delay, passed });
    top = y + ROW_GAP + 8;
  }
  if (judged) marks.add('today');
  const axisY = round(top - 4);
  const todayX = round(x(today));
  return {
    width: size.width,
    height: round(axisY + 22),
    rows,
    groups,
    ticks: axisTicks(from, to, scale, left, right),
    axisY,
    today: judged
      ? { x: todayX, date: today, offChart, labelAnchor: offChart ? 'end' : anchorWithin(todayX, textWidthEm(todayLabel) * TEXT.note, left, right) }
      : undefined,
    plotLeft: left,
    plotRight: right,
    marks: MILESTONES_MARKS.filter((mark) => marks.has(mark)),
  };
}
