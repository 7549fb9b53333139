// Values computed from the dataset, never stored in it: a stored ratio can drift from its parts, a computed one
// cannot. Each takes the latest whole-project reports so parts of different scopes are never mixed.

import type { Indicators, IndicatorReport, Project } from './schema.ts';
import { latestForScope, latestReport } from './reports.ts';
import { significantDigits } from './format.ts';

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

/**
 * 投资强度, the one ratio the site computes for a project (planners quote it, sources rarely do): planned investment
 * per hectare of land, from the latest whole-project figures, with the significant digits of the less precise of the
 * two (5.2亿元 and 10公顷 give two). Undefined where a part is missing, zero, or reported only for a phase. No
 * payback or yield is computed: the sources give none, and a one-off sum set against yearly forecasts says more
 * than they do.
 */
export function investmentIntensity(project: Project): { yuanPerHectare: number; digits: number } | undefined {
  const investment = latestForScope(project.figures.investment);
  const land = latestForScope(project.figures.landArea);
  if (!investment || !land || land.value === 0 || investment.qualifier !== 'exact' || land.qualifier !== 'exact' || investment.valueMax !== undefined || land.valueMax !== undefined) return undefined;
  return { yuanPerHectare: investment.value / land.value, digits: Math.min(significantDigits(investment.value), significantDigits(land.value)) };
}
