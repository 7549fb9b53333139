import { describe, expect, it } from 'vitest';
import { datasetObject, datasetText, positionOf } from '../fixtures.ts';
import { staleUpdated } from './stale-updated.ts';
import { linesOf } from './testing.ts';

describe('stale-updated', () => {
  it('warns about an updated date older than the newest report', () => {
    const data = { ...datasetObject(), updated: '2023-05-01' };
    expect(linesOf(staleUpdated, { dataset: data })).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"updated"')}  warning  updated：2023-05-01 早于最新的报道（2023-05-10）；应为数据集最后改动的日期  docs/rules.md#stale-updated`,
    ]);
  });

  it('accepts an updated date on the day of the newest report', () => {
    expect(linesOf(staleUpdated)).toEqual([]);
  });
});
