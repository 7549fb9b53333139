import { describe, expect, it } from 'vitest';
import { followedUpProject } from '../../fixtures/followUp.ts';
import { projectSchema } from '../../schema.ts';
import { huali, labels, report, source } from '../fixtures.ts';
import { milestonesData, milestonesTable, milestonesTakeaway } from './data.ts';

describe('the milestones chart', () => {
  const rows = milestonesData([followedUpProject()], '2024-07-15', false);

  it('tallies the milestones by status, a passed window in its own words', () => {
    expect(milestonesTakeaway(rows, labels)).toBe('3个节点中：2个期限已过，未见完成报道；1个延期完成。');
  });

  it('calls only a reported completion late, and says a passed window is not a report', () => {
    const table = milestonesTable(rows, labels);
    expect(table.columns).toEqual(['节点', '现状', '最初计划', '调整后计划', '实际', '与最初计划相比']);
    expect(table.rows[0]).toEqual(['启动建设', '延期完成', '2023年5月', '—', '已完成：2023年6月20日', '晚了20天（据报道）']);
    expect(table.rows[2]).toEqual(['主体土建完工', '期限已过，未见完成报道', '2023年10月底', '—', '—', '期限已过约8个月，未见完成报道']);
    expect(table.rows.flat().join('')).not.toContain('延误');
  });

  it('never gives a report date as the date of an undated completion', () => {
    const land = projectSchema.parse({ ...huali, milestones: [{ id: 'land', label: '土地摘牌', reports: [{ type: 'done', asOf: '2023-05-10', source }] }] });
    expect(milestonesTable(milestonesData([land], '2024-01-01', false), labels).rows[0]![4]).toBe('已完成：日期未报道（截至2023年5月10日的报道）');
  });
});
