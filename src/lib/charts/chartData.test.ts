import { describe, expect, it } from 'vitest';
import strings from '../../i18n/zh-Hans.json';
import { startRate } from '../derived.ts';
import { followedUpProject } from '../fixtures/followUp.ts';
import { datasetSchema, projectSchema } from '../schema.ts';
import { datasetObject } from '../validate/fixtures.ts';
import { comparisonData, comparisonTakeaway, economicsData, economicsTable, economicsTakeaway, timelineData, timelineTakeaway, zoneProgressTakeaway } from './chartData.ts';

const labels = { figure: strings.figure, milestoneStatus: strings.milestoneStatus, milestone: strings.milestone, charts: strings.charts };
const source = { article: 'a', quote: 'q' };
const huali = projectSchema.parse({
  id: 'huali-bio',
  name: '华理生物产业园项目',
  status: [{ stage: 'design-and-approvals', asOf: '2023-05-10', source }],
  figures: Object.fromEntries(
    Object.entries({ investment: 520_000_000, landArea: 10, annualRevenue: 524_000_000, annualProfit: 170_000_000, annualTax: 34_000_000 }).map(([kind, value]) => [kind, [{ value, asOf: '2023-05-10', source }]]),
  ),
});

describe('chart takeaways are computed from the data', () => {
  it('economicsTakeaway(project) says the investment, the yearly returns and the payback', () => {
    expect(economicsTakeaway(huali, labels)).toBe('华理生物产业园项目计划投资5.2亿元，预计每年销售收入5.24亿元、利润1.7亿元、税收0.34亿元。按预计年利润计算，约3.1年可收回投资。');
  });

  it('never sets a phase figure against whole-project ones without saying so', () => {
    const phaseOnly = projectSchema.parse({ ...huali, figures: { investment: [{ value: 350_000_000, scope: 'phase-1', asOf: '2024-07-01', source }], annualProfit: huali.figures.annualProfit } });
    expect(economicsData(phaseOnly)[0]!.text).toBe('3.5亿元（一期）');
    const takeaway = economicsTakeaway(phaseOnly, labels);
    expect(takeaway).not.toContain('收回投资');
    expect(takeaway).toContain('注明“一期”等的数字只属于该期。');
  });

  it('economicsTable(project) lists the same numbers in base units', () => {
    expect(economicsTable(huali, labels).rows[0]).toEqual(['计划投资', '5.2亿元', 520_000_000, '全项目', '2023-05-10']);
  });

  it('zoneProgressTakeaway(rate) gives the computed and the stated rate, and no invented overlap', () => {
    const dataset = datasetSchema.parse({ ...datasetObject(), indicators: { ...datasetObject().indicators, startRate: [{ value: 69.7, period: '2023', asOf: '2023-05-10', source }] } });
    expect(zoneProgressTakeaway(startRate(dataset.indicators)!, 15, labels)).toBe(
      '2023年计划建设的43个重点项目中，30个已开复工，按此计算开复工率为69.77%（报道称69.7%）。列入省级重点项目的有15个；报道没有说明其中多少已开复工。',
    );
  });

  it('comparisonTakeaway(projects) names the largest and counts those without figures', () => {
    const bare = projectSchema.parse({ id: 'volvo', name: '沃尔沃项目', status: [{ stage: 'under-construction', asOf: '2023-05-10', source }] });
    expect(comparisonData([bare, huali]).withoutFigures.map((p) => p.id)).toEqual(['volvo']);
    expect(comparisonTakeaway([bare, huali], labels)).toBe('有数字的1个项目中，华理生物产业园项目计划投资最多，为5.2亿元。另有1个项目尚无投资或收益数字，列在图下。');
  });

  it('timelineTakeaway(rows) tallies the milestones by status', () => {
    expect(timelineTakeaway(timelineData([followedUpProject()], '2024-07-15', false), labels)).toBe('3个节点中，2个逾期未见完成，1个延期完成。');
  });
});
