import { describe, expect, it } from 'vitest';
import strings from '../i18n/zh-Hans.json';
import { compareFigures, isUpdate, projectHistory } from './changes.ts';
import { describeChange } from './describeChange.ts';
import { amountUnitFor } from './format.ts';
import { followedUpProject } from './fixtures/followUp.ts';
import { figureReportSchema, projectSchema } from './schema.ts';

const labels = { figure: strings.figure, stage: strings.stage, change: strings.change };
const TODAY = '2024-07-15';
const YI = amountUnitFor([1e8]);

function lines(today = TODAY) {
  return projectHistory(followedUpProject(), today).map((event) => [event.date, describeChange(event, labels, YI), isUpdate(event)] as const);
}

describe('projectHistory(project, today) with describeChange', () => {
  it('tells the record in order, each report against the one before it for the same scope', () => {
    expect(lines()).toEqual([
      ['2023-05-10', '计划投资：5.2亿元（首次报道）', false],
      ['2023-05-10', '预计年销售收入：5.24亿元（首次报道）', false],
      ['2023-05-10', '进展阶段：设计与审批', false],
      ['2023-05-10', '启动建设：计划于2023年5月', false],
      ['2023-05-10', '一期建成投产：计划于2023年年底前', false],
      ['2023-05-10', '主体土建完工：计划于2023年10月底', false],
      ['2023-11-01', '主体土建完工：原计划于2023年10月底，期限已过，尚无完成的报道', true],
      ['2024-01-01', '一期建成投产：原计划于2023年年底前，期限已过，尚无完成的报道', true],
      ['2024-07-01', '计划投资：5.2亿元（与此前报道相同）', false],
      ['2024-07-01', '新口径，一期计划投资：3.5亿元', true],
      // A lower bound is compared as a bound: "over 1亿" may still be 5.24亿, so no direction and no percentage.
      ['2024-07-01', '预计年销售收入：此前报道为5.24亿元，新报道为超1亿元', true],
      ['2024-07-01', '进展阶段：由“设计与审批”变为“在建”', true],
      ['2024-07-01', '启动建设：已于2023年6月20日完成', true],
      ['2024-07-01', '一期建成投产：计划由2023年年底前改为2024年10月31日前', true],
    ]);
  });

  it('does not call a milestone overdue before its window has passed', () => {
    expect(lines('2023-10-31').some(([, text]) => text.includes('期限已过'))).toBe(false);
  });

  it('keeps every report: the record grows, it is never rewritten', () => {
    const project = followedUpProject();
    const reports = Object.values(project.figures).flat().length + project.status.length + project.milestones.flatMap((m) => m.reports).length;
    const events = projectHistory(project, TODAY).filter((event) => event.type !== 'overdue');
    expect(events).toHaveLength(reports);
  });
});

