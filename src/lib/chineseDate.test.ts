import { describe, expect, it } from 'vitest';
import { findDates, springFestival } from './chineseDate.ts';
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

describe('findDates against the article’s own date', () => {
  it('counts 去年, 今年 and 明年 from the article’s year, and keeps 前 as a deadline', () => {
    expect(read('项目于去年6月20日开工建设，预计今年10月31日前建成投产，明年10月末达产', '2024-07-15')).toEqual([
      ['去年6月20日', '2023-06-20', 'day', false],
      ['今年10月31日前', '2024-10-31', 'day', true],
      ['明年10月末', '2025-10', 'end-of-month', false],
    ]);
    expect(read('去年12月签约', '2024-01-05')).toEqual([['去年12月', '2023-12', 'month', false]]);
    expect(read('去年年底竣工，今年年底前投产', '2024-07-15')).toEqual([
      ['去年年底', '2023', 'end-of-year', false],
      ['今年年底前', '2024', 'end-of-year', true],
    ]);
  });

  it('reads 年底前 and 10月末 in the article’s year', () => {
    expect(read('年底前完工', '2021-03-02')).toEqual([['年底前', '2021', 'end-of-year', true]]);
    expect(read('10月末', '2021-03-02')).toEqual([['10月末', '2021-10', 'end-of-month', false]]);
  });

  it('reads 今天, 昨天, 前天 and their 日 forms as days counted back from the article’s date, across a month', () => {
    expect(read('今天上午，昨天下午，前天，今日，昨日', '2024-03-01')).toEqual([
      ['今天', '2024-03-01', 'day', false],
      ['昨天', '2024-02-29', 'day', false],
      ['前天', '2024-02-28', 'day', false],
      ['今日', '2024-03-01', 'day', false],
      ['昨日', '2024-02-29', 'day', false],
    ]);
  });

  it('reads 当日 and 当天 as the day named last, and nothing when no day was named', () => {
    expect(read('2023年6月20日，项目开工，当日完成首方混凝土浇筑', '2024-07-15')).toEqual([
      ['2023年6月20日', '2023-06-20', 'day', false],
      ['当日', '2023-06-20', 'day', false],
    ]);
    expect(read('6月，当天', '2024-07-15')).toEqual([['6月', '2024-06', 'month', false]]);
    expect(read('当日完成浇筑')).toEqual([]);
  });

  it('reads 本月N日 in the article’s month, before or after its day', () => {
    expect(read('本月3日签约，本月28日开工', '2024-07-15')).toEqual([
      ['本月3日', '2024-07-03', 'day', false],
      ['本月28日', '2024-07-28', 'day', false],
    ]);
    expect(read('本月31日', '2024-06-10')).toEqual([]);
  });

  it('reads a day alone in the article’s month, or the month before when it is after the article’s day', () => {
    expect(read('12日上午，项目开工', '2024-07-15')).toEqual([['12日', '2024-07-12', 'day', false]]);
    expect(read('15日，项目开工', '2024-07-15')).toEqual([['15日', '2024-07-15', 'day', false]]);
    expect(read('20号，项目开工', '2024-07-15')).toEqual([['20号', '2024-06-20', 'day', false]]);
    expect(read('28日，项目签约', '2024-01-10')).toEqual([['28日', '2023-12-28', 'day', false]]);
    expect(read('31日，项目签约', '2024-03-15')).toEqual([]); // 2月31日 is no day
  });

  it('reads the second day of a range or a list in the first one’s month', () => {
    expect(read('5月10日至12日', '2024-07-15')).toEqual([
      ['5月10日', '2024-05-10', 'day', false],
      ['12日', '2024-05-12', 'day', false],
    ]);
    expect(read('2023年5月10日—12日', '2024-07-15')).toEqual([
      ['2023年5月10日', '2023-05-10', 'day', false],
      ['12日', '2023-05-12', 'day', false],
    ]);
    expect(read('6月20日、21日两天', '2024-07-25')).toEqual([
      ['6月20日', '2024-06-20', 'day', false],
      ['21日', '2024-06-21', 'day', false],
    ]);
    // Not a range: a day in another clause is the article's month.
    expect(read('5月10日签约，12日开工', '2024-07-15')).toEqual([
      ['5月10日', '2024-05-10', 'day', false],
      ['12日', '2024-07-12', 'day', false],
    ]);
  });

  it.each(['提前5日完成', '推迟3日', '历时8日', '用时30日', '为期30日', '工期30日', '仅需5日', '需要5日', '仅5日', '前5日', '连续5日', '每5日一次', '第3日', '约5日', '5日内', '5日以内', '10日后', '长达10日', '不到5日'])(
    'does not read the day count in %s as a date',
    (text) => {
      expect(read(text, '2024-07-15')).toEqual([]);
    },
  );

  it('reads dates written with full-width digits, giving the text as written', () => {
    expect(read('于去年６月２０日开工，本月３日封顶', '2024-07-15')).toEqual([
      ['去年６月２０日', '2023-06-20', 'day', false],
      ['本月３日', '2024-07-03', 'day', false],
    ]);
  });

  it('gives offsets into the text', () => {
    const text = '项目于去年6月20日开工，12日封顶。';
    expect(findDates(text, '2024-07-15').map((found) => text.slice(found.start, found.end))).toEqual(['去年6月20日', '12日']);
  });
});

