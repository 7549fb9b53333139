import { describe, expect, it } from 'vitest';
import { formatFuzzyDate } from '../fuzzyDate.ts';
import { findMilestoneStatements, lastDayIn, writtenOn } from './milestoneStatements.ts';
import { projectNameIndex } from './names.ts';

const names = projectNameIndex([
  { id: 'huali-bio', name: '华理生物产业园项目' },
  { id: 'longjiang-pc', name: '龙江化工聚碳酸酯联合项目', aliases: ['龙江化工聚碳酸酯联合一期项目'] },
  { id: 'college', name: '商业职业学院迁建项目' },
]);

/** "project kind type date scope" for each milestone a text reports. */
function read(text: string, published: string) {
  return findMilestoneStatements(text, names, published).map(
    (statement) => `${statement.projectId} ${statement.word.kind} ${statement.type} ${statement.date ? formatFuzzyDate(statement.date) : '-'} ${statement.scope}`,
  );
}

describe('findMilestoneStatements(text, names, published)', () => {
  it('reads the seed’s plans and its one milestone already done', () => {
    expect(read('龙江化工聚碳酸酯联合一期项目,计划7月底实现装置中交,年底前达到投产条件;华理生物产业园项目落户园区。', '2023-05-10')).toEqual([
      'longjiang-pc mechanical-completion plan 2023年7月底 phase-1',
      'longjiang-pc ready-to-produce plan 2023年年底前 phase-1',
    ]);
    expect(read('华理生物产业园项目落户园区。目前,项目土地已摘牌,计划5月份启动建设。', '2023-05-10')).toEqual([
      'huali-bio land-acquisition done - project',
      'huali-bio construction-start plan 2023年5月 project',
    ]);
  });

  it('reads a follow-up: a late start with its date, a phase topped out, a new completion date', () => {
    expect(read('华理生物产业园项目总投资5.2亿元。项目分两期建设,于去年6月20日开工建设,目前一期主体已封顶,预计今年10月31日前建成投产。', '2024-07-01')).toEqual([
      'huali-bio construction-start done 2023年6月20日 project',
      'huali-bio topping-out done - phase-1',
      'huali-bio production plan 2024年10月31日前 phase-1', // the sentence is about phase 1 since 目前一期…
    ]);
  });

  it('takes a past date without 计划 as done, and a coming one as a plan', () => {
    expect(read('华理生物产业园项目2024年3月开工。', '2024-07-01')).toEqual(['huali-bio construction-start done 2024年3月 project']);
    expect(read('华理生物产业园项目2024年9月开工。', '2024-07-01')).toEqual(['huali-bio construction-start plan 2024年9月 project']);
    // The article's own month has begun: it reports the start. A year still running or a deadline stays a plan.
    expect(read('华理生物产业园项目2024年3月正式开工建设。', '2024-03-28')).toEqual(['huali-bio construction-start done 2024年3月 project']);
    expect(read('华理生物产业园项目今年建成投产。', '2024-03-28')).toEqual(['huali-bio production plan 2024年 project']);
    expect(read('华理生物产业园项目3月底前开工。', '2024-03-10')).toEqual(['huali-bio construction-start plan 2024年3月底前 project']);
  });

  it('skips conditions, the zone’s 开复工, plans without a date, and milestones of no known project', () => {
    expect(read('华理生物产业园项目全部投产后,预计实现年销售收入5.24亿元。', '2023-05-10')).toEqual([]);
    expect(read('全区30个重点项目开复工,开复工率69.7%。', '2023-05-10')).toEqual([]);
    expect(read('华理生物产业园项目将尽快开工。', '2023-05-10')).toEqual([]);
    expect(read('某新材料项目已于3月开工。', '2023-05-10')).toEqual([]);
  });

  it('does not read a milestone word inside a project’s own name', () => {
    const withWordInName = projectNameIndex([{ id: 'plant', name: '建成投产示范厂项目' }]);
    expect(findMilestoneStatements('建成投产示范厂项目已于去年竣工。', withWordInName, '2024-07-01').map((s) => `${s.word.kind} ${s.type}`)).toEqual(['completion done']);
  });
});

