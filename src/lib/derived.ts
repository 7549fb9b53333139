// Values computed from the dataset, never stored in it: a stored ratio can drift from its parts, a computed one
// cannot. Each takes its parts from reports of one date and one scope, the latest date on which all of them were
// reported: a new revenue is never set beside an old profit, nor a later count divided by an earlier plan. Pages say
// which date that is.

import type { FigureReport, Indicators, IndicatorReport, Project } from './schema.ts';
import { latestForScope, latestReport } from './reports.ts';
import { significantDigits } from './format.ts';

/** One 亩 is 1/15 hectare; Chinese reports give investment intensity per 亩. */
export const MU_PER_HECTARE = 15;

export interface StartRate {
  started: IndicatorReport;
  planned: IndicatorReport;
  /** started ÷ planned, in percent, unrounded. */
  computed: number;
  /** The rate the source stated for the same year on the same date, if any. */
  stated: IndicatorReport | undefined;
  /** The date the counts were both reported. */
  asOf: string;
}

/**
 * 开复工率: projects started or resumed ÷ projects planned, from counts of one year reported on one date: the latest
 * date on which both were reported. A count reported later without the plan beside it is not divided by an older
 * plan (the plan may have changed unreported).
 */
export function startRate(indicators: Indicators): StartRate | undefined {
  const byDate = (reports: readonly IndicatorReport[], period: string, asOf: string) => latestReport(reports.filter((report) => report.period === period && report.asOf === asOf));
  const started = [...indicators.startedKeyProjects]
    .reverse()
    .sort((a, b) => (a.asOf === b.asOf ? 0 : a.asOf < b.asOf ? 1 : -1))
    .find((report) => byDate(indicators.plannedKeyProjects, report.period, report.asOf));
  if (!started) return undefined;
  const planned = byDate(indicators.plannedKeyProjects, started.period, started.asOf)!;
  if (planned.value === 0) return undefined;
  const stated = byDate(indicators.startRate, started.period, started.asOf);
  return { started, planned, computed: (started.value / planned.value) * 100, stated, asOf: started.asOf };
}

/** The reports of several figures made on one date for one scope: the parts of a value computed from them. */
export interface SameDateReports<K extends string> {
  asOf: string;
  reports: Record<K, FigureReport>;
}

/**
 * The latest date on which every one of these histories has a report for `scope`, with those reports (the last
 * entered that day). Undefined when they were never reported on one day.
 */
export function sameDateReports<K extends string>(histories: Record<K, readonly FigureReport[] | undefined>, scope = 'project'): SameDateReports<K> | undefined {
  const kinds = Object.keys(histories) as K[];
  if (!kinds.length) return undefined;
  const inScope = (kind: K) => (histories[kind] ?? []).filter((report) => report.scope === scope);
  const dates = [...new Set(inScope(kinds[0]!).map((report) => report.asOf))].sort().reverse();
  for (const asOf of dates) {
    const reports = Object.fromEntries(kinds.map((kind) => [kind, latestReport(inScope(kind).filter((report) => report.asOf === asOf))])) as Record<K, FigureReport | undefined>;
    if (kinds.every((kind) => reports[kind] !== undefined)) return { asOf, reports: reports as Record<K, FigureReport> };
  }
  return undefined;
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

export interface InvestmentIntensity {
  yuanPerHectare: number;
  /** Significant digits of the less precise input. */
  digits: number;
  /** The date both inputs were reported. */
  asOf: string;
  investment: FigureReport;
  land: FigureReport;
  /** A later report gives one of the inputs without the other: the ratio is of the earlier date, and says so. */
  superseded: boolean;
}

/**
 * 投资强度, the one ratio the site computes for a project (planners quote it, sources rarely do): planned investment
 * per hectare of land, from whole-project figures reported on one date (the latest on which both were), with the
 * significant digits of the less precise of the two (5.2亿元 and 10公顷 give two). Undefined where a part is missing,
 * zero, approximate or reported only for a phase, or where the two were never reported on one date. No payback or
 * yield is computed: the sources give none, and a one-off sum set against yearly forecasts says more than they do.
 */
export function investmentIntensity(project: Project): InvestmentIntensity | undefined {
  const parts = sameDateReports({ investment: project.figures.investment, land: project.figures.landArea });
  if (!parts) return undefined;
  const { investment, land } = parts.reports;
  if (land.value === 0 || investment.qualifier !== 'exact' || land.qualifier !== 'exact' || investment.valueMax !== undefined || land.valueMax !== undefined) return undefined;
  const superseded = [latestForScope(project.figures.investment), latestForScope(project.figures.landArea)].some((latest) => latest !== undefined && latest.asOf > parts.asOf);
  return {
    yuanPerHectare: investment.value / land.value,
    digits: Math.min(significantDigits(investment.value), significantDigits(land.value)),
    asOf: parts.asOf,
    investment,
    land,
    superseded,
  };
}
