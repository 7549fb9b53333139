import { describe, expect, it } from 'vitest';
import { formatFuzzyDate } from '../fuzzyDate.ts';
import { findMilestoneStatements } from './milestoneStatements.ts';
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
