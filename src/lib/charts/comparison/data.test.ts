import { describe, expect, it } from 'vitest';
import { projectSchema } from '../../schema.ts';
import { huali, labels, report, source } from '../fixtures.ts';
import { comparisonCsv, comparisonData, comparisonInput, comparisonTable, comparisonTakeaway } from './data.ts';

describe('the comparison', () => {
  const bare = projectSchema.parse({ id: 'volvo', name: '沃尔沃项目', status: [{ stage: 'under-construction', asOf: '2023-05-10', source }] });
  const small = projectSchema.parse({ id: 'small', name: '小项目', status: [{ stage: 'signed', asOf: '2023-05-10', source }], figures: { investment: report(5_000_000) } });

  it('names the largest and counts those without figures', () => {
    expect(comparisonData([bare, huali]).withoutFigures.map((p) => p.id)).toEqual(['volvo']);
    expect(comparisonTakeaway([bare, huali], labels)).toBe('有数字的1个项目中，华理生物产业园项目计划投资最多，为5.2亿元。另有1个项目尚无投资或收益数字，列在图下。');
  });

  it('writes every amount of the chart and the table in the unit of the largest, the condition once in the heading', () => {
    const input = comparisonInput([huali, small], labels);
    expect(input.projects.map((project) => project.investment?.text)).toEqual(['5.2亿元', '0.05亿元']);
    expect(input.yearlyHeading).toBe('全部投产后，预计每年');
    const table = comparisonTable([small, huali, bare], labels);
    expect(table.columns).toEqual(['项目', '计划投资', '预计年销售收入（全部投产后）', '预计年利润（全部投产后）', '预计年税收（全部投产后）']);
    expect(table.rows).toEqual([
      ['华理生物产业园项目', '5.2亿元', '5.24亿元', '1.7亿元', '0.34亿元'],
      ['小项目', '0.05亿元', '—', '—', '—'],
      ['沃尔沃项目', '—', '—', '—', '—'],
    ]);
    expect(comparisonCsv([huali], labels).rows[0]!.slice(0, 5)).toEqual(['华理生物产业园项目', 520_000_000, 524_000_000, 170_000_000, 34_000_000]);
    // The report's wording column writes each amount in the unit the chart shows, as the article did.
    expect(comparisonCsv([huali], labels).rows[0]!.at(-1)).toBe('0.34亿元（全部投产后）');
  });
});
