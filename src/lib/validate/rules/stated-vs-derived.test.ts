import { describe, expect, it } from 'vitest';
import { datasetObject, datasetText, positionOf } from '../fixtures.ts';
import { statedVsDerived } from './stated-vs-derived.ts';
import { linesOf } from './testing.ts';

describe('stated-vs-derived', () => {
  it('warns where a stated rate disagrees with its parts at the precision stated', () => {
    const data = datasetObject();
    data.indicators.startRate[0]!.value = 69.7;
    expect(linesOf(statedVsDerived, { dataset: data })).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"value": 69.7')}  warning  indicators.startRate[0]：所报开复工率 69.7% 与 30 ÷ 43 = 69.77% 不符（按所报精度为 69.8%）  docs/rules.md#stated-vs-derived`,
    ]);
  });

  it('accepts 69.8% for 30 of 43', () => {
    expect(datasetObject().indicators.startRate[0]!.value).toBe(69.8);
    expect(linesOf(statedVsDerived)).toEqual([]);
  });
});
