import { describe, expect, it } from 'vitest';
import { assessMilestone, byMostPressingProject, formatDelay, milestoneStatuses, projectStanding, tallyStatuses, type MilestoneStatus } from './milestoneStatus.ts';
import { milestoneSchema } from './schema.ts';

const source = { article: 'a', quote: 'q' };
type Entry = { type: 'plan' | 'started' | 'done'; date?: { date: string; precision: string; before?: boolean }; asOf: string };
const milestone = (...reports: Entry[]) => milestoneSchema.parse({ id: 'm', label: '启动建设', reports: reports.map((report) => ({ ...report, source })) });
const plan = (date: string, precision: string, asOf = '2023-05-10', before?: boolean): Entry => ({ type: 'plan', date: { date, precision, ...(before ? { before } : {}) }, asOf });

describe('assessMilestone(milestone, today)', () => {
  it('calls a start planned for May and made on 20 June late by 20 days', () => {
    const late = milestone(plan('2023-05', 'month'), { type: 'done', date: { date: '2023-06-20', precision: 'day' }, asOf: '2024-07-01' });
    expect(assessMilestone(late, '2026-11-25')).toMatchObject({ status: 'done-late', delay: { min: 20, max: 20 }, replanned: false });
  });

  it('calls a completion within the planned window on time, and a deadline kept before it passed', () => {
    expect(assessMilestone(milestone(plan('2023-05', 'month'), { type: 'done', date: { date: '2023-05-31', precision: 'day' }, asOf: '2023-06-01' }), '2026-01-01').status).toBe('done-on-time');
    expect(assessMilestone(milestone(plan('2023', 'end-of-year', '2023-05-10', true), { type: 'done', asOf: '2023-11-02' }), '2026-01-01').status).toBe('done-on-time');
  });

  it('gives a range when the completion is known only to the month', () => {
    const result = assessMilestone(milestone(plan('2023-07', 'end-of-month'), { type: 'done', date: { date: '2023-09', precision: 'month' }, asOf: '2023-10-10' }), '2026-01-01');
    expect(result).toMatchObject({ status: 'done-late', delay: { min: 32, max: 61 } });
    expect(formatDelay(result.delay!)).toBe('32天至约2个月');
  });

  it('gives no verdict when the completion window overlaps the plan', () => {
    const result = assessMilestone(milestone(plan('2023-05-10', 'day'), { type: 'done', date: { date: '2023-05', precision: 'month' }, asOf: '2023-06-01' }), '2026-01-01');
    expect(result).toMatchObject({ status: 'done', delay: undefined });
  });

  it('calls a milestone with no news after its planned window overdue, by days since the window ended', () => {
    const silent = milestone(plan('2023-10', 'end-of-month'));
    expect(assessMilestone(silent, '2023-10-31')).toMatchObject({ status: 'upcoming', delay: undefined });
    expect(assessMilestone(silent, '2023-11-10')).toMatchObject({ status: 'overdue', delay: { min: 10, max: 10 } });
  });

  it('keeps a started milestone "started" until its window passes, then overdue', () => {
    const begun = milestone(plan('2023-10', 'end-of-month'), { type: 'started', asOf: '2023-08-01' });
    expect(assessMilestone(begun, '2023-09-01')).toMatchObject({ status: 'started', started: { asOf: '2023-08-01' } });
    expect(assessMilestone(begun, '2023-12-01').status).toBe('overdue');
  });

  it('judges a moved plan against the first promise, and reports the standing against the new one', () => {
    const moved = milestone(plan('2023-05', 'month'), plan('2023-08', 'month', '2023-06-15'));
    const result = assessMilestone(moved, '2023-07-01');
    expect(result).toMatchObject({ status: 'overdue', statusAgainstLatestPlan: 'upcoming', replanned: true });
    expect(result.firstPlan?.date?.date).toBe('2023-05');
    expect(result.latestPlan?.date?.date).toBe('2023-08');
  });

  it('reads reports in the order they were made, whatever order they were entered', () => {
    const shuffled = milestone(plan('2023-08', 'month', '2023-06-15'), plan('2023-05', 'month', '2023-05-10'));
    expect(assessMilestone(shuffled, '2023-07-01').firstPlan?.date?.date).toBe('2023-05');
  });

  it('leaves a milestone reported without a plan unjudged', () => {
    expect(assessMilestone(milestone({ type: 'done', asOf: '2023-05-10' }), '2026-01-01').status).toBe('done');
    expect(assessMilestone(milestone({ type: 'started', asOf: '2023-05-10' }), '2026-01-01').status).toBe('started');
  });
});

describe('milestoneStatuses', () => {
  it('lists the statuses most pressing first: overdue, then work under way, then done, then unjudged', () => {
    expect(milestoneStatuses).toEqual(['overdue', 'started', 'upcoming', 'done-late', 'done-on-time', 'done', 'unscheduled']);
  });
});

describe('byMostPressingProject(rows)', () => {
  const row = (group: string, id: string, status: MilestoneStatus) => ({ id, group, assessment: { status } });

  it('puts the project with an overdue milestone first and keeps each project\'s rows together, in their order', () => {
    const rows = [row('乙', 'b1', 'done'), row('甲', 'a1', 'upcoming'), row('乙', 'b2', 'overdue'), row('甲', 'a2', 'done-late')];
    expect(byMostPressingProject(rows).map(({ id }) => id)).toEqual(['b1', 'b2', 'a1', 'a2']);
  });

  it('ranks done-on-time ahead of done, and projects alike in urgency by name', () => {
    const rows = [row('丙', 'c', 'done'), row('乙', 'b', 'done-on-time'), row('甲', 'a', 'done-on-time')];
    expect(byMostPressingProject(rows).map(({ id }) => id)).toEqual(['a', 'b', 'c']);
  });
});

describe('tallies', () => {
  it('tallyStatuses counts every status and projectStanding picks the most pressing', () => {
    const today = '2026-01-01';
    const assessments = [
      assessMilestone(milestone(plan('2023-05', 'month')), today),
      assessMilestone(milestone({ type: 'done', asOf: '2023-05-10' }), today),
      assessMilestone(milestone(plan('2027', 'year')), today),
    ];
    expect(tallyStatuses(assessments)).toEqual({ overdue: 1, started: 0, upcoming: 1, 'done-late': 0, 'done-on-time': 0, done: 1, unscheduled: 0 });
    expect(projectStanding(assessments)).toBe('overdue');
    expect(projectStanding([])).toBeUndefined();
  });
  it('formatDelay(delay) reads in days, then months', () => {
    expect(formatDelay({ min: 20, max: 20 })).toBe('20天');
    expect(formatDelay({ min: 3, max: 33 })).toBe('3—33天');
    expect(formatDelay({ min: 1296, max: 1296 })).toBe('约43个月');
  });
});
