import { describe, expect, it } from 'vitest';
import { articleMentions, projectNameIndex } from './names.ts';
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

describe('findStatements: measures and land', () => {
  const measures = projectNameIndex([
    { id: 'baihe', name: '白鹤滩水电站' },
    { id: 'hospital', name: '省人民医院新院区项目' },
    { id: 'huali', name: '华理生物产业园项目' },
  ]);
  /** [quantity, value, subject] for each quantity in a text. */
  const read = (text: string) =>
    findStatements(text, measures).map((statement) => {
      const subject = statement.subject;
      const what =
        subject === undefined
          ? '-'
          : subject.type === 'figure'
            ? `${subject.projectId} ${subject.figure} ${subject.scope}`
            : subject.type === 'measure'
              ? `${subject.projectId} ${subject.label} ${subject.unit} ${subject.scope}`
              : subject.indicator;
      return [statement.quantity.text, statement.quantity.value, statement.quantity.qualifier, what];
    });

  it('reads a capacity and a yearly output by the name before the number, as a measure of the project', () => {
    expect(read('白鹤滩水电站总装机容量1600万千瓦，年均发电量624亿千瓦时。')).toEqual([
      ['1600万千瓦', 1.6e7, 'exact', 'baihe 装机容量 千瓦 project'],
      ['624亿千瓦时', 6.24e10, 'exact', 'baihe 年均发电量 千瓦时/年 project'],
    ]);
    expect(read('华理生物产业园项目年产30万吨。')).toEqual([['30万吨', 3e5, 'exact', 'huali 年产 吨/年 project']]);
  });

  it('reads beds, visits, jobs and output value, by the noun after a counter when none stands before', () => {
    expect(read('省人民医院新院区项目一期规模为1000张床位。项目年门诊量将超过50万人次。')).toEqual([
      ['1000张', 1000, 'exact', 'hospital 床位 张 phase-1'],
      ['超过50万人次', 5e5, 'over', 'hospital 年门诊量 人次/年 project'],
    ]);
    expect(read('华理生物产业园项目建成后可带动就业500人，年产值10亿元。')).toEqual([
      ['500人', 500, 'exact', 'huali 就业 人 project'],
      ['10亿元', 1e9, 'exact', 'huali 年产值 元 project'],
    ]);
  });

  it('names a measure without the reference back to the project that opens its clause (项目, 该项目, 其)', () => {
    expect(read('省人民医院新院区项目开工。该项目年门诊量将超过50万人次。')).toEqual([['超过50万人次', 5e5, 'over', 'hospital 年门诊量 人次/年 project']]);
    expect(read('省人民医院新院区项目开工。其年门诊量将超过50万人次。')).toEqual([['超过50万人次', 5e5, 'over', 'hospital 年门诊量 人次/年 project']]);
    expect(read('华理生物产业园项目开工。目前，项目建筑面积2万平方米。')).toEqual([['2万平方米', 20000, 'exact', 'huali 建筑面积 平方米 project']]);
  });

  it('names a phase’s measure without the phase, which is its scope (一期建筑面积 is 建筑面积 of phase 1)', () => {
    expect(read('华理生物产业园项目一期建筑面积1.5万平方米。')).toEqual([['1.5万平方米', 15000, 'exact', 'huali 建筑面积 平方米 phase-1']]);
    expect(read('华理生物产业园项目二期床位500张。')).toEqual([['500张', 500, 'exact', 'huali 床位 张 phase-2']]);
  });

  it('reads floor area in square metres as a measure and land in 亩 as the land figure', () => {
    expect(read('省人民医院新院区项目建筑面积27万平方米，规划用地344亩。')).toEqual([
      ['27万平方米', 270000, 'exact', 'hospital 建筑面积 平方米 project'],
      ['344亩', 344 / 15, 'exact', 'hospital landArea project'],
    ]);
    expect(read('华理生物产业园项目占地1.2万平方米。')).toEqual([['1.2万平方米', 1.2, 'exact', 'huali landArea project']]);
  });

  it('reads land in 亩 without a land word as land, since 亩 measures nothing else', () => {
    const [statement] = findStatements('华理生物产业园项目规模将超过1200亩。', measures);
    expect([statement?.quantity.value, statement?.quantity.qualifier, statement?.subject]).toEqual([80, 'over', { type: 'figure', projectId: 'huali', figure: 'landArea', scope: 'project' }]);
  });

  it('does not make a measure of a number whose name is not something a project measures', () => {
    expect(read('华理生物产业园项目距市区30公里，设计时速350公里。')).toEqual([
      ['30公里', 30, 'exact', '-'],
      ['350公里', 350, 'exact', '-'],
    ]);
  });

  it('reads a length stated before the name it measures (总长16公里的某大桥)', () => {
    const bridge = projectNameIndex([{ id: 'bridge', name: '东海跨江大桥' }]);
    const [statement] = findStatements('总长12.5公里的东海跨江大桥今天合龙。', bridge);
    expect([statement?.quantity.value, statement?.subject]).toEqual([12.5, { type: 'measure', projectId: 'bridge', label: '总长', unit: '公里', scope: 'project' }]);
  });

  it('reads how far the building work is, only beside a word of the works finished', () => {
    expect(read('省人民医院新院区项目进展顺利，目前约60%主体已封顶。')).toEqual([['约60%', 60, 'about', 'hospital 封顶进度 % project']]);
    expect(read('省人民医院新院区项目的门诊楼已经完工80%。')).toEqual([['80%', 80, 'exact', 'hospital 完工进度 % project']]);
    expect(read('华理生物产业园项目产值同比增长50%，完成年度投资的70%。')).toEqual([
      ['50%', 50, 'exact', '-'],
      ['70%', 70, 'exact', '-'],
    ]);
  });

  it('reads counts a hospital is planned with, not counts to reach or of anything else', () => {
    expect(read('省人民医院新院区项目规划开设30个专科门诊、20个病区单元。')).toEqual([
      ['30个', 30, 'exact', 'hospital 专科门诊 个 project'],
      ['20个', 20, 'exact', 'hospital 病区单元 个 project'],
    ]);
    expect(read('省人民医院新院区项目力争明年实现30个专科门诊开诊，将建设16个区域领先的医技平台。')).toEqual([
      ['30个', 30, 'exact', '-'],
      ['16个', 16, 'exact', '-'],
    ]);
  });

  it('reads the next phase’s count that leaves out what it counts (一期…床位，二期将达到…)', () => {
    expect(read('省人民医院新院区项目一期设置800张住院床位，二期将达到1200张，年门诊量超过50万人次。')).toEqual([
      ['800张', 800, 'exact', 'hospital 住院床位 张 phase-1'],
      ['1200张', 1200, 'exact', 'hospital 住院床位 张 phase-2'],
      ['超过50万人次', 5e5, 'over', 'hospital 年门诊量 人次/年 project'],
    ]);
  });

  it('reads a weekly output (每周生产3000辆) as a rate per week', () => {
    expect(read('华理生物产业园项目希望年底前每周生产3000辆汽车。')).toEqual([['3000辆', 3000, 'exact', 'huali 周产量 辆/周 project']]);
  });

  it('reads emissions saved as a yearly measure, the gas named before the number', () => {
    expect(read('白鹤滩水电站每年可减少排放二氧化碳500万吨。')).toEqual([['500万吨', 5e6, 'exact', 'baihe 减少排放二氧化碳 吨/年 project']]);
  });

  it('reads the area of the project’s plot in a paragraph that calls it 这块土地', () => {
    const blocks = ['华理生物产业园项目今天摘牌。', '据悉，这块土地位于新区东部，面积为12万平方米。'];
    const mentions = articleMentions(blocks, measures);
    const statements = findStatements(blocks[1]!, measures, mentions[1]);
    expect(statements.map((statement) => [statement.quantity.value, statement.subject])).toEqual([[12, { type: 'figure', projectId: 'huali', figure: 'landArea', scope: 'project' }]]);
  });

  it('gives a measure the phase its sentence states, and the whole project after 总', () => {
    expect(read('华理生物产业园项目一期占地119亩，建筑面积2.7万平方米。')).toEqual([
      ['119亩', 119 / 15, 'exact', 'huali landArea phase-1'],
      ['2.7万平方米', 27000, 'exact', 'huali 建筑面积 平方米 phase-1'],
    ]);
    expect(read('华理生物产业园项目一期占地119亩，总建筑面积5万平方米。')).toEqual([
      ['119亩', 119 / 15, 'exact', 'huali landArea phase-1'],
      ['5万平方米', 50000, 'exact', 'huali 建筑面积 平方米 project'],
    ]);
  });
});

