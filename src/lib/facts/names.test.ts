import { describe, expect, it } from 'vitest';
import { articleMentions, projectNameIndex, type NamedProject } from './names.ts';

const projects: NamedProject[] = [
  { id: 'huali', name: '华理生物产业园项目', company: '大庆华理生物科技有限公司' },
  { id: 'longjiang', name: '龙江化工聚碳酸酯联合项目', aliases: ['龙江化工聚碳酸酯联合一期项目', '聚碳酸酯项目'] },
  { id: 'college', name: '商业职业学院迁建项目' },
  { id: 'baihe', name: '白鹤滩水电站' },
  { id: 'tesla', name: '特斯拉上海超级工厂' },
];
const zone = { name: '大庆高新技术产业开发区', shortName: '大庆高新区' };
const index = projectNameIndex(projects, zone);

/** [text, project, canonical] for each mention. */
const found = (text: string) => index.find(text).map((mention) => [text.slice(mention.start, mention.end), mention.projectId, mention.canonical]);

describe('projectNameIndex(projects).find(text)', () => {
  it('finds a project by its name and by its name without 项目, both as its own name', () => {
    expect(found('华理生物产业园项目落户园区')).toEqual([['华理生物产业园项目', 'huali', true]]);
    expect(found('华理生物产业园建设正酣')).toEqual([['华理生物产业园', 'huali', true]]);
    expect(found('商业职业学院迁建进展顺利')).toEqual([['商业职业学院迁建', 'college', true]]);
  });

  it('finds aliases and aliases without 项目, not as the project’s own name', () => {
    expect(found('龙江化工聚碳酸酯联合一期项目投产')).toEqual([['龙江化工聚碳酸酯联合一期项目', 'longjiang', false]]);
    expect(found('龙江化工聚碳酸酯联合一期开工')).toEqual([['龙江化工聚碳酸酯联合一期', 'longjiang', false]]);
    expect(found('聚碳酸酯项目开工')).toEqual([['聚碳酸酯项目', 'longjiang', false]]);
  });

  it('keeps a name without 项目 only when four characters or more are left', () => {
    const short = projectNameIndex([{ id: 'x', name: '中心项目' }]);
    expect(short.find('中心项目开工').map((mention) => mention.text)).toEqual(['中心项目']);
    expect(short.find('市中心开工')).toEqual([]);
  });

  it('finds the short name papers use, unless another project shares it or it is a place', () => {
    expect(found('华理生物新厂房开工')).toEqual([['华理生物', 'huali', false]]);
    expect(found('白鹤滩首批机组投产')).toEqual([['白鹤滩', 'baihe', false]]);
    const shared = projectNameIndex([
      { id: 'a', name: '鑫源化工产业园项目' },
      { id: 'b', name: '鑫源化工基地' },
    ]);
    expect(shared.find('鑫源化工今年扩产')).toEqual([]);
    const place = projectNameIndex([{ id: 'p', name: '大庆市宏伟工厂' }]); // 宏伟 is a district
    expect(place.find('宏伟今年扩产')).toEqual([]);
  });

  it('takes the longest name where two overlap', () => {
    expect(found('龙江化工聚碳酸酯联合一期项目、龙江化工聚碳酸酯联合项目')).toEqual([
      ['龙江化工聚碳酸酯联合一期项目', 'longjiang', false],
      ['龙江化工聚碳酸酯联合项目', 'longjiang', true],
    ]);
  });

  it('finds forms of a name the dataset does not list where no listed name stands, and gives every mention in order', () => {
    expect(found('上海特斯拉超级工厂、大庆华理生物科技有限公司生物产业园和商业职业学院迁建项目')).toEqual([
      ['上海特斯拉超级工厂', 'tesla', false],
      ['华理生物', 'huali', false], // the short name stands inside the company's name, so the fuzzy index does not look further
      ['商业职业学院迁建项目', 'college', true],
    ]);
    // A listed name wins over a longer form of it: 华理生物产业园 inside 华理生物产业园区.
    expect(found('走进华理生物产业园区')).toEqual([['华理生物产业园', 'huali', true]]);
  });

  it('finds nothing in a text that names no project', () => {
    expect(found('全区重点项目建设提速，开复工率69.7%')).toEqual([]);
  });
});

describe('projectNameIndex(projects) names, heads and zone', () => {
  it('lists a project’s names, its own name first', () => {
    expect(index.namesOf('huali')).toEqual(['华理生物产业园项目', '华理生物产业园']);
    expect(index.namesOf('longjiang')).toEqual(['龙江化工聚碳酸酯联合项目', '龙江化工聚碳酸酯联合', '龙江化工聚碳酸酯联合一期项目', '龙江化工聚碳酸酯联合一期', '聚碳酸酯项目', '聚碳酸酯']);
    expect(index.namesOf('unknown')).toEqual([]);
  });

  it('gives a project’s kind of facility', () => {
    expect([index.headOf('huali'), index.headOf('baihe'), index.headOf('tesla'), index.headOf('college'), index.headOf('unknown')]).toEqual(['产业园', '水电站', '超级工厂', '项目', '项目']);
  });

  it('finds the zone by its full and short names', () => {
    const text = '大庆高新技术产业开发区（大庆高新区）';
    expect(index.zoneMentions(text).map((mention) => text.slice(mention.start, mention.end))).toEqual(['大庆高新技术产业开发区', '大庆高新区']);
    expect(projectNameIndex(projects).zoneMentions(text)).toEqual([]);
  });
});

