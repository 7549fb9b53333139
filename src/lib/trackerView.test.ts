import { describe, expect, it } from 'vitest';
import { followedUpProject } from './fixtures/followUp.ts';
import { datasetSchema } from './schema.ts';
import { trackedFigures, trackerGroups, trackerTallies } from './trackerView.ts';
import strings from '../i18n/zh-Hans.json';
import { datasetObject } from './validate/fixtures.ts';

describe('trackerGroups(dataset, today)', () => {
  it('puts overdue milestones first, the longest overdue at the top, and counts every status', () => {
    const dataset = datasetSchema.parse({ ...datasetObject(), projects: [followedUpProject()] });
    const groups = trackerGroups(dataset, '2024-07-15');
    expect(groups.map((group) => [group.status, group.entries.map((entry) => entry.milestone.id)])).toEqual([
      ['overdue', ['main-civil-works', 'phase-1-production']],
      ['started', []],
      ['upcoming', []],
      ['done-late', ['construction-start']],
      ['done-on-time', []],
      ['done', []],
      ['unscheduled', []],
    ]);
    expect(groups[0]!.entries[1]!.assessment.statusAgainstLatestPlan).toBe('upcoming');
    expect(trackerTallies(groups)).toMatchObject({ overdue: 2, 'done-late': 1, upcoming: 0 });
  });
});

describe('trackedFigures(dataset, labels)', () => {
  it('lists figures and measures a later report gave again: changes first, then confirmations, each value with its dates', () => {
    const project = followedUpProject();
    const july = { asOf: '2024-07-01', source: { article: 'follow-up', quote: '床位1500张' } };
    project.measures = [{ id: 'beds', label: '床位', unit: '张', reports: [{ value: 1000, qualifier: 'exact', scope: 'project', asOf: '2023-05-10', source: july.source }, { value: 1500, qualifier: 'exact', scope: 'project', ...july }] }];
    const dataset = datasetSchema.parse({ ...datasetObject(), projects: [project] });
    const rows = trackedFigures(dataset, strings).map((row) => [row.label, row.scope, row.revision, row.statements.map((statement) => [statement.value, statement.reports.map((report) => report.asOf)])]);
    expect(rows).toEqual([
      ['预计年销售收入', 'project', 'reworded', [['5.24亿元', ['2023-05-10']], ['超1亿元', ['2024-07-01']]]],
      ['床位', 'project', 'up', [['1000张', ['2023-05-10']], ['1500张', ['2024-07-01']]]],
      // Repeated in July: a confirmation, listed after the changes. The phase-1 figure was reported once: not listed.
      ['计划投资', 'project', 'same', [['5.2亿元', ['2023-05-10', '2024-07-01']]]],
    ]);
  });
});
