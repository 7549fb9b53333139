// The seed followed up by two invented articles (tests/fixtures/follow-up-*.md), as an editor would record them:
// a late start, a phase-1 figure, a lower forecast repeated later, a measure that grew, a repeated investment, and
// a new project whose sources report no stage yet. Test data, not news.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './project.ts';

export const FOLLOW_UPS = ['huali-bio-follow-up-2024', 'huali-bio-follow-up-2024-07-20'] as const;
const FIXTURES = { 'huali-bio-follow-up-2024': 'follow-up-2024.md', 'huali-bio-follow-up-2024-07-20': 'follow-up-2024-07-20.md' } as const;

// The dataset as JSON text parses: shaped by the schema, not typed here.
type Json = Record<string, any>;

/** The dataset with the follow-ups' reports appended, nothing overwritten. */
export function followUpDataset(original: Json): Json {
  const data = structuredClone(original);
  const huali = data.projects.find((p: Json) => p.id === 'huali-bio');
  const july = (quote: string) => ({ asOf: '2024-07-01', source: { article: FOLLOW_UPS[0], quote } });
  const later = (quote: string) => ({ asOf: '2024-07-20', source: { article: FOLLOW_UPS[1], quote } });
  huali.status.push({ stage: 'under-construction', ...july('于去年6月20日开工建设') });
  huali.figures.investment.push({ value: 520000000, ...july('华理生物产业园项目总投资5.2亿元') });
  huali.figures.investment.push({ value: 350000000, scope: 'phase-1', ...july('一期计划投资3.5亿元') });
  huali.figures.annualRevenue.push({ value: 100000000, qualifier: 'over', ...july('年销售收入超1亿元') });
  huali.figures.annualRevenue.push({ value: 100000000, qualifier: 'over', ...later('项目建成投产后年销售收入超1亿元') });
  huali.measures = [
    {
      id: 'floor-area',
      label: '建筑面积',
      unit: '平方米',
      reports: [
        { value: 12000, scope: 'phase-1', ...july('一期建筑面积1.2万平方米') },
        { value: 15000, scope: 'phase-1', ...later('华理生物产业园项目一期建筑面积1.5万平方米') },
      ],
    },
  ];
  const milestone = (id: string) => huali.milestones.find((m: Json) => m.id === id);
  milestone('construction-start').reports.push({ type: 'done', date: { date: '2023-06-20', precision: 'day' }, ...july('于去年6月20日开工建设') });
  milestone('equipment-installation').reports.push({ type: 'plan', date: { date: '2024-10-31', precision: 'day', before: true }, ...july('预计今年10月31日前建成投产') });
  data.projects.push({
    id: 'daqing-storage-station',
    name: '储能电站项目',
    park: '宏伟园区',
    status: [],
    figures: { investment: [{ value: 200000000, ...later('计划投资2亿元') }] },
    measures: [{ id: 'capacity', label: '装机容量', unit: '千瓦', reports: [{ value: 200000, ...later('规划装机容量20万千瓦') }] }],
    milestones: [
      {
        id: 'construction-start',
        label: '开工建设',
        reports: [{ type: 'plan', date: { date: '2024', precision: 'end-of-year', before: true }, ...later('计划今年年底前开工建设') }],
      },
    ],
  });
  return data;
}

/** Writes the follow-ups into a copy of the project; returns a function that puts the seed back. */
export async function applyFollowUps(project: string): Promise<() => Promise<void>> {
  const datasetPath = path.join(project, 'content/data/projects.json');
  const original = await readFile(datasetPath, 'utf8');
  await writeFile(datasetPath, `${JSON.stringify(followUpDataset(JSON.parse(original)), null, 2)}\n`);
  const articles = FOLLOW_UPS.map((slug) => path.join(project, `content/articles/${slug}.md`));
  await Promise.all(FOLLOW_UPS.map(async (slug, index) => writeFile(articles[index]!, await readFile(path.join(ROOT, 'tests/fixtures', FIXTURES[slug]), 'utf8'))));
  return async () => {
    await writeFile(datasetPath, original);
    await Promise.all(articles.map((file) => rm(file, { force: true })));
  };
}
