// Values computed from the dataset, never stored in it: a stored ratio can drift from its parts, a computed one
// cannot. Each takes the latest whole-project reports so parts of different scopes are never mixed.

import type { Indicators, IndicatorReport, Project } from './schema.ts';
import { latestForScope, latestReport } from './reports.ts';

/** One 亩 is 1/15 hectare; Chinese reports give investment intensity per 亩. */
export const MU_PER_HECTARE = 15;

export interface StartRate {
  started: IndicatorReport;
  planned: IndicatorReport;
  /** started ÷ planned, in percent, unrounded. */
  computed: number;
  /** The rate the source stated for the same year, if any. */
  stated: IndicatorReport | undefined;
}

/** 开复工率: projects started or resumed ÷ projects planned, for the latest year both are reported. */
export function startRate(indicators: Indicators): StartRate | undefined {
  const started = latestReport(indicators.startedKeyProjects);
  if (!started) return undefined;
  const planned = latestReport(indicators.plannedKeyProjects.filter((report) => report.period === started.period));
  if (!planned || planned.value === 0) return undefined;
  const stated = latestReport(indicators.startRate.filter((report) => report.period === started.period));
  return { started, planned, computed: (started.value / planned.value) * 100, stated };
}

/** Decimal places a stated number was given with (69.7 → 1). */
export function statedDecimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

export interface Disagreement {
  stated: number;
  computed: number;
  /** The computed value rounded to the precision the source used. */
  computedAtStatedPrecision: number;
  decimals: number;
}

/**
 * A stated figure agrees with its computed twin when rounding the computed value to the stated precision gives
 * the stated value: 69.8 for 30/43 agrees, 69.7 does not (it was truncated, or computed from other counts).
 */
export function compareStatedWithComputed(stated: number, computed: number): Disagreement | undefined {
  const decimals = statedDecimals(stated);
  const factor = 10 ** decimals;
  const rounded = Math.round(computed * factor) / factor;
  if (Math.abs(rounded - stated) < 0.5 / factor / 10) return undefined;
  return { stated, computed, computedAtStatedPrecision: rounded, decimals };
}

export interface ProjectRatios {
  /** yuan per hectare */
  investmentPerHectare: number | undefined;
  /** years of expected profit to equal the planned investment */
  paybackYears: number | undefined;
  /** yuan of expected yearly tax per yuan invested */
  taxPerYuan: number | undefined;
}

/** Ratios from the latest whole-project figures; undefined where a part is missing or zero. */
export function projectRatios(project: Project): ProjectRatios {
  const value = (kind: keyof Project['figures']) => latestForScope(project.figures[kind])?.value;
  const investment = value('investment');
  const land = value('landArea');
  const profit = value('annualProfit');
  const tax = value('annualTax');
  const ratio = (top: number | undefined, bottom: number | undefined) =>
    top === undefined || bottom === undefined || bottom === 0 ? undefined : top / bottom;
  return {
    investmentPerHectare: ratio(investment, land),
    paybackYears: ratio(investment, profit),
    taxPerYuan: ratio(tax, investment),
  };
}