describe('findDates: dates in Chinese numerals and the end of a relative year', () => {
  it('reads a year, month and day in Chinese numerals as official texts write them, giving the text as written', () => {
    expect(read('二〇二三年六月二十日，项目开工', '2024-07-15')).toEqual([['二〇二三年六月二十日', '2023-06-20', 'day', false]]);
    expect(read('二零二四年三月十日、十月十五日、三月八日、十二月三十一日', '2024-07-15')).toEqual([
      ['二零二四年三月十日', '2024-03-10', 'day', false],
      ['十月十五日', '2024-10-15', 'day', false],
      ['三月八日', '2024-03-08', 'day', false],
      ['十二月三十一日', '2024-12-31', 'day', false],
    ]);
    expect(read('一九九八年', '2024-07-15')).toEqual([['一九九八年', '1998', 'year', false]]);
    const text = '于二〇二三年六月二十日开工';
    expect(findDates(text, '2024-07-15').map((found) => text.slice(found.start, found.end))).toEqual(['二〇二三年六月二十日']);
  });

  it('does not read a thing numbered in Chinese (二号机组) as a day, nor a day that does not exist', () => {
    expect(read('6月二号机组并网', '2024-07-15')).toEqual([['6月', '2024-06', 'month', false]]);
    expect(read('二月三十日', '2024-07-15')).toEqual([]);
  });

  it('reads 去年底 and 今年末 as the end of that year, not the year', () => {
    expect(read('去年底开工，今年末投产，2026年底达产，年底前竣工', '2024-07-15')).toEqual([
      ['去年底', '2023', 'end-of-year', false],
      ['今年末', '2024', 'end-of-year', false],
      ['2026年底', '2026', 'end-of-year', false],
      ['年底前', '2024', 'end-of-year', true],
    ]);
    expect(read('说到底', '2024-07-15')).toEqual([]);
  });
});

describe('the Spring Festival (春节前, a common deadline)', () => {
  it('knows its Gregorian date in a year', () => {
    expect([2023, 2024, 2025].map(springFestival)).toEqual(['2023-01-22', '2024-02-10', '2025-01-29']);
  });

  it('reads 春节 with its year, or the festival nearest the article, as a day; 春节前 as before it', () => {
    expect(read('今年春节前开工，明年春节前投产', '2024-07-15')).toEqual([
      ['今年春节前', '2024-02-10', 'day', true],
      ['明年春节前', '2025-01-29', 'day', true],
    ]);
    expect(read('2023年春节以前', '2024-07-15')).toEqual([['2023年春节以前', '2023-01-22', 'day', true]]);
    // In December the coming festival is the nearest.
    expect(read('确保春节前完工', '2024-12-20')).toEqual([['春节前', '2025-01-29', 'day', true]]);
  });
});
