import { describe, expect, it } from 'vitest';
import { datasetObject, datasetText, positionOf } from '../fixtures.ts';
import { dateAfterReport } from './date-after-report.ts';
import { linesOf } from './testing.ts';

describe('date-after-report', () => {
  const doneIn = (month: string) => {
    const data = datasetObject();
    const entry = data.projects[0]!.milestones[0]!.reports[0]! as { type: string; date: { date: string } };
    entry.type = 'done';
    entry.date.date = month;
    return data;
  };

  it('rejects a completion reported before it happened, at its date', () => {
    const data = doneIn('2023-07');
    expect(linesOf(dateAfterReport, { dataset: data })).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"date": {')}  error  projects[0].milestones[0].reports[0].date：截至 2023-05-10 的报道不能说 2023年7月 已完成（type: done）；应为 plan 报道，或写实际发生的日期  docs/rules.md#date-after-report`,
    ]);
  });

  it('accepts a completion in the month of its report', () => {
    expect(linesOf(dateAfterReport, { dataset: doneIn('2023-05') })).toEqual([]);
  });
});
