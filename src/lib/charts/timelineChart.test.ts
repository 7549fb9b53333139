import { describe, expect, it } from 'vitest';
import { followedUpProject } from '../fixtures/followUp.ts';
import { assessMilestone } from '../milestoneStatus.ts';
import { milestoneSchema } from '../schema.ts';
import { layoutTimeline, type TimelineInput } from './timelineChart.ts';

const source = { article: 'a', quote: 'q' };
const input = (id: string, reports: unknown[], today: string): TimelineInput => {
  const milestone = milestoneSchema.parse({ id, label: id, reports: (reports as object[]).map((report) => ({ source, ...report })) });
  return { id, label: id, assessment: assessMilestone(milestone, today) };
};

describe('layoutTimeline(rows, today, size)', () => {
  const today = '2023-12-31';
  const layout = layoutTimeline(
    [
      input('month', [{ type: 'plan', date: { date: '2023-05', precision: 'month' }, asOf: '2023-05-10' }], today),
      input('end-of-july', [{ type: 'plan', date: { date: '2023-07', precision: 'end-of-month' }, asOf: '2023-05-10' }], today),
      input('before-year-end', [{ type: 'plan', date: { date: '2023', precision: 'end-of-year', before: true }, asOf: '2023-05-10' }], today),
    ],
    today,
    { width: 360 },
  );
  const [month, julyEnd, yearEnd] = layout.rows;

  it('draws a month as a span, "end of July" as a point at its end, "before year-end" as a deadline from the promise', () => {
    expect(month!.plans[0]).toMatchObject({ shape: 'span', revised: false });
    expect(julyEnd!.plans[0]).toMatchObject({ shape: 'point' });
    expect(yearEnd!.plans[0]).toMatchObject({ shape: 'deadline' });
    const span = month!.plans[0] as { x1: number; x2: number };
    // A 31-day month over an axis of about eight months: a visible span, not a point.
    expect(span.x2 - span.x1).toBeGreaterThan(30);
    const point = julyEnd!.plans[0] as { x: number };
    const deadline = yearEnd!.plans[0] as { x1: number; x2: number };
    expect(point.x).toBeGreaterThan(span.x2);
    expect(deadline.x1).toBeLessThan(span.x2);
    expect(deadline.x2).toBe(layout.today.x);
  });

  it('marks the build date and draws the delay of overdue promises up to it', () => {
    expect(month!.status).toBe('overdue');
    expect(month!.delay).toEqual({ x1: (month!.plans[0] as { x2: number }).x2, x2: layout.today.x });
    expect(yearEnd!.delay).toBeUndefined();
  });

  it('labels the axis in Chinese months, with the year on the first', () => {
    expect(layout.ticks.map((tick) => tick.label)).toEqual(['2023年5月', '7月', '9月', '11月', '2024年1月']);
    expect(layout.ticks.every((tick) => tick.x >= layout.plotLeft && tick.x <= layout.plotRight)).toBe(true);
  });

  it('draws a late completion, a moved plan and group headings on a project timeline', () => {
    const project = followedUpProject();
    const rows = project.milestones.map((milestone) => ({ id: milestone.id, label: milestone.label, group: project.name, assessment: assessMilestone(milestone, '2024-07-15') }));
    const laid = layoutTimeline(rows, '2024-07-15', { width: 360 });
    expect(laid.groups).toEqual([{ text: '华理生物产业园项目', y: 34 }]);
    const start = laid.rows[0]!;
    expect(start.status).toBe('done-late');
    expect(start.done).toMatchObject({ shape: 'point' });
    expect(start.delay!.x2).toBe((start.done as { x: number }).x);
    const moved = laid.rows[1]!;
    expect(moved.plans.map((plan) => [plan.shape, plan.revised])).toEqual([['deadline', false], ['deadline', true]]);
    expect(laid.ticks.map((tick) => tick.label)).toEqual(['2023年7月', '10月', '2024年1月', '4月', '7月', '10月']);
  });
});

describe('layoutTimeline when the build is long after the last report', () => {
  it('ends the axis after the data and puts the build date at the edge, overdue lines running to it', () => {
    const row = input('month', [{ type: 'plan', date: { date: '2023-05', precision: 'month' }, asOf: '2023-05-10' }], '2026-11-25');
    const layout = layoutTimeline([row], '2026-11-25', { width: 360 });
    expect(layout.today).toEqual({ x: layout.plotRight, date: '2026-11-25', offChart: true });
    expect(layout.rows[0]!.delay!.x2).toBe(layout.plotRight);
    const span = layout.rows[0]!.plans[0] as { x1: number; x2: number };
    // The planned month is legible, not a sliver of a four-year axis.
    expect(span.x2 - span.x1).toBeGreaterThan(100);
    expect(layout.ticks.map((tick) => tick.label).join(' ')).not.toContain('2026');
  });
});
