import { describe, expect, it } from 'vitest';
import {
  closestProjects,
  facilityNames,
  findAnaphors,
  fuzzyIndex,
  headOf,
  headsAgree,
  nameCore,
  proposeProject,
  shortName,
  type RecognisableProject,
} from './recognise.ts';

/** A core as plain data: its head and its distinctive pairs, sorted. */
function core(name: string) {
  const found = nameCore(name);
  return found && { head: found.head, distinctive: [...found.distinctive].sort() };
}

const sorted = (pairs: string[]) => [...pairs].sort();

describe('nameCore(name)', () => {
  it('splits a name into its head and the character pairs that tell it from others', () => {
    expect(core('华理生物产业园项目')).toEqual({ head: '产业园', distinctive: sorted(['华理', '理生', '生物']) });
    expect(core('白鹤滩水电站')).toEqual({ head: '水电站', distinctive: sorted(['白鹤', '鹤滩']) });
    expect(core('宏达新材料产业园二期项目')).toEqual({ head: '产业园', distinctive: sorted(['宏达', '达新', '新材', '材料']) });
    expect(core('商业职业学院迁建项目')).toEqual({ head: '项目', distinctive: sorted(['商业', '业职', '职业', '业学', '学院']) });
  });

  it('leaves out the place in front, legal words and generic words, but keeps every pair in `pairs`', () => {
    const found = nameCore('大庆华理生物科技有限公司产业园');
    expect(found?.head).toBe('产业园');
    expect(sorted([...found!.distinctive])).toEqual(sorted(['华理', '理生', '生物']));
    expect(found!.pairs.has('大庆')).toBe(true);
    expect(found!.pairs.has('有限')).toBe(true);
    expect(core('黑龙江省大庆市鑫源化工集团有限公司工厂')).toEqual({ head: '工厂', distinctive: sorted(['鑫源', '源化', '化工']) });
  });

  it('takes no pair across a place inside the name', () => {
    expect(core('特斯拉上海超级工厂')).toEqual({ head: '超级工厂', distinctive: sorted(['特斯', '斯拉']) });
    expect(core('宏达上海新材料工厂')).toEqual({ head: '工厂', distinctive: sorted(['宏达', '新材', '材料']) });
  });

  it('counts a Latin word as one token', () => {
    expect(core('NIO工厂')).toEqual({ head: '工厂', distinctive: ['nio'] });
  });

  it('has no core for a head alone, a generic name or a place alone', () => {
    for (const name of ['大桥', '医院', '重点项目', '一期项目', '建设项目', '大庆市工厂']) expect(nameCore(name), name).toBeUndefined();
  });
});

describe('shortName(name)', () => {
  it.each([
    ['华理生物产业园项目', '华理生物'],
    ['特斯拉工厂', '特斯拉'],
    ['白鹤滩水电站', '白鹤滩'],
    ['大庆鑫源化工有限公司新材料基地项目', '鑫源化工新材料'],
    ['宏达新材料产业园二期项目', '宏达新材料'],
  ])('shortens %s to %s', (name, short) => {
    expect(shortName(name)).toBe(short);
  });

  it.each(['大庆市人民医院', '国际会展中心', '华理', '重点项目', '大庆市工厂', '大桥'])('has no short name for %s', (name) => {
    expect(shortName(name)).toBeUndefined();
  });
});

describe('headOf(name)', () => {
  it('gives the kind of facility a name ends in, else 项目', () => {
    expect(headOf('华理生物产业园项目')).toBe('产业园');
    expect(headOf('白鹤滩水电站')).toBe('水电站');
    expect(headOf('雄安站枢纽工程')).toBe('枢纽');
    expect(headOf('商业职业学院迁建项目')).toBe('项目');
    expect(headOf('重点项目')).toBe('项目');
  });
});

