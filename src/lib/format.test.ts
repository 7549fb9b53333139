import { describe, expect, it } from 'vitest';
import {
  amountUnitFor,
  formatCompact,
  formatCount,
  formatInMagnitude,
  formatMeasure,
  measureMagnitudeFor,
  formatPercent,
  formatQuantity,
  formatScope,
  formatYuan,
  formatYuanPerArea,
  roundToSignificant,
  significantDigits,
} from './format.ts';

const YI = amountUnitFor([1e8]);
const WAN = amountUnitFor([1e4]);

describe('formatYuan(value, qualifier, unit)', () => {
  it('writes a lone amount in 亿 or 万 as Chinese reports do', () => {
    expect(formatYuan(520_000_000)).toBe('5.2亿元');
    expect(formatYuan(524_000_000)).toBe('5.24亿元');
    expect(formatYuan(5_000_000)).toBe('500万元');
    expect(formatYuan(100_000_000)).toBe('1亿元');
    expect(formatYuan(8000)).toBe('8000元');
  });
  it('writes every amount of a group in the unit chosen for the group: 0.34亿元 beside 5.24亿元, never 3400万元', () => {
    expect(formatYuan(34_000_000, 'exact', YI)).toBe('0.34亿元');
    expect(formatYuan(5_000_000, 'exact', YI)).toBe('0.05亿元');
    expect(formatYuan(520_000_000, 'exact', WAN)).toBe('52000万元');
  });
  it('keeps every digit the source gave, never rounding it away', () => {
    expect(formatYuan(12_345_678)).toBe('1234.5678万元');
    expect(formatYuan(123_456_789, 'exact', YI)).toBe('1.23456789亿元');
    // Binary fractions do not leak into the text.
    expect(formatYuan(70_000_000, 'exact', YI)).toBe('0.7亿元');
    expect(formatYuan(290_000_000, 'exact', YI)).toBe('2.9亿元');
  });
  it('puts the qualifier where Chinese puts it', () => {
    expect(formatYuan(520_000_000, 'about')).toBe('约5.2亿元');
    expect(formatYuan(5_000_000, 'at-least')).toBe('500万元以上');
    expect(formatYuan(100_000_000, 'over')).toBe('超1亿元');
    expect(formatYuan(100_000_000, 'under')).toBe('不到1亿元');
    expect(formatYuan(100_000_000, 'at-most')).toBe('不超过1亿元');
  });
});

describe('amountUnitFor(values)', () => {
  it('chooses the unit from the largest amount shown', () => {
    expect(amountUnitFor([34_000_000, 520_000_000])).toEqual({ magnitude: 1e8, prefix: '亿' });
    expect(amountUnitFor([5_000_000])).toEqual({ magnitude: 1e4, prefix: '万' });
    expect(amountUnitFor([])).toEqual({ magnitude: 1, prefix: '' });
  });
});

describe('formatQuantity(quantity, unit, amountUnit)', () => {
  it('writes ranges with one unit at the end', () => {
    expect(formatQuantity({ value: 5e10, valueMax: 1e11 }, 'yuan')).toBe('500—1000亿元');
    expect(formatQuantity({ value: 5e10, valueMax: 1e11 }, 'yuan', YI)).toBe('500—1000亿元');
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
  it('formatCompact(value) groups by 万 and 亿, every digit kept', () => {
    expect(formatCompact(12_345_678)).toBe('1234.5678万');
    expect(formatCompact(1.5e12)).toBe('15000亿');
  });
  it('formatCount and formatPercent', () => {
    expect(formatCount(43)).toBe('43个');
    expect(formatPercent((30 / 43) * 100)).toBe('69.77%');
    expect(formatPercent((30 / 43) * 100, 1)).toBe('69.8%');
  });
  it('formatInMagnitude(value, magnitude) writes axis numbers, rounded only when asked', () => {
    expect(formatInMagnitude(34_000_000, 1e8)).toBe('0.34');
    expect(formatInMagnitude(2e8 / 3, 1e8, 2)).toBe('0.67');
  });
  it('significantDigits(value) reads the precision a figure was given with, at least two', () => {
    expect(significantDigits(520_000_000)).toBe(2);
    expect(significantDigits(524_000_000)).toBe(3);
    expect(significantDigits(34_000_000)).toBe(2);
    expect(significantDigits(10)).toBe(2);
    expect(significantDigits(69.7)).toBe(3);
    expect(roundToSignificant(3_466_666.67, 2)).toBe(3_500_000);
  });
  it('formatYuanPerArea(yuanPerHectare, digits) gives 公顷 and 亩, rounded to the inputs’ precision', () => {
    expect(formatYuanPerArea(52_000_000, 2)).toEqual({ perHectare: '5200万元/公顷', perMu: '350万元/亩' });
  });
  it('formatScope(scope) names phases in Chinese', () => {
    expect(formatScope('project')).toBe('全项目');
    expect(formatScope('phase-1')).toBe('一期');
    expect(formatScope('phase-2')).toBe('二期');
    expect(formatScope('phase-12')).toBe('12期');
  });
});

describe('formatMeasure(quantity, unit, magnitude)', () => {
  it('writes a measure in its own unit with 万 or 亿 as papers do', () => {
    expect(formatMeasure({ value: 16_000_000 }, '千瓦')).toBe('1600万千瓦');
    expect(formatMeasure({ value: 500_000 }, '辆/年')).toBe('50万辆/年');
    expect(formatMeasure({ value: 500_000, qualifier: 'over' }, '人次/年')).toBe('超50万人次/年');
    expect(formatMeasure({ value: 53_000_000_000, qualifier: 'over' }, '千瓦时')).toBe('超530亿千瓦时');
    expect(formatMeasure({ value: 246_400, qualifier: 'about' }, '平方米')).toBe('约24.64万平方米');
    expect(formatMeasure({ value: 1500 }, '张')).toBe('1500张');
    expect(formatMeasure({ value: 40_000, qualifier: 'at-least' }, '人')).toBe('4万人以上');
    expect(formatMeasure({ value: 100 }, 'GWh/年')).toBe('100GWh/年');
    expect(formatMeasure({ value: 16.34 }, '公里')).toBe('16.34公里');
  });
  it('keeps every digit, groups none, and leaves a number a paper writes whole as it is', () => {
    expect(formatMeasure({ value: 16_950 }, '亩')).toBe('16950亩');
    expect(formatMeasure({ value: 12_345_678 }, '吨')).toBe('1234.5678万吨');
  });
  it('writes ranges with the unit once, and durations with their counter', () => {
    expect(formatMeasure({ value: 1000, valueMax: 1500 }, '张')).toBe('1000—1500张');
    expect(formatMeasure({ value: 24 }, '月')).toBe('24个月');
  });
  it('never adds a magnitude to a unit that has one, nor to a percentage', () => {
    expect(formatMeasure({ value: 1600 }, '万千瓦')).toBe('1600万千瓦');
    expect(formatMeasure({ value: 160_000 }, '万千瓦')).toBe('160000万千瓦');
    expect(formatMeasure({ value: 70, qualifier: 'about' }, '%')).toBe('约70%');
  });
  it('writes every report of a measure in the magnitude chosen for all of them', () => {
    const magnitude = measureMagnitudeFor([250_000, 500_000], '辆/年');
    expect(formatMeasure({ value: 250_000 }, '辆/年', magnitude)).toBe('25万辆/年');
    expect(formatMeasure({ value: 500_000_000_000 }, '元')).toBe('5000亿元');
    expect(measureMagnitudeFor([1000, 1500], '张')).toEqual({ magnitude: 1, prefix: '' });
  });
});
