import { describe, expect, it } from 'vitest';
import { datasetObject, datasetText, positionOf } from '../fixtures.ts';
import { nameNotSimplified } from './name-not-simplified.ts';
import { linesOf } from './testing.ts';

describe('name-not-simplified', () => {
  it('rejects a name in Traditional script, giving the Simplified form', () => {
    const data = datasetObject();
    data.projects[0]!.name = '華理生物產業園項目';
    expect(linesOf(nameNotSimplified, { dataset: data })).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"name": "華理')}  error  projects[0].name：“華理生物產業園項目”不是简体中文；应为“华理生物产业园项目”  docs/rules.md#name-not-simplified`,
    ]);
  });

  it('rejects an alias in Traditional script, and accepts a Simplified one', () => {
    const data = { ...datasetObject(), projects: [{ ...datasetObject().projects[0]!, aliases: ['华理生物', '華理'] }] };
    expect(linesOf(nameNotSimplified, { dataset: data })).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"華理"')}  error  projects[0].aliases[1]：“華理”不是简体中文；应为“华理”  docs/rules.md#name-not-simplified`,
    ]);
  });

  it('accepts names in Simplified script', () => {
    expect(linesOf(nameNotSimplified)).toEqual([]);
  });
});