describe('fuzzyIndex(projects).find(text, taken)', () => {
  const projects: RecognisableProject[] = [
    { id: 'huali', name: '华理生物产业园项目', company: '大庆华理生物科技有限公司' },
    { id: 'baihe', name: '白鹤滩水电站' },
    { id: 'xinyuan', name: '鑫源化工新材料基地项目', aliases: ['鑫源基地'] },
    { id: 'hospital', name: '油田总医院新院区项目' },
  ];
  const index = fuzzyIndex(projects);
  const find = (text: string) => index.find(text, []).map((mention) => [mention.projectId, mention.text, text.slice(mention.start, mention.end), mention.canonical]);

  it('finds the company’s name with the project’s head, place in front and all', () => {
    expect(find('大庆华理生物科技有限公司生物产业园建设项目于去年开工')).toEqual([
      ['huali', '大庆华理生物科技有限公司生物产业园', '大庆华理生物科技有限公司生物产业园', false],
    ]);
  });

  it('finds a long name with a word papers drop (联合, 一体化) left out or put in', () => {
    const joint = fuzzyIndex([{ id: 'pc', name: '龙江化工聚碳酸酯联合项目' }]);
    const found = (text: string) => joint.find(text, []).map((mention) => [mention.projectId, mention.text]);
    expect(found('龙江化工聚碳酸酯项目开工')).toEqual([['pc', '龙江化工聚碳酸酯项目']]);
    expect(found('龙江化工聚碳酸酯一体化项目')).toEqual([['pc', '龙江化工聚碳酸酯一体化项目']]);
    // Another chemical project shares only the sector word.
    expect(found('鑫源化工项目开工')).toEqual([]);
  });

  it('finds a name with a place in front, without the generic words, or with another head of the same kind', () => {
    expect(find('大庆华理生物基地正在建设')).toEqual([['huali', '大庆华理生物基地', '大庆华理生物基地', false]]);
    expect(find('走进华理生物产业园区，机器轰鸣')).toEqual([['huali', '华理生物产业园区', '华理生物产业园区', false]]);
    expect(find('金沙江上的白鹤滩电站')).toEqual([['baihe', '白鹤滩电站', '白鹤滩电站', false]]);
    expect(find('油田总医院新院区主体封顶')).toEqual([['hospital', '油田总医院新院区', '油田总医院新院区', false]]);
  });

  it('finds a name with its place dropped or moved', () => {
    const tesla = fuzzyIndex([{ id: 'tesla', name: '特斯拉上海超级工厂' }]);
    const found = (text: string) => tesla.find(text, []).map((mention) => mention.text);
    expect(found('特斯拉超级工厂首辆车下线')).toEqual(['特斯拉超级工厂']);
    expect(found('上海特斯拉超级工厂开工')).toEqual(['上海特斯拉超级工厂']);
    expect(found('特斯拉上海工厂开工')).toEqual(['特斯拉上海工厂']);
  });

  it('lets a project head (项目, 工程) stand for any kind', () => {
    expect(find('华理生物公司扩建工程')).toEqual([['huali', '华理生物公司扩建工程', '华理生物公司扩建工程', false]]);
    expect(find('白鹤滩建设项目')).toEqual([['baihe', '白鹤滩建设项目', '白鹤滩建设项目', false]]);
  });

  it('does not take a head of another kind for the project', () => {
    expect(find('华理生物医院')).toEqual([]);
    expect(find('白鹤滩产业园')).toEqual([]);
    expect(find('鑫源化工新材料大桥')).toEqual([]);
  });

  it('needs most of the name’s distinctive words, in the same phrase as the head', () => {
    expect(find('大庆华理产业园')).toEqual([]); // 华理 alone is a third of 华理生物
    expect(find('华理生物，产业园')).toEqual([]);
    expect(find('生物产业园')).toEqual([]);
    expect(find('华理生物')).toEqual([]); // no head
  });

  it('leaves text another mention already took, and starts after it', () => {
    const text = '华理生物产业园项目开工';
    expect(index.find(text, [{ projectId: 'huali', start: 0, end: 9, text: '华理生物产业园项目', canonical: true }])).toEqual([]);
    const taken = [{ projectId: 'baihe', start: 0, end: 6, text: '白鹤滩水电站', canonical: true }];
    expect(index.find('白鹤滩水电站华理生物产业园', taken).map((mention) => [mention.projectId, mention.text])).toEqual([['huali', '华理生物产业园']]);
  });

  it('finds each of several projects in one text at their offsets', () => {
    const text = '华理生物产业园区和白鹤滩电站';
    expect(index.find(text, []).map((mention) => [mention.projectId, mention.start, mention.end])).toEqual([
      ['huali', 0, 8],
      ['baihe', 9, 14],
    ]);
  });
});