describe('findMilestoneStatements: each milestone as papers report it', () => {
  const hydro = projectNameIndex([
    { id: 'huali-bio', name: '华理生物产业园项目' },
    { id: 'dam', name: '金沙水电站', aliases: ['金沙电站'] },
  ]);
  /** "project kind type date scope part" for each milestone, read on 2024-07-15. */
  const said = (text: string, published = '2024-07-15') =>
    findMilestoneStatements(text, hydro, published).map(
      (statement) => `${statement.projectId} ${statement.word.kind} ${statement.type} ${statement.date ? formatFuzzyDate(statement.date) : '-'} ${statement.scope}${statement.part ? ` ${statement.part}` : ''}`,
    );

  it.each([
    ['华理生物产业园项目于去年3月签约。', 'huali-bio signing done 2023年3月 project'],
    ['华理生物产业园项目去年与园区签署投资协议。', 'huali-bio signing done 2023年 project'],
    ['华理生物产业园项目今年4月摘牌。', 'huali-bio land-acquisition done 2024年4月 project'],
    ['华理生物产业园项目已签订土地出让合同。', 'huali-bio land-acquisition done - project'],
    ['华理生物产业园项目已取得土地。', 'huali-bio land-acquisition done - project'],
    ['华理生物产业园项目于去年6月20日开工建设。', 'huali-bio construction-start done 2023年6月20日 project'],
    ['华理生物产业园项目昨天举行开工仪式。', 'huali-bio construction-start done 2024年7月14日 project'],
    ['华理生物产业园项目28日开工。', 'huali-bio construction-start done 2024年6月28日 project'],
    ['华理生物产业园项目主体已封顶。', 'huali-bio topping-out done - project'],
    ['华理生物产业园项目预计10月末竣工。', 'huali-bio completion plan 2024年10月底 project'],
    ['华理生物产业园项目力争下半年竣工验收。', 'huali-bio completion plan 2024年下半年 project'],
    ['华理生物产业园项目计划年底前试生产。', 'huali-bio trial-production plan 2024年年底前 project'],
    ['华理生物产业园项目计划今年10月31日前建成投产。', 'huali-bio production plan 2024年10月31日前 project'],
    ['华理生物产业园项目已于6月投产。', 'huali-bio production done 2024年6月 project'],
    ['华理生物产业园项目将于9月份投产。', 'huali-bio production plan 2024年9月 project'],
  ])('%s', (text, expected) => {
    expect(said(text)).toEqual([expected]);
  });

  it('reads equipment installation begun, however the words between say so', () => {
    for (const text of ['华理生物产业园项目设备已进场安装。', '华理生物产业园项目生产设备开始安装。', '华理生物产业园项目开始安装生产设备。', '华理生物产业园项目设备陆续进场。', '华理生物产业园项目目前正在进行设备安装。']) {
      expect(said(text), text).toEqual(['huali-bio equipment-installation done - project']);
    }
    expect(said('华理生物产业园项目计划9月设备进场。')).toEqual(['huali-bio equipment-installation plan 2024年9月 project']);
    // Neither done nor dated: not news.
    expect(said('华理生物产业园项目设备安装。')).toEqual([]);
  });

  it('reads 达产 (full capacity) as its own milestone after 投产, and 达产后 as a condition', () => {
    expect(said('华理生物产业园项目将于明年一季度达产。')).toEqual(['huali-bio full-production plan 2025年第一季度 project']);
    expect(said('华理生物产业园项目计划年底投产，2026年全面达产。')).toEqual(['huali-bio production plan 2024年年底 project', 'huali-bio full-production plan 2026年 project']);
    expect(said('华理生物产业园项目达产后年产值10亿元。')).toEqual([]);
  });

  it('reads an event named before its date and verb (静载试验于8月27日完成)', () => {
    expect(said('金沙水电站静载试验于7月2日完成，9月初将完成静态验收。')).toEqual(['dam other done 2024年7月2日 project', 'dam other plan 2024年9月上旬 project']);
    expect(said('金沙水电站精调施工将在9月15日前完成。')).toEqual(['dam other plan 2024年9月15日前 project']);
    // A date after the word that is not the event's: nothing said of when.
    expect(said('金沙水电站静载试验，8月27日有关部门到场。')).toEqual([]);
  });

  it('reads a sentence opening on 至此 as what stands now, and a part followed by 全部 as the whole', () => {
    expect(said('7月1日，金沙水电站最后一台机组投入商业运行。至此，金沙水电站8台机组全部投产发电。')).toEqual([
      'dam production done 2024年7月1日 project 最后一台机组',
      'dam production done - project',
    ]);
  });

  it('places 今天 on the day the lead reports when the page is stamped the next day, and 当日 opening a paragraph', () => {
    expect(writtenOn('6月30日上午，金沙水电站正式投产。', '2024-07-01')).toBe('2024-06-30');
    expect(writtenOn('6月29日上午，金沙水电站正式投产。', '2024-07-01')).toBeUndefined();
    expect(writtenOn('金沙水电站6月30日正式投产。', '2024-07-01')).toBeUndefined();
    const today = findMilestoneStatements('今天金沙水电站首批机组正式投产。', hydro, '2024-07-01', undefined, { today: '2024-06-30' });
    expect(today.map((statement) => statement.date?.date)).toEqual(['2024-06-30']);
    expect(lastDayIn('6月2日拍摄的金沙水电站。', '2024-07-01')).toBe('2024-06-02');
    const sameDay = findMilestoneStatements('当日，金沙水电站大坝浇筑到顶。', hydro, '2024-07-01', undefined, { lastDay: '2024-06-02' });
    expect(sameDay.map((statement) => `${statement.type} ${statement.date?.date}`)).toEqual(['done 2024-06-02']);
  });

  it('reads 刚刚落成的 as done without the sentence’s date, and a plain attribute as nothing', () => {
    expect(said('7月1日8时，刚刚落成的金沙水电站迎来首批游客。')).toEqual(['dam completion done - project']);
    expect(said('7月1日8时，落成的金沙水电站迎来首批游客。')).toEqual([]);
  });

  it('reads first deliveries by whom they are for, each its own event', () => {
    const plant = projectNameIndex([{ id: 'plant', name: '东海汽车工厂' }]);
    const read2 = (text: string) => findMilestoneStatements(text, plant, '2024-07-15').map((statement) => `${statement.word.kind} ${statement.text} ${statement.type} ${statement.date?.date}`);
    expect(read2('东海汽车工厂首批用户交付仪式将于7月20日下午在工厂举行。7月10日，东海汽车工厂举行了员工车主交付仪式。')).toEqual([
      'other 首批用户交付仪式 plan 2024-07-20',
      'other 员工车主交付仪式 done 2024-07-10',
    ]);
  });

  it('reads the works moving on to a new stage as what stands on the article’s date', () => {
    expect(said('金沙水电站工程全面转入机电安装施工阶段，预计明年底投入使用。')).toEqual(['dam other done - project', 'dam production plan 2025年年底 project']);
    expect(said('金沙水电站将进入机电安装阶段。')).toEqual([]);
  });

  it('gives a signing to the project the next clause says it is to build', () => {
    expect(said('2024年3月1日，市政府与某车企签署合作框架协议，双方商定共同规划建设华理生物产业园项目。')).toEqual(['huali-bio signing done 2024年3月1日 project']);
    // Named for another reason, the project is not what was signed.
    expect(said('2024年3月1日，市政府与某车企签署合作框架协议，华理生物产业园项目负责人出席。')).toEqual([]);
  });

  it('does not take a count to reach (实现30个门诊开诊) for an event', () => {
    expect(said('金沙水电站力争到明年底实现8个机组投产发电。')).toEqual([]);
  });

  it('does not take preparing an event (正在筹备试运营) for the event begun', () => {
    expect(said('华理生物产业园项目正在筹备试运营。')).toEqual([]);
  });

  it('gives each phase its own milestone, and a part (大坝) its own', () => {
    expect(said('华理生物产业园项目一期计划年底前竣工验收，二期明年开工。')).toEqual([
      'huali-bio completion plan 2024年年底前 phase-1',
      'huali-bio construction-start plan 2025年 phase-2',
    ]);
    expect(said('金沙水电站大坝已浇筑到顶。')).toEqual(['dam topping-out done - project 大坝']);
  });

  it('skips a single numbered unit and a share of the work, and keeps the plan the next clause states', () => {
    expect(said('金沙水电站8号机组已投产发电。')).toEqual([]);
    expect(said('华理生物产业园项目主体已完成70%，计划8月封顶。')).toEqual(['huali-bio topping-out plan 2024年8月 project']);
  });

  it('reads a date relative to the article: 当日 after a day, 今年 and a month alone', () => {
    expect(said('金沙电站今年3月开工。', '2024-07-15')).toEqual(['dam construction-start done 2024年3月 project']);
    expect(said('6月20日，华理生物产业园项目签约落户园区。当日，项目正式开工。')).toEqual([
      'huali-bio signing done 2024年6月20日 project',
      'huali-bio construction-start done 2024年6月20日 project',
    ]);
  });
});
