import { describe, expect, it } from 'vitest';
import { compareFuzzyDates, dateWindow, formatFuzzyDate, fuzzyDateProblem, type FuzzyDate } from './fuzzyDate.ts';

describe('dateWindow(date)', () => {
  it('maps "5月份" to the whole month', () => {
    expect(dateWindow({ date: '2023-05', precision: 'month' })).toEqual({ start: '2023-05-01', end: '2023-05-31', shape: 'span' });
  });
  it('maps "7月底" to a point at the end of the month', () => {
    expect(dateWindow({ date: '2023-07', precision: 'end-of-month' })).toEqual({ start: '2023-07-31', end: '2023-07-31', shape: 'point' });
    expect(dateWindow({ date: '2024-02', precision: 'end-of-month' }).end).toBe('2024-02-29');
  });
  it('maps "年底前" to a deadline at the end of the year', () => {
    expect(dateWindow({ date: '2023', precision: 'end-of-year', before: true })).toEqual({ start: null, end: '2023-12-31', shape: 'deadline' });
  });
  it('maps 上旬, 中旬 and 下旬 to the thirds of a month', () => {
    expect(dateWindow({ date: '2023-02', precision: 'early-month' })).toMatchObject({ start: '2023-02-01', end: '2023-02-10' });
    expect(dateWindow({ date: '2023-02', precision: 'mid-month' })).toMatchObject({ start: '2023-02-11', end: '2023-02-20' });
    expect(dateWindow({ date: '2023-02', precision: 'late-month' })).toMatchObject({ start: '2023-02-21', end: '2023-02-28' });
  });
  it('maps quarters, halves and years', () => {
    expect(dateWindow({ date: '2023-Q2', precision: 'quarter' })).toMatchObject({ start: '2023-04-01', end: '2023-06-30' });
    expect(dateWindow({ date: '2023-Q4', precision: 'quarter' })).toMatchObject({ start: '2023-10-01', end: '2023-12-31' });
    expect(dateWindow({ date: '2023-H2', precision: 'half-year' })).toMatchObject({ start: '2023-07-01', end: '2023-12-31' });
    expect(dateWindow({ date: '2023', precision: 'year' })).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });
  it('maps a day to a point', () => {
    expect(dateWindow({ date: '2023-04-19', precision: 'day' })).toEqual({ start: '2023-04-19', end: '2023-04-19', shape: 'point' });
  });
});

describe('formatFuzzyDate(date)', () => {
  const cases: [FuzzyDate, string][] = [
    [{ date: '2023-04-19', precision: 'day' }, '2023年4月19日'],
    [{ date: '2023-05', precision: 'month' }, '2023年5月'],
    [{ date: '2023-05', precision: 'early-month' }, '2023年5月上旬'],
    [{ date: '2023-05', precision: 'mid-month' }, '2023年5月中旬'],
    [{ date: '2023-05', precision: 'late-month' }, '2023年5月下旬'],
    [{ date: '2023-07', precision: 'end-of-month' }, '2023年7月底'],
    [{ date: '2023-Q3', precision: 'quarter' }, '2023年第三季度'],
    [{ date: '2023-H1', precision: 'half-year' }, '2023年上半年'],
    [{ date: '2023', precision: 'end-of-year', before: true }, '2023年年底前'],
    [{ date: '2023', precision: 'year' }, '2023年'],
  ];
  it.each(cases)('%o reads %s', (date, text) => {
    expect(formatFuzzyDate(date)).toBe(text);
  });
});

describe('fuzzyDateProblem(date)', () => {
  it('accepts a date written for its precision', () => {
    expect(fuzzyDateProblem({ date: '2023-07', precision: 'end-of-month' })).toBeNull();
  });
  it('names the expected form when the date does not fit the precision', () => {
    expect(fuzzyDateProblem({ date: '2023-07-31', precision: 'month' })).toBe('精度为 month 时，应为写成 2023-05 这样的日期');
    expect(fuzzyDateProblem({ date: '2023-Q5', precision: 'quarter' })).toBe('精度为 quarter 时，应为写成 2023-Q2 这样的日期');
  });
  it('rejects an impossible day', () => {
    expect(fuzzyDateProblem({ date: '2023-02-30', precision: 'day' })).toContain('真实存在的日期');
  });
});

describe('compareFuzzyDates(a, b)', () => {
  it('orders by the end of each window', () => {
    const dates: FuzzyDate[] = [
      { date: '2023', precision: 'end-of-year', before: true },
      { date: '2023-07', precision: 'end-of-month' },
      { date: '2023-05', precision: 'month' },
      { date: '2023-05-10', precision: 'day' },
    ];
    expect([...dates].sort(compareFuzzyDates).map(formatFuzzyDate)).toEqual(['2023年5月10日', '2023年5月', '2023年7月底', '2023年年底前']);
  });
});