describe('facilityNames(text)', () => {
  const names = (text: string) => facilityNames(text).map((found) => [found.text, text.slice(found.start, found.end)]);

  it('reads a name back from its head to the verb or function word before it', () => {
    expect(names('昨天，宏达新材料产业园建设项目开工建设。')).toEqual([['宏达新材料产业园建设项目', '宏达新材料产业园建设项目']]);
    expect(names('记者从市发改委获悉，白鹤滩水电站首批机组投产发电。')).toEqual([['白鹤滩水电站', '白鹤滩水电站']]);
    expect(names('位于宏伟园区的宏达新材料产业园项目')).toEqual([['宏达新材料产业园项目', '宏达新材料产业园项目']]);
  });

  it('finds each of several names', () => {
    expect(names('宏达新材料产业园和鑫源精细化工基地同时开工').map(([name]) => name)).toEqual(['宏达新材料产业园', '鑫源精细化工基地']);
  });

  it('does not take a generic name, a place or a head alone for a facility', () => {
    expect(names('今年，全市计划实施重点项目120个，其中产业项目80个。')).toEqual([]);
    expect(names('新开工招商项目和续建项目')).toEqual([]);
    expect(names('今年全省重点项目集中开工，全市重大项目加快推进')).toEqual([]);
    expect(names('大庆市医院')).toEqual([]);
    expect(names('项目建设')).toEqual([]);
  });
});

describe('proposeProject(texts, hasTitle)', () => {
  it('proposes the facility an article names twice, or once in its title', () => {
    expect(proposeProject(['宏达新材料产业园建设项目开工建设。', '宏达新材料产业园建设项目总投资5亿元。'], false)).toEqual({
      name: '宏达新材料产业园建设项目',
      aliases: [],
      weight: 2,
    });
    expect(proposeProject(['宏达新材料产业园建设项目开工', '昨天，宏达公司举行仪式。'], true)).toEqual({ name: '宏达新材料产业园建设项目', aliases: [], weight: 3 });
  });

  it('counts a word referring back (项目, 该产业园) towards the name it follows', () => {
    // The title counts three, 项目 opening a clause after it one more.
    expect(proposeProject(['宏达新材料产业园建设项目开工', '昨天，项目开工建设。'], true)).toEqual({ name: '宏达新材料产业园建设项目', aliases: [], weight: 4 });
    expect(proposeProject(['宏达新材料产业园建设项目开工建设。', '项目总投资5亿元。'], false)).toEqual({ name: '宏达新材料产业园建设项目', aliases: [], weight: 2 });
    expect(proposeProject(['宏达新材料产业园开工建设，该产业园总投资5亿元。'], false)?.weight).toBe(2);
  });

  it('does not propose a facility named once outside the title, with nothing referring back to it', () => {
    expect(proposeProject(['宏达新材料产业园建设项目开工建设。'], false)).toBeUndefined();
    expect(proposeProject(['宏达新材料产业园建设项目开工建设。', '全市新开工亿元以上重点项目12个。'], false)).toBeUndefined();
    // 电站 does not refer back to an industrial park.
    expect(proposeProject(['宏达新材料产业园开工建设。', '电站总装机10万千瓦。'], false)).toBeUndefined();
  });

  it('groups the names of one facility, naming it by its most telling head', () => {
    const proposed = proposeProject(['白鹤滩建设项目开工', '金沙江白鹤滩水电站首批机组投产发电。白鹤滩水电站是世界第二大水电站。'], true);
    expect(proposed?.name).toMatch(/水电站$/u);
    expect(new Set([proposed!.name, ...proposed!.aliases])).toEqual(new Set(['白鹤滩建设项目', '金沙江白鹤滩水电站', '白鹤滩水电站']));
    expect(proposed?.weight).toBe(5);
  });

  it('proposes nothing when two facilities are named equally often', () => {
    expect(proposeProject(['宏达新材料产业园建设项目开工建设。鑫源精细化工基地开工。', '宏达新材料产业园建设项目总投资5亿元，鑫源精细化工基地投资3亿元。'], false)).toBeUndefined();
  });

  it('proposes the facility named most when another is named less', () => {
    expect(proposeProject(['宏达新材料产业园建设项目开工。', '宏达新材料产业园建设项目投资5亿元，鑫源精细化工基地投资3亿元。'], false)?.name).toBe('宏达新材料产业园建设项目');
  });

  it('does not propose a generic name such as 重点项目, however often it stands', () => {
    expect(proposeProject(['全市重点项目集中开工', '重点项目建设加快，重点项目开工率高。省重点项目12个。'], true)).toBeUndefined();
  });
});

