import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatCount,
  formatInMagnitude,
  formatPercent,
  formatQuantity,
  formatScope,
  formatYears,
  formatYuan,
  formatYuanPerArea,
  formatYuanPerYuan,
  magnitudeFor,
} from './format.ts';

describe('formatYuan(value, qualifier)', () => {
  it('writes amounts in 亿 and 万 as Chinese reports do', () => {
    expect(formatYuan(520_000_000)).toBe('5.2亿元');
    expect(formatYuan(524_000_000)).toBe('5.24亿元');
    expect(formatYuan(5_000_000)).toBe('500万元');
    expect(formatYuan(34_000_000)).toBe('3400万元');
    expect(formatYuan(100_000_000)).toBe('1亿元');
    expect(formatYuan(1.5e12)).toBe('1.5万亿元');
    expect(formatYuan(8000)).toBe('8000元');
  });
  it('puts the qualifier where Chinese puts it', () => {
    expect(formatYuan(520_000_000, 'about')).toBe('约5.2亿元');
    expect(formatYuan(5_000_000, 'at-least')).toBe('500万元以上');
    expect(formatYuan(100_000_000, 'over')).toBe('超1亿元');
    expect(formatYuan(100_000_000, 'under')).toBe('不到1亿元');
    expect(formatYuan(100_000_000, 'at-most')).toBe('不超过1亿元');
  });
});

describe('formatQuantity(quantity, unit)', () => {
  it('writes ranges with one unit at the end', () => {
    expect(formatQuantity({ value: 5e10, valueMax: 1e11 }, 'yuan')).toBe('500亿—1000亿元');
    expect(formatQuantity({ value: 10, valueMax: 12 }, 'hectare')).toBe('10—12公顷');
    // Ends of different magnitudes each keep their unit, so the lower end is not read in the upper's magnitude.
    expect(formatQuantity({ value: 9999, valueMax: 20000 }, 'yuan')).toBe('9999元—2万元');
  });
  it('writes areas, counts and percentages', () => {
    expect(formatQuantity({ value: 10, qualifier: 'about' }, 'hectare')).toBe('约10公顷');
    expect(formatQuantity({ value: 43 }, 'count')).toBe('43个');
    expect(formatQuantity({ value: 69.7 }, 'percent')).toBe('69.7%');
  });
});

describe('number helpers', () => {
  it('formatCompact(value) groups by 万 and 亿', () => {
    expect(formatCompact(12_345_678)).toBe('1234.57万');
  });
  it('formatCount and formatPercent', () => {
    expect(formatCount(43)).toBe('43个');
    expect(formatPercent((30 / 43) * 100)).toBe('69.77%');
    expect(formatPercent((30 / 43) * 100, 1)).toBe('69.8%');
  });
  it('magnitudeFor(values) picks one unit for an axis', () => {
    expect(magnitudeFor([34_000_000, 520_000_000])).toEqual({ magnitude: 1e8, prefix: '亿' });
    expect(magnitudeFor([5_000_000])).toEqual({ magnitude: 1e4, prefix: '万' });
    expect(magnitudeFor([])).toEqual({ magnitude: 1, prefix: '' });
    expect(formatInMagnitude(34_000_000, 1e8)).toBe('0.34');
  });
  it('formatYuanPerArea(yuanPerHectare) gives 公顷 and 亩', () => {
    expect(formatYuanPerArea(52_000_000)).toEqual({ perHectare: '5200万元/公顷', perMu: '346.67万元/亩' });
  });
  it('formatYears and formatYuanPerYuan round for reading', () => {
    expect(formatYears(520 / 170)).toBe('3.1年');
    expect(formatYuanPerYuan(0.34 / 5.2)).toBe('0.065元');
  });
  it('formatScope(scope) names phases in Chinese', () => {
    expect(formatScope('project')).toBe('全项目');
    expect(formatScope('phase-1')).toBe('一期');
    expect(formatScope('phase-2')).toBe('二期');
    expect(formatScope('phase-12')).toBe('12期');
  });
});
