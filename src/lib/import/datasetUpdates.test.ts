import { readFileSync } from 'node:fs';
import { diffLines } from 'diff';
import { describe, expect, it } from 'vitest';
import strings from '../../i18n/zh-Hans.json';
import { datasetSchema, type Dataset } from '../schema.ts';
import { assessMilestone } from '../milestoneStatus.ts';
import { applyUpdates, describeUpdates, proposeUpdates } from './datasetUpdates.ts';
import { MILESTONE_WORDS } from '../facts/milestoneStatements.ts';
import { importScrapedArticle } from './importArticle.ts';
import { datasetUpdatesReport, updatesFromReading } from './updatesReport.ts';

const datasetText = readFileSync(new URL('../../../content/data/projects.json', import.meta.url), 'utf8');
const seedDataset = (): Dataset => datasetSchema.parse(JSON.parse(datasetText));
const followUp = readFileSync(new URL('./fixtures/follow-up-scrape.txt', import.meta.url));

function importFollowUp(dataset = seedDataset()) {
  const result = importScrapedArticle(followUp, { sourceName: 'follow-up.txt', slug: 'follow-up' }, dataset);
  if (!result.ok) throw new Error('import failed');
  return { result, updates: updatesFromReading(dataset, result.slug, result.findings.date.value, result.findings) };
}

