import { describe, expect, it } from 'vitest';
import { startRate } from '../../derived.ts';
import { datasetSchema } from '../../schema.ts';
import { datasetObject } from '../../validate/fixtures.ts';
import { labels, source } from '../fixtures.ts';
import { progressTakeaway } from './data.ts';

describe('the zone progress', () => {
  it('gives the computed rate at the precision of the stated one, beside it, and no invented overlap', () => {
    const dataset = datasetSchema.parse({ ...datasetObject(), indicators: { ...datasetObject().indicators, startRate: [{ value: 69.7, period: '2023', asOf: '2023-05-10', source }] } });
    expect(progressTakeaway(startRate(dataset.indicators)!, 15, labels)).toBe(
      '2023年计划建设的43个重点项目中，30个已开复工，按此计算开复工率为69.8%（报道称69.7%）。列入省级重点项目的有15个；报道没有说明其中多少已开复工。',
    );
  });
});
