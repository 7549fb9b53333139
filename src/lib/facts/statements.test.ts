import { describe, expect, it } from 'vitest';
import { projectNameIndex } from './names.ts';
import { findStatements } from './statements.ts';

const names = projectNameIndex(
  [
    { id: 'huali-bio', name: '华理生物产业园项目' },
    { id: 'longjiang-pc', name: '龙江化工聚碳酸酯联合项目', aliases: ['龙江化工聚碳酸酯联合一期项目'] },
    { id: 'volvo-phase-1', name: '沃尔沃汽车大庆工厂一期技术升级改造项目' },
    { id: 'college', name: '商业职业学院迁建项目' },
  ],
  { name: '大庆高新技术产业开发区', shortName: '大庆高新区' },
);

/** [label, quantity, subject] for each quantity in a text. */
function about(text: string) {
  return findStatements(text, names).map((statement) => {
    const subject = statement.subject;
    const what =
      subject === undefined
        ? '-'
        : subject.type === 'figure'
          ? `${subject.projectId} ${subject.figure} ${subject.scope}`
          : subject.type === 'measure'
            ? `${subject.projectId} ${subject.label} ${subject.unit} ${subject.scope}`
            : `${subject.indicator}${subject.field === 'value' ? '' : `.${subject.field}`}`;
    return [statement.label, statement.quantity.text, what];
  });
}

describe('projectNameIndex(projects)', () => {
  it('finds names, names without 项目 and aliases, the longest first', () => {
    expect(names.find('龙江化工聚碳酸酯联合一期项目、龙江化工聚碳酸酯联合、商业职业学院迁建等').map((m) => [m.text, m.projectId, m.canonical])).toEqual([
      ['龙江化工聚碳酸酯联合一期项目', 'longjiang-pc', false],
      ['龙江化工聚碳酸酯联合', 'longjiang-pc', true],
      ['商业职业学院迁建', 'college', true],
    ]);
  });
});

