import { describe, expect, it } from 'vitest';
import { findDates } from './chineseDate.ts';
import { formatFuzzyDate } from './fuzzyDate.ts';

/** [text, date, precision, before] for each date found in an article published on 2024-07-01. */
function read(text: string, published = '2024-07-01') {
  return findDates(text, published).map((found) => [found.text, found.date.date, found.date.precision, found.date.before ?? false]);
}

describe('findDates(text, published)', () => {
  it('reads days, months and parts of months, with or without a year', () => {
    expect(read('于去年6月20日开工建设')).toEqual([['去年6月20日', '2023-06-20', 'day', false]]);
    expect(read('2023年5月10日')).toEqual([['2023年5月10日', '2023-05-10', 'day', false]]);
    expect(read('计划5月份启动建设,7月底实现装置中交')).toEqual([
      ['5月份', '2024-05', 'month', false],
      ['7月底', '2024-07', 'end-of-month', false],
    ]);
    expect(read('明年3月上旬、十二月中旬、9月下旬、10月末、11月初')).toEqual([
      ['明年3月上旬', '2025-03', 'early-month', false],
      ['十二月中旬', '2024-12', 'mid-month', false],
      ['9月下旬', '2024-09', 'late-month', false],
      ['10月末', '2024-10', 'end-of-month', false],
      ['11月初', '2024-11', 'early-month', false],
    ]);
  });

  it('reads quarters, half years, year ends and years, and 前 as a deadline', () => {
    expect(read('预计今年10月31日前建成投产')).toEqual([['今年10月31日前', '2024-10-31', 'day', true]]);
    expect(read('年底前达到投产条件')).toEqual([['年底前', '2024', 'end-of-year', true]]);
    expect(read('2025年上半年投产,三季度封顶,第4季度竣工')).toEqual([
      ['2025年上半年', '2025-H1', 'half-year', false],
      ['三季度', '2024-Q3', 'quarter', false],
      ['第4季度', '2024-Q4', 'quarter', false],
    ]);
    expect(read('2026年建成')).toEqual([['2026年', '2026', 'year', false]]);
  });

  it('writes back what it read', () => {
    for (const text of ['2023年7月底', '2023年年底前', '2023年5月上旬', '2024年第三季度', '2024年上半年'])
      expect(findDates(text, '2023-05-10').map((found) => formatFuzzyDate(found.date))).toEqual([text]);
  });

  it('leaves what is not a date: impossible days and months, bare numbers, 年销售收入', () => {
    expect(read('6月31日、13月、年销售收入5.24亿元、500万元')).toEqual([]);
  });
});