describe('findAnaphors(text)', () => {
  const anaphors = (text: string) => findAnaphors(text).map((anaphor) => [anaphor.text, anaphor.head, text.slice(anaphor.start, anaphor.end)]);

  it('finds demonstratives with a head: 该项目, 这个项目, 该产业园, 该电站, 此工程, 上述项目', () => {
    expect(anaphors('该项目计划投资5亿元')).toEqual([['该项目', '项目', '该项目']]);
    expect(anaphors('这个项目今年投产')).toEqual([['这个项目', '项目', '这个项目']]);
    expect(anaphors('目前该产业园建设项目主体已封顶')).toEqual([['该产业园', '产业园', '该产业园']]);
    expect(anaphors('该电站装机1600万千瓦')).toEqual([['该电站', '电站', '该电站']]);
    expect(anaphors('此工程和上述项目')).toEqual([
      ['此工程', '工程', '此工程'],
      ['上述项目', '项目', '上述项目'],
    ]);
    expect(anaphors('该站和新厂')).toEqual([
      ['该站', '站', '该站'],
      ['新厂', '厂', '新厂'],
    ]);
  });

  it('finds 项目 or a head opening a clause, after 目前 or 其中 too', () => {
    expect(anaphors('项目分两期建设，项目总投资5亿元')).toEqual([
      ['项目', '项目', '项目'],
      ['项目', '项目', '项目'],
    ]);
    expect(anaphors('据介绍，项目建成后年产值10亿元')).toEqual([['项目', '项目', '项目']]);
    expect(anaphors('目前，项目主体已封顶')).toEqual([['项目', '项目', '项目']]);
    expect(anaphors('其中项目二期占地100亩')).toEqual([['项目', '项目', '项目']]);
    expect(anaphors('截至目前，电站总装机达1600万千瓦')).toEqual([['电站', '电站', '电站']]);
  });

  it('does not take 项目 inside a phrase for a reference', () => {
    expect(anaphors('全市重点项目建设提速')).toEqual([]);
    expect(anaphors('今年新开工项目20个')).toEqual([]);
  });

  it('does not take new projects in general (新项目, 新工程) for a reference to the project', () => {
    expect(anaphors('今年引进新项目12个，新项目计划投资50亿元，新工程开工')).toEqual([]);
    // A new part of the project is still the project's.
    expect(anaphors('新厂区投产')).toEqual([['新厂区', '厂区', '新厂区']]);
    // 该园区 refers back; whether to the project or the zone is for headsAgree and the names before it to say.
    expect(anaphors('落户宏伟园区，该园区计划投资80亿元')).toEqual([['该园区', '园区', '该园区']]);
  });

  it('finds a place with a head (合肥工厂) as a reference, and a head opening a later clause', () => {
    expect(anaphors('合肥工厂，工厂投产')).toEqual([
      ['合肥工厂', '工厂', '合肥工厂'],
      ['工厂', '工厂', '工厂'],
    ]);
    expect(anaphors('目前，上海工厂已投产')).toEqual([['上海工厂', '工厂', '上海工厂']]);
    expect(anaphors('位于上海的工厂')).toEqual([]);
  });

  it('does not take 项目 heading a short topic phrase (项目方面，项目上，) for a reference', () => {
    expect(anaphors('项目方面，进展顺利')).toEqual([]);
    expect(anaphors('在项目上，')).toEqual([]);
  });

  it('gives the references in the order they stand', () => {
    expect(findAnaphors('项目建设加快，该项目投资5亿元；该电站投产。').map((anaphor) => anaphor.start)).toEqual([0, 7, 16]);
  });
});

