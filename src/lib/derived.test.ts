import { describe, expect, it } from 'vitest';
import { compareStatedWithComputed, investmentIntensity, startRate, statedDecimals } from './derived.ts';
import { indicatorsSchema, projectSchema } from './schema.ts';

const source = { article: 'a', quote: 'q' };
const report = (value: number, period = '2023', asOf = '2023-05-10') => ({ value, period, asOf, source });

describe('startRate(indicators)', () => {
  it('divides started by planned for the same year, in percent', () => {
    const indicators = indicatorsSchema.parse({
      plannedKeyProjects: [report(43)],
      startedKeyProjects: [report(30)],
      startRate: [report(69.7)],
    });
    const rate = startRate(indicators)!;
    expect(rate.computed).toBeCloseTo(69.767, 3);
    expect(rate.stated?.value).toBe(69.7);
  });
  it('never divides counts of different years', () => {
    const indicators = indicatorsSchema.parse({ plannedKeyProjects: [report(43, '2023')], startedKeyProjects: [report(30, '2024')] });
    expect(startRate(indicators)).toBeUndefined();
  });
  it('uses the latest reports', () => {
    const indicators = indicatorsSchema.parse({
      plannedKeyProjects: [report(43)],
      startedKeyProjects: [report(30), report(41, '2023', '2023-08-01')],
    });
    expect(startRate(indicators)!.computed).toBeCloseTo((41 / 43) * 100, 6);
  });
});

describe('compareStatedWithComputed(stated, computed)', () => {
  it('flags 69.7% against 30/43 = 69.77%, which rounds to 69.8%', () => {
    expect(compareStatedWithComputed(69.7, (30 / 43) * 100)).toEqual({
      stated: 69.7,
      computed: (30 / 43) * 100,
      computedAtStatedPrecision: 69.8,
      decimals: 1,
    });
  });
  it('accepts a rate rounded to the precision it was given with', () => {
    expect(compareStatedWithComputed(69.8, (30 / 43) * 100)).toBeUndefined();
    expect(compareStatedWithComputed(70, (30 / 43) * 100)).toBeUndefined();
    expect(compareStatedWithComputed(69.77, (30 / 43) * 100)).toBeUndefined();
  });
  it('statedDecimals(value) counts the decimals a figure was given with', () => {
    expect(statedDecimals(69.7)).toBe(1);
    expect(statedDecimals(70)).toBe(0);
    expect(statedDecimals(0.34)).toBe(2);
  });
});

describe('investmentIntensity(project)', () => {
  const figure = (value: number, scope = 'project', qualifier = 'exact') => [{ value, scope, qualifier, asOf: '2023-05-10', source }];
  const project = (figures: object) =>
    projectSchema.parse({ id: 'p', name: '项目', status: [{ stage: 'signed', asOf: '2023-05-10', source }], figures });

  it('divides the investment by the land, and carries the precision of the less precise input', () => {
    expect(investmentIntensity(project({ investment: figure(520_000_000), landArea: figure(10) }))).toEqual({ yuanPerHectare: 52_000_000, digits: 2 });
    expect(investmentIntensity(project({ investment: figure(524_000_000), landArea: figure(12.5) }))!.digits).toBe(3);
  });
  it('computes nothing from a missing, zero, phase-only or bounded part', () => {
    expect(investmentIntensity(project({ investment: figure(350_000_000, 'phase-1'), landArea: figure(10) }))).toBeUndefined();
    expect(investmentIntensity(project({ investment: figure(520_000_000), landArea: figure(0) }))).toBeUndefined();
    expect(investmentIntensity(project({ investment: figure(100_000_000, 'project', 'over'), landArea: figure(10) }))).toBeUndefined();
    expect(investmentIntensity(project({ annualTax: figure(1) }))).toBeUndefined();
  });
});