describe('articleMentions(blocks, index, tied)', () => {
  /** [block, text, project, anaphor] for each mention. */
  const mentions = (blocks: string[], tied: string[] = []) =>
    articleMentions(blocks, index, tied).flatMap((block, b) => block.map((mention) => [b, mention.text, mention.projectId, mention.anaphor ?? false]));

  it('resolves 该产业园 and 这个项目 in later paragraphs to the only project the article names', () => {
    expect(mentions(['大庆华理生物科技有限公司生物产业园建设项目进展顺利。', '该产业园建设项目于去年6月开工。', '记者了解到，这个项目今年投产。'])).toEqual([
      [0, '华理生物', 'huali', false],
      [1, '该产业园', 'huali', true],
      [2, '这个项目', 'huali', true],
    ]);
  });

  it('resolves a clause opening on 项目 to the only project', () => {
    expect(mentions(['华理生物产业园项目落户园区。', '目前，项目主体已封顶。'])).toEqual([
      [0, '华理生物产业园项目', 'huali', false],
      [1, '项目', 'huali', true],
    ]);
  });

  it('resolves a reference to the project named last before it in the same paragraph', () => {
    expect(mentions(['华理生物产业园项目和商业职业学院迁建项目同时开工，该项目投资3亿元。'])).toEqual([
      [0, '华理生物产业园项目', 'huali', false],
      [0, '商业职业学院迁建项目', 'college', false],
      [0, '该项目', 'college', true],
    ]);
  });

  it('leaves a reference unresolved in a paragraph that names no project when the article names several', () => {
    expect(mentions(['华理生物产业园项目和商业职业学院迁建项目同时开工。', '该项目计划投资5亿元。'])).toEqual([
      [0, '华理生物产业园项目', 'huali', false],
      [0, '商业职业学院迁建项目', 'college', false],
    ]);
  });

  it('does not resolve a reference to a project of another kind', () => {
    expect(mentions(['华理生物产业园项目开工。', '该电站计划投资5亿元。'])).toEqual([[0, '华理生物产业园项目', 'huali', false]]);
    expect(mentions(['白鹤滩水电站开工。', '该电站装机1600万千瓦，该产业园占地100亩。'])).toEqual([
      [0, '白鹤滩水电站', 'baihe', false],
      [1, '该电站', 'baihe', true],
    ]);
  });

  it('resolves references to the project the editor tied the article to, even when the article never names it', () => {
    expect(mentions(['记者近日走访企业。', '该项目计划投资5亿元。'])).toEqual([]);
    expect(mentions(['记者近日走访企业。', '该项目计划投资5亿元。'], ['longjiang'])).toEqual([[1, '该项目', 'longjiang', true]]);
  });

  it('does not take new projects in general for the only project', () => {
    expect(mentions(['华理生物产业园项目开工。', '今年引进新项目12个，新项目计划投资50亿元。'])).toEqual([[0, '华理生物产业园项目', 'huali', false]]);
  });

  it('does not take the zone (宏伟园区 … 该园区, 园区内企业) for a park project', () => {
    expect(mentions(['华理生物产业园项目落户宏伟园区，该园区计划投资80亿元。', '目前，园区内企业计划投资20亿元。'])).toEqual([[0, '华理生物产业园项目', 'huali', false]]);
    // With no other park named, the park project is still what 该园区 and 园区 refer to.
    expect(mentions(['华理生物产业园项目开工。', '该园区计划投资5亿元。'])).toEqual([
      [0, '华理生物产业园项目', 'huali', false],
      [1, '该园区', 'huali', true],
    ]);
  });

  it('does not take a word opening a paragraph after another facility of its kind for the project', () => {
    const hospitals = projectNameIndex([{ id: 'north', name: '市人民医院北院区' }]);
    const read = (blocks: string[]) => articleMentions(blocks, hospitals).flatMap((block, b) => block.map((mention) => [b, mention.text, mention.anaphor === true]));
    expect(read(['市人民医院北院区今年开诊。', '城南中心医院位于南湖新城。', '医院现设有20个科室。'])).toEqual([[0, '市人民医院北院区', false]]);
    expect(read(['城南中心医院位于南湖新城。', '市人民医院北院区今年开诊。', '医院现设有20个科室。'])).toEqual([
      [1, '市人民医院北院区', false],
      [2, '医院', true],
    ]);
  });

  it('reads 院方 as the hospital speaking', () => {
    const hospitals = projectNameIndex([{ id: 'north', name: '市人民医院北院区' }]);
    expect(articleMentions(['市人民医院北院区今天开诊。', '院方介绍，将分阶段开诊。'], hospitals)[1]!.map((mention) => [mention.text, mention.projectId])).toEqual([['院方', 'north']]);
  });

  it('does not resolve when the tied project and a named one make two', () => {
    expect(mentions(['华理生物产业园项目开工。', '该项目计划投资5亿元。'], ['longjiang'])).toEqual([[0, '华理生物产业园项目', 'huali', false]]);
  });

  it('gives a block’s mentions in text order, references and names together', () => {
    const [block] = articleMentions(['该项目即华理生物产业园项目，项目投资5.2亿元。'], index);
    expect(block!.map((mention) => [mention.text, mention.start])).toEqual([
      ['该项目', 0],
      ['华理生物产业园项目', 4],
      ['项目', 14],
    ]);
  });
});