describe('headsAgree(anaphorHead, projectHead)', () => {
  it.each([
    ['项目', '水电站', true],
    ['项目', '项目', true],
    ['电站', '水电站', true],
    ['产业园', '项目', true],
    ['产业园', '基地', true],
    ['医院', '院区', true],
    ['站', '火车站', true],
    ['厂', '工厂', true],
    ['工程', '大桥', true],
    ['产业园', '工厂', false],
    ['电站', '医院', false],
    ['站', '水电站', false],
    ['厂', '产业园', false],
    ['大桥', '车站', false],
  ])('%s refers to a project headed %s: %s', (anaphor, project, agree) => {
    expect(headsAgree(anaphor, project)).toBe(agree);
  });
});

describe('closestProjects(texts, projects)', () => {
  const projects = [
    { id: 'huali', name: '华理生物产业园项目', company: '大庆华理生物科技有限公司', park: '宏伟园区' },
    { id: 'longjiang', name: '龙江化工聚碳酸酯联合项目', park: '宏伟园区' },
    { id: 'xinyuan', name: '宏达新材料产业园项目', company: '大庆鑫源化工有限公司' },
    { id: 'hospital', name: '大庆市人民医院' },
  ];
  const closest = (...texts: string[]) => closestProjects(texts, projects).map((project) => [project.id, project.reasons]);

  it('says which words of the name, the company and the park the article shares', () => {
    expect(closest('华理生物新建的发酵车间投用', '车间位于宏伟园区')).toEqual([['huali', ['名称中的“华理生物”出现在文中', '所在园区“宏伟园区”出现在文中']]]);
    expect(closest('大庆华理生物科技有限公司在园区投资')).toEqual([['huali', ['名称中的“华理生物”出现在文中', '建设单位“大庆华理生物科技有限公司”出现在文中']]]);
    expect(closest('鑫源化工新上一条生产线')).toEqual([['xinyuan', ['建设单位的字号“鑫源化工”出现在文中']]]);
    expect(closest('聚碳酸酯装置进入调试')).toEqual([['longjiang', ['名称中的“聚碳酸酯”出现在文中']]]);
  });

  it('does not list a project for its park alone or its place name', () => {
    expect(closest('宏伟园区今年新开工项目20个')).toEqual([]);
    expect(closest('大庆市召开重点项目推进会')).toEqual([]);
  });

  it('ranks the projects by how much points to them, and lists at most `limit`', () => {
    const text = ['大庆华理生物科技有限公司和鑫源化工都在宏伟园区，聚碳酸酯装置'];
    expect(closestProjects(text, projects).map((project) => project.id)).toEqual(['huali', 'longjiang', 'xinyuan']);
    expect(closestProjects(text, projects, 1).map((project) => project.id)).toEqual(['huali']);
    const scores = closestProjects(text, projects).map((project) => project.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