describe('compareFigures(previous, report)', () => {
  const figure = (value: number, qualifier = 'exact', valueMax?: number) => figureReportSchema.parse({ value, qualifier, valueMax, asOf: '2024-01-01', source: { article: 'a', quote: 'q' } });

  it('gives a percentage only between two exact figures', () => {
    expect(compareFigures(figure(524_000_000), figure(600_000_000))).toEqual({ change: 'up', percent: expect.closeTo(14.5, 1) });
    expect(compareFigures(figure(520_000_000), figure(520_000_000))).toEqual({ change: 'same', percent: undefined });
  });

  it('compares a bound as a bound: a direction only when every value it allows lies on one side', () => {
    expect(compareFigures(figure(524_000_000), figure(100_000_000, 'over'))).toEqual({ change: 'reworded', percent: undefined });
    expect(compareFigures(figure(524_000_000), figure(600_000_000, 'over'))).toEqual({ change: 'up', percent: undefined });
    expect(compareFigures(figure(524_000_000), figure(100_000_000, 'under'))).toEqual({ change: 'down', percent: undefined });
    expect(compareFigures(figure(100_000_000, 'over'), figure(200_000_000, 'over'))).toEqual({ change: 'reworded', percent: undefined });
  });

  it('never turns an approximate figure or a range into a percentage', () => {
    expect(compareFigures(figure(524_000_000), figure(500_000_000, 'about'))).toEqual({ change: 'down', percent: undefined });
    expect(compareFigures(figure(100_000_000, 'exact', 200_000_000), figure(300_000_000))).toEqual({ change: 'up', percent: undefined });
  });

  it('keeps the source’s condition with the figure, or with each value when the reports differ', () => {
    const conditional = (value: number, asOf: string, condition?: string) => ({ ...figure(value), asOf, ...(condition ? { condition } : {}) });
    const history = (reports: object[]) =>
      projectHistory({ ...followedUpProject(), figures: { annualTax: reports as never }, status: followedUpProject().status.slice(0, 1), milestones: [] }, TODAY)
        .filter((event) => event.type === 'figure')
        .map((event) => describeChange(event, labels, YI));
    expect(history([conditional(34_000_000, '2023-05-10', '全部投产后')])).toEqual(['预计年税收（全部投产后）：0.34亿元（首次报道）']);
    expect(history([conditional(34_000_000, '2023-05-10', '全部投产后'), conditional(50_000_000, '2024-07-01')])).toEqual([
      '预计年税收（全部投产后）：0.34亿元（首次报道）',
      // Forecasts under different conditions are not ranked against each other.
      '预计年税收：此前报道为0.34亿元（全部投产后），新报道为0.5亿元',
    ]);
  });

  it('says the percentage for exact figures, in the unit of the list', () => {
    const [event] = projectHistory(
      { ...followedUpProject(), figures: { annualTax: [figure(34_000_000), { ...figure(30_000_000), asOf: '2024-07-01' }] }, status: followedUpProject().status.slice(0, 1), milestones: [] },
      TODAY,
    ).filter((candidate) => candidate.type === 'figure' && candidate.change === 'down');
    expect(describeChange(event!, labels, YI)).toBe('预计年税收：由0.34亿元下调至0.3亿元（−12%）');
  });
});

describe('measures and later first reports in the record', () => {
  const may = { asOf: '2023-05-10', source: { article: 'seed', quote: '床位1000张' } };
  const july = { asOf: '2024-07-01', source: { article: 'follow-up', quote: '床位1500张，装机容量1600万千瓦' } };
  const project = () =>
    projectSchema.parse({
      id: 'hospital',
      name: '医院项目',
      status: [],
      figures: { investment: [{ value: 2_600_000_000, ...may }] },
      measures: [
        { id: 'beds', label: '床位', unit: '张', reports: [{ value: 1000, ...may }, { value: 1500, ...july }] },
        { id: 'capacity', label: '装机容量', unit: '千瓦', reports: [{ value: 16_000_000, ...july }] },
        { id: 'staff', label: '医护人员', unit: '人', reports: [{ value: 40_000, ...may }, { value: 40_000, ...july }] },
      ],
      milestones: [],
    });
  const record = () => projectHistory(project(), TODAY).map((event) => [event.date, describeChange(event, labels, YI), isUpdate(event)] as const);

  it('tells a measure’s reports as figures are told, in its own unit, growing or shrinking rather than raised', () => {
    expect(record()).toEqual([
      ['2023-05-10', '计划投资：26亿元（首次报道）', false],
      ['2023-05-10', '床位：1000张（首次报道）', false],
      ['2023-05-10', '医护人员：4万人（首次报道）', false],
      ['2024-07-01', '床位：由1000张增至1500张（+50%）', true],
      // First reported by a later article: news for the feed, though a first report.
      ['2024-07-01', '装机容量：1600万千瓦（首次报道）', true],
      // A repeat confirms; it is no change.
      ['2024-07-01', '医护人员：4万人（与此前报道相同）', false],
    ]);
  });

  it('counts a stage first reported after a project’s first reports as an update, and not one reported with them', () => {
    const later = projectSchema.parse({ ...project(), status: [{ stage: 'under-construction', ...july }] });
    const stage = projectHistory(later, TODAY).find((event) => event.type === 'stage')!;
    expect([describeChange(stage, labels, YI), isUpdate(stage)]).toEqual(['进展阶段：在建', true]);
    const atOnce = projectSchema.parse({ ...project(), status: [{ stage: 'signed', ...may }] });
    expect(isUpdate(projectHistory(atOnce, TODAY).find((event) => event.type === 'stage')!)).toBe(false);
  });
});