describe('findStatements: amounts as papers round them', () => {
  it('reads 超亿元 and 上亿元 as figures with their qualifier, and an amount without 元 as yuan', () => {
    const statements = findStatements('华理生物产业园项目计划投资5.5亿，投产后年销售收入超亿元，年利润上亿元。', names);
    expect(statements.map((statement) => [statement.quantity.text, statement.quantity.value, statement.quantity.unit, statement.quantity.qualifier, statement.subject])).toEqual([
      ['5.5亿', 5.5e8, 'yuan', 'exact', { type: 'figure', projectId: 'huali-bio', figure: 'investment', scope: 'project' }],
      ['超亿元', 1e8, 'yuan', 'over', { type: 'figure', projectId: 'huali-bio', figure: 'annualRevenue', scope: 'project' }],
      ['上亿元', 1e8, 'yuan', 'over', { type: 'figure', projectId: 'huali-bio', figure: 'annualProfit', scope: 'project' }],
    ]);
  });

  it('does not take a count or a share without 元 for money', () => {
    expect(about('华理生物产业园项目计划投资项目3个，投资完成率80%。')).toEqual([
      ['', '3个', '-'],
      ['', '80%', '-'],
    ]);
  });
});

describe('findStatements: the figures an editor is proposed from a follow-up', () => {
  /** [quantity, value, valueMax, qualifier, unit, subject] for each quantity. */
  const figures = (text: string) =>
    findStatements(text, names).map((statement) => {
      const subject = statement.subject;
      const what = subject?.type === 'figure' ? `${subject.projectId} ${subject.figure} ${subject.scope}` : subject?.type === 'measure' ? `${subject.projectId} ${subject.label} ${subject.unit} ${subject.scope}` : '-';
      return [statement.quantity.text, statement.quantity.value, statement.quantity.valueMax, statement.quantity.qualifier, statement.quantity.unit, what];
    });

  it('carries the phase a sentence opens on to the revenue it forecasts, with its qualifier', () => {
    expect(figures('华理生物产业园项目一期投资3.5亿元，预计今年10月底建成投产，投产后年销售收入近亿元。')).toEqual([
      ['3.5亿元', 3.5e8, undefined, 'exact', 'yuan', 'huali-bio investment phase-1'],
      ['近亿元', 1e8, undefined, 'under', 'yuan', 'huali-bio annualRevenue phase-1'],
    ]);
  });

  it('reads rounded amounts and ranges as the figure they are about', () => {
    expect(figures('华理生物产业园项目总投资3至5亿元。')).toEqual([['3至5亿元', 3e8, 5e8, 'exact', 'yuan', 'huali-bio investment project']]);
    expect(figures('华理生物产业园项目计划投资十余亿元。')).toEqual([['十余亿元', 1e9, undefined, 'over', 'yuan', 'huali-bio investment project']]);
    expect(figures('华理生物产业园项目占地1.2万平方米，年纳税超千万元。')).toEqual([
      ['1.2万平方米', 1.2, undefined, 'exact', 'hectare', 'huali-bio landArea project'],
      ['超千万元', 1e7, undefined, 'over', 'yuan', 'huali-bio annualTax project'],
    ]);
  });

  it('gives the whole and each phase its own investment', () => {
    expect(figures('华理生物产业园项目投资5亿元，其中一期投资2亿元，二期投资3亿元。').map((row) => row.at(-1))).toEqual([
      'huali-bio investment project',
      'huali-bio investment phase-1',
      'huali-bio investment phase-2',
    ]);
  });

  it('does not give the project a figure it has no field for (利税), nor the city’s count of projects', () => {
    expect(figures('华理生物产业园项目总投资3亿元，年利税数千万元。').map((row) => row.at(-1))).toEqual(['huali-bio investment project', '-']);
    expect(figures('全市今年新开工过亿元项目37个，华理生物产业园项目投资5亿元。').map((row) => row.at(-1))).toEqual(['-', '-', 'huali-bio investment project']);
  });

  it('reads an output value without 元 as money, as it reads an investment without 元', () => {
    expect(figures('华理生物产业园项目计划投资5.5亿，年产值8000万。')).toEqual([
      ['5.5亿', 5.5e8, undefined, 'exact', 'yuan', 'huali-bio investment project'],
      ['8000万', 8e7, undefined, 'exact', 'yuan', 'huali-bio 年产值 元 project'],
    ]);
    // Without 万 or 亿 a bare number is no amount at all.
    expect(figures('华理生物产业园项目年产值8000。')).toEqual([]);
  });
});