describe('findStatements(text, names)', () => {
  it('reads the seed’s figures for the project its sentence names, through 该项目 and a list', () => {
    expect(about('前不久,华理生物产业园项目落户大庆高新区宏伟园区,该项目计划投资5.2亿元,占地面积10公顷,全部投产后,预计实现年销售收入5.24亿元、利润1.7亿元、税收0.34亿元。')).toEqual([
      ['计划投资', '5.2亿元', 'huali-bio investment project'],
      ['占地面积', '10公顷', 'huali-bio landArea project'],
      ['预计实现年销售收入', '5.24亿元', 'huali-bio annualRevenue project'],
      ['利润', '1.7亿元', 'huali-bio annualProfit project'],
      ['税收', '0.34亿元', 'huali-bio annualTax project'],
    ]);
  });

  it('gives a figure before a name to the name that follows it, within a semicolon-separated part', () => {
    expect(about('沃尔沃汽车大庆工厂一期技术升级改造项目建设现场,机械作业;计划投资5.2亿元的华理生物产业园项目落户宏伟园区……')).toEqual([
      ['计划投资', '5.2亿元', 'huali-bio investment project'],
    ]);
  });

  it('reads the phase a figure is stated for, but not a phase inside a project’s own name', () => {
    expect(about('华理生物产业园项目一期计划投资3.5亿元,二期计划投资1.7亿元,总投资5.2亿元。')).toEqual([
      ['一期计划投资', '3.5亿元', 'huali-bio investment phase-1'],
      ['二期计划投资', '1.7亿元', 'huali-bio investment phase-2'],
      ['总投资', '5.2亿元', 'huali-bio investment project'],
    ]);
    expect(about('龙江化工聚碳酸酯联合一期项目,计划投资3亿元。')).toEqual([['计划投资', '3亿元', 'longjiang-pc investment phase-1']]);
    expect(about('华理生物产业园项目二期,计划投资3亿元。')).toEqual([['计划投资', '3亿元', 'huali-bio investment phase-2']]);
    expect(about('沃尔沃汽车大庆工厂一期技术升级改造项目计划投资3亿元,占地150亩。')).toEqual([
      ['计划投资', '3亿元', 'volvo-phase-1 investment project'],
      ['占地', '150亩', 'volvo-phase-1 landArea project'],
    ]);
  });

  it('carries a project into a sentence that opens on it (该项目…, 项目…), only from a sentence about that one project', () => {
    expect(about('华理生物产业园项目落户园区。该项目计划投资5.2亿元。')).toEqual([['计划投资', '5.2亿元', 'huali-bio investment project']]);
    expect(about('华理生物产业园项目总投资5.2亿元。项目分两期建设，一期计划投资3.5亿元。项目建成投产后，年销售收入超1亿元。')).toEqual([
      ['总投资', '5.2亿元', 'huali-bio investment project'],
      ['一期计划投资', '3.5亿元', 'huali-bio investment phase-1'],
      ['年销售收入', '超1亿元', 'huali-bio annualRevenue project'],
    ]);
    expect(about('华理生物产业园项目和商业职业学院迁建项目已开工。该项目计划投资5.2亿元。')).toEqual([['计划投资', '5.2亿元', '-']]);
    expect(about('华理生物产业园项目落户园区。全区今年开工。该项目计划投资5.2亿元。')).toEqual([['计划投资', '5.2亿元', '-']]);
  });

  it('does not carry a project into a sentence that does not open on it, past a semicolon, or into a clause about the zone', () => {
    expect(about('华理生物产业园项目落户园区。今年计划投资5.2亿元。')).toEqual([['计划投资', '5.2亿元', '-']]);
    expect(about('华理生物产业园项目落户园区;计划投资5.2亿元。')).toEqual([['计划投资', '5.2亿元', '-']]);
    expect(about('华理生物产业园项目落户园区,全区今年计划投资50亿元。')).toEqual([['计划投资', '50亿元', '-']]);
  });

  it('does not split a clause at a thousands separator', () => {
    const [statement] = findStatements('华理生物产业园项目占地面积1,234平方米,进展顺利。', names);
    expect([statement?.clause.text, statement?.subject]).toEqual(['华理生物产业园项目占地面积1,234平方米,', { type: 'figure', projectId: 'huali-bio', figure: 'landArea', scope: 'project' }]);
  });

  it('needs the figure’s words right before the number and a unit that fits', () => {
    expect(about('华理生物产业园项目投资额为6亿元。')).toEqual([['投资额', '6亿元', 'huali-bio investment project']]);
    expect(about('华理生物产业园项目占地面积5亿元。')).toEqual([['', '5亿元', '-']]);
    expect(about('华理生物产业园项目带动就业500人,新增产值3亿元。')).toEqual([
      ['就业', '500人', 'huali-bio 就业 人 project'],
      ['产值', '3亿元', 'huali-bio 产值 元 project'],
    ]);
  });

  it('reads the zone’s indicators, and the investment threshold of its count', () => {
    expect(about('一组来自大庆高新区的数据显示,该区全年计划建设投资500万元以上重点项目43个,其中15个项目被列入黑龙江省级重点项目。目前,龙江化工聚碳酸酯联合、商业职业学院迁建等30个重点项目开复工,开复工率69.7%。')).toEqual([
      ['重点项目投资门槛', '500万元以上', 'plannedKeyProjects.minInvestment'],
      ['计划建设重点项目', '43个', 'plannedKeyProjects'],
      ['省级重点项目', '15个', 'provincialKeyProjects'],
      ['开复工项目', '30个', 'startedKeyProjects'],
      ['开复工率', '69.7%', 'startRate'],
    ]);
  });

  it('does not read a part of the started count, or a change in it, as the zone’s count', () => {
    expect(about('大庆高新区30个重点项目开复工，其中新开工项目12个、续建项目18个，比去年同期多开工5个项目。').map(([, quantity, what]) => `${quantity} ${what}`)).toEqual([
      '30个 startedKeyProjects',
      '12个 -',
      '18个 -',
      '5个 -',
    ]);
  });

  it('reads a started count whose projects an earlier clause of the sentence names', () => {
    expect(about('大庆高新区2023年计划建设500万元以上重点项目43个，已有30个开复工；计划投资5.2亿元的华理生物产业园项目落户。').map(([, quantity, what]) => `${quantity} ${what}`)).toEqual([
      '500万元以上 plannedKeyProjects.minInvestment',
      '43个 plannedKeyProjects',
      '30个 startedKeyProjects',
      '5.2亿元 huali-bio investment project',
    ]);
    expect(about('大庆高新区今年已有30个开复工。').map(([, quantity, what]) => `${quantity} ${what}`)).toEqual(['30个 -']);
  });

  it('reads counts and rates as the zone’s only where the text names the zone and no other place since', () => {
    const counts = (text: string) => about(text).map(([, quantity, what]) => `${quantity} ${what}`);
    expect(counts('某市全年计划建设重点项目43个，开复工率69.7%。')).toEqual(['43个 -', '69.7% -']);
    expect(counts('一组数据显示，全年计划建设重点项目43个，30个重点项目开复工。')).toEqual(['43个 -', '30个 -']);
    expect(counts('大庆高新区开复工率69.7%，而全市开复工率47%。')).toEqual(['69.7% startRate', '47% -']);
    expect(counts('大庆高新区项目推进顺利。泸州：67个项目集中开工，大连市旅顺口区16个重点项目集中开工。')).toEqual(['67个 -', '16个 -']);
  });

  it('gives each statement its clause and sentence', () => {
    const [statement] = findStatements('前不久,华理生物产业园项目落户园区,该项目计划投资5.2亿元,占地面积10公顷。下一句。', names);
    expect(statement?.clause.text).toBe('该项目计划投资5.2亿元,');
    expect(statement?.sentence.text).toBe('前不久,华理生物产业园项目落户园区,该项目计划投资5.2亿元,占地面积10公顷。');
  });
});

describe('findStatements after a project turns to another subject', () => {
  it('gives the project nothing the park it stands in, or another project brought in beside it, reports', () => {
    const subjects = (text: string) => about(text).map(([, quantity, what]) => [quantity, what]);
    expect(subjects('华理生物产业园项目所在的宏伟园区，规划总投资30亿元。')).toEqual([['30亿元', '-']]);
    expect(subjects('与华理生物产业园项目同期签约的还有恒泰新材料项目，计划投资3亿元。')).toEqual([['3亿元', '-']]);
    expect(subjects('华理生物产业园项目和恒泰新材料项目，计划投资3亿元。')).toEqual([['3亿元', '-']]);
  });

  it('keeps the project where the words only say where or what it is', () => {
    expect(about('华理生物产业园项目位于宏伟园区东侧，计划投资5.2亿元。')).toEqual([['计划投资', '5.2亿元', 'huali-bio investment project']]);
    expect(about('华理生物产业园项目是全市重点生物工程，计划投资5.2亿元。')).toEqual([['计划投资', '5.2亿元', 'huali-bio investment project']]);
  });
});
