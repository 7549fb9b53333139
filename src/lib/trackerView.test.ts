import { describe, expect, it } from 'vitest';
import { followedUpProject } from './fixtures/followUp.ts';
import { datasetSchema } from './schema.ts';
import { trackerGroups, trackerTallies } from './trackerView.ts';
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
