import { describe, expect, it } from 'vitest';
import { followedUpProject } from '../../fixtures/followUp.ts';
import { assessMilestone } from '../../milestoneStatus.ts';
import { milestoneSchema } from '../../schema.ts';
import { layoutMilestonesChart, type MilestonesInput } from './layout.ts';

const source = { article: 'a', quote: 'q' };
const input = (id: string, reports: unknown[], today: string): MilestonesInput => {
  const milestone = milestoneSchema.parse({ id, label: id, reports: (reports as object[]).map((report) => ({ source, ...report })) });
  return { id, label: id, assessment: assessMilestone(milestone, today) };
};

describe('layoutMilestonesChart(rows, today, size)', () => {
  const today = '2023-12-31';
  const inputs = [
    input('month', [{ type: 'plan', date: { date: '2023-05', precision: 'month' }, asOf: '2023-05-10' }], today),
    input('end-of-july', [{ type: 'plan', date: { date: '2023-07', precision: 'end-of-month' }, asOf: '2023-05-10' }], today),
    input('before-year-end', [{ type: 'plan', date: { date: '2023', precision: 'end-of-year', before: true }, asOf: '2023-05-10' }], today),
  ];
  const layout = layoutMilestonesChart(inputs, today, { width: 320 });
  const [month, julyEnd, yearEnd] = layout.rows;

  it('draws a month as a span, "end of July" as a point at its end, "before year-end" as a deadline from the promise', () => {
    expect(month!.plans[0]).toMatchObject({ shape: 'span', revised: false });
    expect(julyEnd!.plans[0]).toMatchObject({ shape: 'point' });
    expect(yearEnd!.plans[0]).toMatchObject({ shape: 'deadline' });
    const span = month!.plans[0] as { x1: number; x2: number };
    // A 31-day month over an axis of about eight months: a visible span, not a point.
    expect(span.x2 - span.x1).toBeGreaterThan(25);
    const point = julyEnd!.plans[0] as { x: number };
    const deadline = yearEnd!.plans[0] as { x1: number; x2: number };
    expect(point.x).toBeGreaterThan(span.x2);
    expect(deadline.x1).toBeLessThan(span.x2);
    expect(deadline.x2).toBe(layout.today!.x);
  });

  it('marks the page date, and a window passed with no report as passed, never as a delay', () => {
    expect(month!.status).toBe('overdue');
    expect(month!.passed).toEqual({ x1: (month!.plans[0] as { x2: number }).x2, x2: layout.today!.x, continues: false });
    expect(month!.delay).toBeUndefined();
    expect(yearEnd!.passed).toBeUndefined();
    expect(layout.marks).toEqual(['planSpan', 'planPoint', 'deadline', 'passed', 'today']);
  });

  it('labels the axis in Chinese months, with the year on the first, as many as the width holds', () => {
    expect(layout.ticks.map((tick) => tick.label)).toEqual(['2023年7月', '10月', '2024年1月']);
    expect(layoutMilestonesChart(inputs, today, { width: 720 }).ticks.map((tick) => tick.label)).toEqual(['2023年5月', '7月', '9月', '11月', '2024年1月']);
    expect(layout.ticks.every((tick) => tick.x >= layout.plotLeft && tick.x <= layout.plotRight)).toBe(true);
  });

  it('draws a late completion with its delay, a moved plan and group headings on a project timeline', () => {
    const project = followedUpProject();
    const rows = project.milestones.map((milestone) => ({ id: milestone.id, label: milestone.label, group: project.name, assessment: assessMilestone(milestone, '2024-07-15') }));
    const laid = layoutMilestonesChart(rows, '2024-07-15', { width: 320 });
    expect(laid.groups).toEqual([{ text: '华理生物产业园项目', y: 32 }]);
    const start = laid.rows[0]!;
    expect(start.status).toBe('done-late');
    expect(start.done).toMatchObject({ shape: 'point' });
    expect(start.delay!.x2).toBe((start.done as { x: number }).x);
    const moved = laid.rows[1]!;
    expect(moved.plans.map((plan) => [plan.shape, plan.revised])).toEqual([['deadline', false], ['deadline', true]]);
    expect(laid.marks).toEqual(expect.arrayContaining(['revised', 'done', 'delay', 'passed']));
    expect(laid.marks).not.toContain('doneBy');
  });

  it('draws a completion reported without a date as done by the report, not on the report date', () => {
    const undated = input('land', [{ type: 'done', asOf: '2023-05-10' }], '2023-06-01');
    const laid = layoutMilestonesChart([undated], '2023-06-01', { width: 320 });
    expect(laid.rows[0]!.done).toEqual({ shape: 'by', x1: laid.plotLeft, x2: expect.any(Number) });
    expect(laid.marks).toEqual(['doneBy']);
    // Nothing waits on a plan: the page date means nothing here and is not drawn.
    expect(laid.today).toBeUndefined();
  });

  it('wraps a label longer than the chart between words', () => {
    const long = { ...input('long', [{ type: 'plan', date: { date: '2023-10', precision: 'end-of-month' }, asOf: '2023-05-10' }], today), label: '综合楼、厂房和研发基地主体土建完工以及配套设施建设和室外工程施工' };
    const laid = layoutMilestonesChart([long], today, { width: 320 });
    expect(laid.rows[0]!.lines.length).toBe(2);
    expect(laid.rows[0]!.lines.join('')).toBe(long.label);
  });
});

describe('layoutMilestonesChart when the build is long after the last report', () => {
  it('ends the axis after the data and puts the page date at the edge, passed windows running to it', () => {
    const row = input('month', [{ type: 'plan', date: { date: '2023-05', precision: 'month' }, asOf: '2023-05-10' }], '2026-11-25');
    const layout = layoutMilestonesChart([row], '2026-11-25', { width: 320 });
    expect(layout.today).toMatchObject({ x: layout.plotRight, date: '2026-11-25', offChart: true });
    expect(layout.rows[0]!.passed).toMatchObject({ x2: layout.plotRight, continues: true });
    const span = layout.rows[0]!.plans[0] as { x1: number; x2: number };
    // The planned month is legible, not a sliver of a four-year axis.
    expect(span.x2 - span.x1).toBeGreaterThan(100);
    expect(layout.ticks.map((tick) => tick.label).join(' ')).not.toContain('2026');
  });
});
