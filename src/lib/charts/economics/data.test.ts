import { describe, expect, it } from 'vitest';
import { projectSchema } from '../../schema.ts';
import { huali, labels, report, source } from '../fixtures.ts';
import { comparisonInput, comparisonTakeaway } from '../comparison/data.ts';
import { economicsCsv, economicsInput, economicsTable, economicsTakeaway } from './data.ts';

describe('the economics chart, its takeaway and tables', () => {
  it('says the investment and the yearly figures with their condition, and computes no payback', () => {
    const takeaway = economicsTakeaway(huali, labels);
    expect(takeaway).toBe('华理生物产业园项目计划投资5.2亿元；全部投产后，预计每年销售收入5.24亿元、利润1.7亿元、税收0.34亿元。');
    expect(takeaway).not.toMatch(/收回|回收|年可/);
  });

  it('keeps the investment off the yearly axis and writes every amount in one unit', () => {
    const input = economicsInput(huali, labels);
    expect(input.investment).toEqual({ label: '计划投资', text: '5.2亿元' });
    expect(input.yearly!.heading).toBe('全部投产后，预计每年');
    expect(input.yearly!.bars.map((bar) => `${bar.label} ${bar.text}`)).toEqual(['销售收入 5.24亿元', '利润 1.7亿元', '税收 0.34亿元']);
  });

  it('gives each yearly figure its own condition when they differ', () => {
    const mixed = projectSchema.parse({ ...huali, figures: { ...huali.figures, annualTax: report(34_000_000, { condition: '达产后' }) } });
    const input = economicsInput(mixed, labels);
    expect(input.yearly!.heading).toBe('预计每年');
    expect(input.yearly!.bars.map((bar) => bar.label)).toEqual(['销售收入（全部投产后）', '利润（全部投产后）', '税收（达产后）']);
    expect(economicsTakeaway(mixed, labels)).toBe('华理生物产业园项目计划投资5.2亿元；预计每年销售收入5.24亿元（全部投产后）、利润1.7亿元（全部投产后）、税收0.34亿元（达产后）。');
  });

  it('draws a lower bound open at its end', () => {
    const bound = projectSchema.parse({ ...huali, figures: { ...huali.figures, annualRevenue: report(100_000_000, { qualifier: 'over', condition: '全部投产后' }) } });
    const [revenue] = economicsInput(bound, labels).yearly!.bars;
    expect(revenue).toMatchObject({ text: '超1亿元', atLeast: true, label: '销售收入' });
  });

  it('draws yearly figures of one date only: a later revenue is not set beside an earlier profit, and the takeaway names it with its date', () => {
    const later = { value: 100_000_000, qualifier: 'over', asOf: '2024-07-01', source: { article: 'b', quote: 'q2' } };
    const followedUp = projectSchema.parse({ ...huali, figures: { ...huali.figures, annualRevenue: [...huali.figures.annualRevenue!, later] } });
    const input = economicsInput(followedUp, labels);
    expect(input.yearly!.bars.map((bar) => `${bar.label} ${bar.text}`)).toEqual(['销售收入 5.24亿元', '利润 1.7亿元', '税收 0.34亿元']);
    expect(economicsTakeaway(followedUp, labels)).toBe(
      '华理生物产业园项目计划投资5.2亿元；据2023年5月10日的报道，全部投产后，预计每年销售收入5.24亿元、利润1.7亿元、税收0.34亿元。2024年7月1日的报道称预计年销售收入超1亿元，但没有同时报道利润、税收；图中的年度数字都取自同一天的报道。',
    );
    expect(economicsTable(followedUp, labels).rows.map((row) => row[4])).toEqual(['2023年5月10日', '2023年5月10日', '2023年5月10日', '2023年5月10日']);
    // Across projects too: the comparison draws the same figures, and says whose are of an earlier date.
    expect(comparisonInput([followedUp], labels).projects[0]!.yearly.map((bar) => bar.text)).toEqual(['5.24亿元', '1.7亿元', '0.34亿元']);
    expect(comparisonTakeaway([followedUp], labels)).toBe('有数字的1个项目中，华理生物产业园项目计划投资最多，为5.2亿元。华理生物产业园项目（2023年5月10日）的年度数字取自同一天的报道；此后的报道只给出了其中几项，见项目页。');
    // Reported together again: the later date's figures are drawn, and nothing is left to name.
    const both = projectSchema.parse({ ...followedUp, figures: { ...followedUp.figures, annualProfit: [...huali.figures.annualProfit!, { ...later, value: 20_000_000, qualifier: 'exact' }], annualTax: [...huali.figures.annualTax!, { ...later, value: 3_000_000, qualifier: 'exact' }] } });
    expect(economicsInput(both, labels).yearly!.bars.map((bar) => bar.text)).toEqual(['超1亿元', '0.2亿元', '0.03亿元']);
    expect(economicsTakeaway(both, labels)).toBe('华理生物产业园项目计划投资5.2亿元；据2024年7月1日的报道，预计每年销售收入超1亿元、利润0.2亿元、税收0.03亿元。');
  });

  it('draws the latest date with any yearly figure when they were never reported together', () => {
    const apart = projectSchema.parse({ ...huali, figures: { annualRevenue: report(524_000_000), annualProfit: [{ value: 170_000_000, asOf: '2024-07-01', source }] } });
    expect(economicsInput(apart, labels).yearly!.bars.map((bar) => bar.text)).toEqual(['1.7亿元']);
  });

  it('never sets a phase figure against whole-project ones without saying so', () => {
    const phaseOnly = projectSchema.parse({ ...huali, figures: { investment: report(350_000_000, { scope: 'phase-1' }), annualProfit: huali.figures.annualProfit } });
    expect(economicsInput(phaseOnly, labels).investment!.text).toBe('3.5亿元（一期）');
    expect(economicsTakeaway(phaseOnly, labels)).toContain('注明“一期”等的数字只属于该期。');
  });

  it('tabulates the figures as readers read them, and in yuan only for download', () => {
    const table = economicsTable(huali, labels);
    expect(table.columns).toEqual(['数字', '数值', '口径', '前提', '报道日期']);
    expect(table.rows).toContainEqual(['预计年税收', '0.34亿元', '全项目', '全部投产后', '2023年5月10日']);
    expect(table.rows.flat()).not.toContain(34_000_000);
    expect(economicsCsv(huali, labels).rows).toContainEqual(['预计年税收', '0.34亿元', 34_000_000, '全项目', '全部投产后', '2023-05-10']);
  });
});