describe('proposeUpdates: a follow-up article against the seed dataset', () => {
  it('proposes a phase-1 figure, a lower forecast, a late start, new milestones and later stages, each quoting the article', () => {
    const { result, updates } = importFollowUp();
    expect(updates.map((update) => (update.kind === 'figure' ? `figure ${update.projectId} ${update.figure} ${update.report.scope} ${update.report.qualifier} ${update.report.value}` : update.kind === 'milestone' ? `milestone ${update.projectId} ${update.milestoneId}${update.isNew ? ' (new)' : ''} ${update.report.type} ${update.report.date?.date ?? '-'}` : update.kind === 'status' ? `status ${update.projectId} ${update.report.stage}` : update.kind))).toEqual([
      // The total restated is a report too: the record shows it still stood in July 2024.
      'figure huali-bio investment project exact 520000000',
      'figure huali-bio investment phase-1 exact 350000000',
      'figure huali-bio annualRevenue project over 100000000',
      'milestone huali-bio construction-start done 2023-06-20',
      'milestone huali-bio phase-1-topping-out (new) done -',
      // 一期…，预计今年10月31日前建成投产: the sentence is about phase 1.
      'milestone huali-bio phase-1-production (new) plan 2024-10-31',
      'milestone longjiang-chemical-polycarbonate mechanical-completion done 2023-09',
      'status huali-bio under-construction',
      'status longjiang-chemical-polycarbonate mechanical-completion',
    ]);
    // Every quote is the article's own words, so npm run check finds it there.
    const body = result.text.replace(/\s/gu, '');
    for (const update of updates) {
      if (update.kind === 'project') continue;
      expect(body).toContain(update.report.source.quote.replace(/\s/gu, ''));
      expect(update.report).toMatchObject({ asOf: '2024-07-01', source: { article: 'follow-up' } });
    }
  });

  it('describes each update with what the record said before, the delay against the first plan, and where the article says it', () => {
    const dataset = seedDataset();
    const { updates } = importFollowUp(dataset);
    const lines = describeUpdates(dataset, updates, 'content/articles/follow-up.md', strings.stage);
    expect(lines).toContain('  huali-bio 华理生物产业园项目');
    expect(lines.find((line) => line.includes('figures.investment  一期'))).toMatch(/^ {4}\+ figures\.investment {2}一期 3\.5亿元（新口径；全项目 5\.2亿元） {3}content\/articles\/follow-up\.md:\d+:\d+$/u);
    expect(lines.find((line) => line.includes('figures.investment  全项目'))).toContain('全项目 5.2亿元（与 2023-05-10 的记录相同，再次报道）');
    expect(lines).toContain('      “项目分两期建设，一期计划投资3.5亿元”');
    expect(lines.find((line) => line.includes('figures.annualRevenue'))).toContain('全项目 超1亿元（此前为 5.24亿元，2023-05-10）');
    expect(lines.find((line) => line.includes('milestones.construction-start'))).toContain('启动建设  已完成 2023年6月20日；最初计划 2023年5月：晚了 20天');
    expect(lines.find((line) => line.includes('milestones.mechanical-completion'))).toContain('装置中交  已完成 2023年9月；最初计划 2023年7月底：晚了 32天至约2个月');
    expect(lines.find((line) => line.includes('milestones.phase-1-topping-out'))).toContain('（新节点：一期主体封顶）  已完成（未报道日期）');
    expect(lines.find((line) => line.includes('+ status  under-construction'))).toContain('（此前为 design-and-approvals）');
  });

  it('writes the updates as new reports after the old ones, changing nothing else, into a valid dataset', () => {
    const dataset = seedDataset();
    const { updates } = importFollowUp(dataset);
    const text = applyUpdates(datasetText, dataset, updates);
    const updated = datasetSchema.parse(JSON.parse(text));
    const huali = updated.projects.find((project) => project.id === 'huali-bio')!;
    const before = dataset.projects.find((project) => project.id === 'huali-bio')!;
    expect(huali.figures.investment!.slice(0, before.figures.investment!.length)).toEqual(before.figures.investment);
    expect(huali.figures.investment!.slice(before.figures.investment!.length)).toMatchObject([
      { value: 520_000_000, scope: 'project', asOf: '2024-07-01' },
      { value: 350_000_000, scope: 'phase-1' },
    ]);
    expect(huali.figures.annualRevenue!.map((report) => report.value)).toEqual([524_000_000, 100_000_000]);
    const start = huali.milestones.find((milestone) => milestone.id === 'construction-start')!;
    expect(assessMilestone(start, '2024-07-01')).toMatchObject({ status: 'done-late', delay: { min: 20, max: 20 } });
    expect(huali.status.map((report) => report.stage)).toEqual(['design-and-approvals', 'under-construction']);
    // Untouched projects stay byte for byte as the editor wrote them.
    const untouched = (json: string) => JSON.stringify((JSON.parse(json) as Dataset).projects.filter((project) => !['huali-bio', 'longjiang-chemical-polycarbonate'].includes(project.id)));
    expect(untouched(text)).toBe(untouched(datasetText));
    // Only additions: every line the editor wrote is still there, in order.
    expect(diffLines(datasetText, text).filter((part) => part.removed)).toEqual([]);
    expect(text.endsWith('\n')).toBe(datasetText.endsWith('\n'));
  });

  it('proposes nothing more once applied, nor when the dataset already has what it says', () => {
    const dataset = seedDataset();
    const { updates } = importFollowUp(dataset);
    const applied = datasetSchema.parse(JSON.parse(applyUpdates(datasetText, dataset, updates)));
    expect(importFollowUp(applied).updates).toEqual([]);

    const seed = importScrapedArticle(readFileSync(new URL('../clean/fixtures/seed.txt', import.meta.url)), { sourceName: 'seed.txt', slug: 'seed-again', date: '2023-05-10' }, dataset);
    expect(seed.ok && updatesFromReading(dataset, 'seed-again', seed.findings.date.value, seed.findings)).toEqual([]);
  });

  it('proposes nothing for an article without a date, and says why', () => {
    const dataset = seedDataset();
    const undated = importScrapedArticle(new TextEncoder().encode('华理生物产业园项目开工\n华理生物产业园项目于去年6月20日开工建设，一期计划投资3.5亿元。'), { sourceName: 'x.txt' }, dataset);
    expect(undated.ok && updatesFromReading(dataset, undated.slug, undated.findings.date.value, undated.findings)).toEqual([]);
    const report = datasetUpdatesReport({ dataset, datasetText, datasetPath: 'content/data/projects.json', articlePath: 'a.md', updates: [], date: undefined, apply: false, stageLabels: strings.stage });
    expect(report.lines).toEqual(['数据集更新：文章还没有日期，无法提出（填好文章的 date，或加 --date 重新导入）。content/data/projects.json 没有改动。']);
  });

  it('prints a unified diff of the dataset and leaves the writing to --apply', () => {
    const dataset = seedDataset();
    const { updates } = importFollowUp(dataset);
    const report = datasetUpdatesReport({ dataset, datasetText, datasetPath: 'content/data/projects.json', articlePath: 'content/articles/follow-up.md', updates, date: '2024-07-01', apply: false, stageLabels: strings.stage });
    expect(report.lines).toContain('--- a/content/data/projects.json');
    expect(report.lines).toContain('+              "quote": "项目分两期建设，一期计划投资3.5亿元"');
    expect(report.lines.filter((line) => line.startsWith('-') && !line.startsWith('---'))).toEqual([]);
    expect(report.lines.at(-1)).toBe('content/data/projects.json 没有改动。要写入这些更新，加 --apply 再运行一次同样的命令。');
    expect(report.newText).toBe(applyUpdates(datasetText, dataset, updates));
  });

  it('adds a milestone list, a figure history or a status to a project that has none yet', () => {
    const dataset = seedDataset();
    const volvo = dataset.projects.findIndex((project) => project.id === 'volvo-daqing-phase-1-upgrade');
    const updates = proposeUpdates(dataset, {
      slug: 'volvo-news',
      date: '2024-01-05',
      figures: [{ projectId: 'volvo-daqing-phase-1-upgrade', figure: 'investment', scope: 'project', quantity: { value: 3e8, qualifier: 'about', unit: 'yuan', text: '约3亿元', start: 0, end: 4, step: 1e7 } as never, quote: '计划投资约3亿元', line: 1, column: 1 }],
      milestones: [],
    });
    const text = applyUpdates(datasetText, dataset, updates);
    expect(datasetSchema.parse(JSON.parse(text)).projects[volvo]!.figures.investment).toEqual([
      { value: 3e8, qualifier: 'about', scope: 'project', asOf: '2024-01-05', source: { article: 'volvo-news', quote: '计划投资约3亿元' } },
    ]);
  });
});

describe('proposeUpdates: one start told twice', () => {
  it('takes a start of the project on the day the article gives for phase 1’s start as the same event', () => {
    const dataset = seedDataset();
    const project = dataset.projects.find((candidate) => candidate.milestones.every((milestone) => !milestone.id.endsWith('construction-start')))!;
    const start = MILESTONE_WORDS.find((word) => word.kind === 'construction-start')!;
    const stated = (scope: string, date: string, quote: string) => ({ projectId: project.id, word: start, type: 'done' as const, date: { date, precision: 'day' as const }, scope, quote, line: 1, column: 1 });
    const updates = proposeUpdates(dataset, {
      slug: 'start-news',
      date: '2024-01-08',
      figures: [],
      milestones: [stated('phase-1', '2024-01-07', '1月7日，工厂一期奠基仪式举行'), stated('project', '2024-01-07', '当日，工厂正式开工建设'), stated('project', '2024-01-02', '另一个日子')],
    });
    expect(updates.filter((update) => update.kind === 'milestone').map((update) => [update.kind === 'milestone' ? update.milestoneId : '', update.kind === 'milestone' ? update.report.date?.date : ''])).toEqual([
      ['phase-1-construction-start', '2024-01-07'],
      ['construction-start', '2024-01-02'],
    ]);
  });
});
