// What the charts' data tests share: the site's words and a project with every economics figure.
import strings from '../../i18n/zh-Hans.json';
import { projectSchema } from '../schema.ts';
import type { ChartLabels } from './chartData.ts';

export const labels: ChartLabels = { figure: strings.figure, milestoneStatus: strings.milestoneStatus, milestone: strings.milestone, charts: strings.charts };
export const source = { article: 'a', quote: 'q' };
export const report = (value: number, extra: object = {}) => [{ value, asOf: '2023-05-10', source, ...extra }];
export const huali = projectSchema.parse({
  id: 'huali-bio',
  name: '华理生物产业园项目',
  status: [{ stage: 'design-and-approvals', asOf: '2023-05-10', source }],
  figures: {
    investment: report(520_000_000),
    landArea: report(10),
    annualRevenue: report(524_000_000, { condition: '全部投产后' }),
    annualProfit: report(170_000_000, { condition: '全部投产后' }),
    annualTax: report(34_000_000, { condition: '全部投产后' }),
  },
});

