import { describe, expect, it } from 'vitest';
import { compareStatedWithComputed, investmentIntensity, sameDateReports, startRate, statedDecimals } from './derived.ts';
import { figureReportSchema, indicatorsSchema, projectSchema } from './schema.ts';

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
  it('uses the latest date on which both counts were reported', () => {
    const indicators = indicatorsSchema.parse({
      plannedKeyProjects: [report(43), report(45, '2023', '2023-08-01')],
      startedKeyProjects: [report(30), report(41, '2023', '2023-08-01')],
      startRate: [report(69.7)],
    });
    const rate = startRate(indicators)!;
    expect(rate.computed).toBeCloseTo((41 / 45) * 100, 6);
    expect(rate.asOf).toBe('2023-08-01');
    // The stated rate of May is not set against August's counts.
    expect(rate.stated).toBeUndefined();
  });
  it('never divides a later count by an earlier plan: it keeps the counts of the date that has both', () => {
    const indicators = indicatorsSchema.parse({
      plannedKeyProjects: [report(43)],
      startedKeyProjects: [report(30), report(41, '2023', '2023-08-01')],
      startRate: [report(69.7)],
    });
    const rate = startRate(indicators)!;
    expect([rate.started.value, rate.planned.value, rate.asOf, rate.stated?.value]).toEqual([30, 43, '2023-05-10', 69.7]);
    expect(startRate(indicatorsSchema.parse({ plannedKeyProjects: [report(43)], startedKeyProjects: [report(41, '2023', '2023-08-01')] }))).toBeUndefined();
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

describe('sameDateReports(histories, scope)', () => {
  const at = (value: number, asOf: string, scope = 'project') => figureReportSchema.parse({ value, scope, asOf, source });
  it('takes every part from the latest date on which all were reported, never a new revenue beside an old profit', () => {
    const revenue = [at(524_000_000, '2023-05-10'), at(100_000_000, '2024-07-01')];
    const profit = [at(170_000_000, '2023-05-10')];
    const parts = sameDateReports({ revenue, profit })!;
    expect(parts.asOf).toBe('2023-05-10');
    expect([parts.reports.revenue.value, parts.reports.profit.value]).toEqual([524_000_000, 170_000_000]);
    // Reported together again later: that date wins.
    expect(sameDateReports({ revenue, profit: [...profit, at(20_000_000, '2024-07-01')] })!.reports.profit.value).toBe(20_000_000);
  });
  it('keeps to one scope and finds nothing when the parts were never reported on one date', () => {
    expect(sameDateReports({ a: [at(1, '2023-05-10')], b: [at(2, '2024-07-01')] })).toBeUndefined();
    expect(sameDateReports({ a: [at(1, '2023-05-10', 'phase-1')], b: [at(2, '2023-05-10')] })).toBeUndefined();
    expect(sameDateReports({ a: [at(1, '2023-05-10', 'phase-1')], b: [at(2, '2023-05-10', 'phase-1')] }, 'phase-1')!.asOf).toBe('2023-05-10');
  });
});

describe('investmentIntensity(project)', () => {
  const figure = (value: number, scope = 'project', qualifier = 'exact') => [{ value, scope, qualifier, asOf: '2023-05-10', source }];
  const project = (figures: object) =>
    projectSchema.parse({ id: 'p', name: '项目', status: [{ stage: 'signed', asOf: '2023-05-10', source }], figures });

  it('divides the investment by the land, and carries the precision of the less precise input', () => {
    expect(investmentIntensity(project({ investment: figure(520_000_000), landArea: figure(10) }))).toMatchObject({ yuanPerHectare: 52_000_000, digits: 2, asOf: '2023-05-10', superseded: false });
    expect(investmentIntensity(project({ investment: figure(524_000_000), landArea: figure(12.5) }))!.digits).toBe(3);
  });
  it('computes nothing from a missing, zero, phase-only or bounded part', () => {
    expect(investmentIntensity(project({ investment: figure(350_000_000, 'phase-1'), landArea: figure(10) }))).toBeUndefined();
    expect(investmentIntensity(project({ investment: figure(520_000_000), landArea: figure(0) }))).toBeUndefined();
    expect(investmentIntensity(project({ investment: figure(100_000_000, 'project', 'over'), landArea: figure(10) }))).toBeUndefined();
    expect(investmentIntensity(project({ annualTax: figure(1) }))).toBeUndefined();
  });
  it('divides figures reported on one date: a later investment without the land beside it does not replace the earlier one', () => {
    const later = { value: 600_000_000, asOf: '2024-07-01', source };
    const ratio = investmentIntensity(project({ investment: [...figure(520_000_000), later], landArea: figure(10) }))!;
    expect([ratio.yuanPerHectare, ratio.asOf, ratio.investment.value, ratio.superseded]).toEqual([52_000_000, '2023-05-10', 520_000_000, true]);
    // Both reported again: the new date's pair.
    expect(investmentIntensity(project({ investment: [...figure(520_000_000), later], landArea: [...figure(10), { value: 12, asOf: '2024-07-01', source }] }))).toMatchObject({ yuanPerHectare: 50_000_000, asOf: '2024-07-01', superseded: false });
    // Never reported on one date: nothing.
    expect(investmentIntensity(project({ investment: [later], landArea: figure(10) }))).toBeUndefined();
  });
});
