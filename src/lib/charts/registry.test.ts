import { describe, expect, it } from 'vitest';
import strings from '../../i18n/zh-Hans.json';
import { datasetSchema, type Dataset } from '../schema.ts';
import { datasetObject } from '../validate/fixtures.ts';
import { projectsMilestonesModel, ZONE_MILESTONES_ROWS } from './milestones/model.ts';
import type { ChartContext } from './model.ts';
import { allChartRefs, computeChartModel } from './registry.ts';

const source = { article: 'zone-report', quote: 'q' };
const plain = (id: string, name: string, milestones: unknown[] = []) => ({ id, name, status: [{ stage: 'signed', asOf: '2023-05-10', source }], milestones });
const plan = (id: string, date: string) => ({ id, label: `节点${id}`, reports: [{ type: 'plan', date: { date, precision: 'month' }, asOf: '2023-05-10', source }] });

function context(dataset: Dataset, today = '2023-06-15'): ChartContext {
  return { dataset, projectsById: new Map(dataset.projects.map((project) => [project.id, project])), today, strings };
}

const base = datasetObject();
const dataset = datasetSchema.parse({ ...base, projects: [...base.projects, plain('plain-project', '无数字项目')] });

describe('the charts the dataset can fill', () => {
  it('lists the zone charts, and each project chart only for a project with what it draws', () => {
    expect(allChartRefs(context(dataset))).toEqual([
      { kind: 'economics', projectId: 'huali-bio' },
      { kind: 'milestones' },
      { kind: 'milestones', projectId: 'huali-bio' },
      { kind: 'progress' },
      { kind: 'comparison' },
    ]);
  });

  it('has no progress chart without a year of planned and started counts, and no milestones chart without milestones', () => {
    const bare = datasetSchema.parse({ ...base, indicators: {}, projects: [plain('plain-project', '无数字项目')] });
    expect(allChartRefs(context(bare))).toEqual([{ kind: 'comparison' }]);
    expect(() => computeChartModel({ kind: 'progress' }, context(bare))).toThrow('plannedKeyProjects');
  });
});

describe('a chart model', () => {
  it('titles the economics chart for what it draws and links the figure on the project page', () => {
    const model = computeChartModel({ kind: 'economics', projectId: 'huali-bio' }, context(dataset));
    expect(model.title).toBe('华理生物产业园项目：计划投资');
    expect(model.label).toBe(`${model.title}。${model.takeaway}`);
    expect(model.home).toBe('/projects/huali-bio/#chart-projects-huali-bio-economics');
    expect(model.drawing.kind).toBe('economics');
    expect([model.drawing.layouts.narrow.width, model.drawing.layouts.wide.width]).toEqual([320, 600]);
    expect(model.csv.rows[0]).toContain(520_000_000);
  });

  it('names an unknown project', () => {
    expect(() => computeChartModel({ kind: 'economics', projectId: 'nope' }, context(dataset))).toThrow('content/data/projects.json 里没有项目 nope');
  });

  it('judges milestones on the date it is given', () => {
    const before = computeChartModel({ kind: 'milestones', projectId: 'huali-bio' }, context(dataset, '2023-04-01'));
    const after = computeChartModel({ kind: 'milestones', projectId: 'huali-bio' }, context(dataset, '2023-08-01'));
    expect(before.table.rows[0]![1]).toBe(strings.milestoneStatus.upcoming);
    expect(after.table.rows[0]![1]).toBe(strings.milestoneStatus.overdue);
    expect(after.legend).toContain('passed');
    expect(before.legend).not.toContain('passed');
    expect([after.drawing.layouts.narrow.width, after.drawing.layouts.wide.width]).toEqual([320, 720]);
  });

  it('shows the zone’s most pressing projects first and at most ZONE_MILESTONES_ROWS milestones, tabulating them all', () => {
    const many = Array.from({ length: ZONE_MILESTONES_ROWS + 5 }, (_, index) => plan(`m${index}`, '2024-01'));
    const zone = datasetSchema.parse({ ...base, projects: [plain('later', '后来项目', many), ...base.projects] });
    const model = computeChartModel({ kind: 'milestones' }, context(zone, '2023-08-01'));
    expect(model.title).toBe(strings.charts.zoneMilestonesTitle);
    expect(model.home).toBe('/tracker/#chart-zone-milestones');
    expect(model.table.rows).toHaveLength(ZONE_MILESTONES_ROWS + 6);
    expect(model.table.rows[0]![0]).toBe('后来项目');
    if (model.drawing.kind !== 'milestones') throw new Error('not a milestones chart');
    expect(model.drawing.layouts.narrow.rows).toHaveLength(ZONE_MILESTONES_ROWS);
    // 华理生物's milestone is overdue on that date, so the chart draws its project first though it is listed second.
    expect(model.drawing.layouts.narrow.groups[0]!.text).toBe('华理生物产业园项目');
  });

  it('draws the milestones of the projects an article names under one title', () => {
    const two = datasetSchema.parse({ ...base, projects: [...base.projects, plain('second', '第二项目', [plan('a', '2024-01')])] });
    const model = projectsMilestonesModel(['huali-bio', 'second'], context(two));
    expect(model.title).toBe('华理生物产业园项目、第二项目：节点计划与进展');
    expect(model.table.rows.map((row) => row[0])).toEqual(['华理生物产业园项目', '第二项目']);
  });

  it('lists the comparison’s projects without figures by name', () => {
    const model = computeChartModel({ kind: 'comparison' }, context(dataset));
    expect(model.withoutFigures).toEqual(['无数字项目']);
    expect(model.home).toBe('/projects/#chart-zone-comparison');
  });

  it('titles the progress chart with its year', () => {
    const model = computeChartModel({ kind: 'progress' }, context(dataset));
    expect(model.title).toContain('2023');
    expect(model.table.rows[0]).toEqual([strings.charts.progressStarted, 30, 43]);
  });
});
