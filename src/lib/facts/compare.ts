// A statement against the dataset: which report it should match and whether it does. The report is the one that
// cites the article, else the latest of the same scope (or year) made by the article's date, so an old article is
// held to what was known then and a follow-up article with a new figure shows up as a difference.

import { compareStatedWithComputed, type Disagreement } from '../derived.ts';
import { agreesAtStatedPrecision, type FoundQuantity } from '../quantity.ts';
import { latestReport } from '../reports.ts';
import type { Dataset, FigureReport, IndicatorReport, Qualifier, Source } from '../schema.ts';
import type { Statement, Subject } from './statements.ts';

export interface ArticleContext {
  /** The article's slug, to prefer reports that cite it. */
  slug?: string | undefined;
  /** The article's date (YYYY-MM-DD): reports made later are not held against it; its year picks indicators. */
  date?: string | undefined;
}

export interface Basis {
  /** The report cites this article, or is the latest report as of the article's date. */
  citesArticle: boolean;
  asOf: string;
  /** Index of the report in its list in the dataset. */
  index: number;
}

export interface Expected {
  value: number;
  valueMax?: number | undefined;
  qualifier?: Qualifier | undefined;
}

export type Comparison =
  | { status: 'agrees' | 'differs'; expected: Expected; basis: Basis }
  | {
      status: 'missing';
      /** The dataset does have reports of this kind, made after the article's date. */
      onlyLater: boolean;
    };

interface Dated {
  asOf: string;
  source: Source;
}

/** The reports an article is held to: those citing it, else the latest made by its date. */
export function candidates<T extends Dated>(reports: readonly T[], context: ArticleContext): { reports: T[]; citesArticle: boolean } {
  const citing = context.slug === undefined ? [] : reports.filter((report) => report.source.article === context.slug);
  if (citing.length) return { reports: citing, citesArticle: true };
  const known = context.date === undefined ? [...reports] : reports.filter((report) => report.asOf <= context.date!);
  const latest = latestReport(known);
  return { reports: latest ? [latest] : [], citesArticle: false };
}

/**
 * How far a rounded figure reaches: the worth of its last non-zero digit, at least its stated step. 超5亿元 is over
 * 5亿 but under 6亿, 40余个 is 41 to 49, 近5.3亿元 is 5.2亿 to 5.3亿.
 */
function roundingWidth(value: number, step: number): number {
  let digits = Math.round(Math.abs(value) / step);
  if (digits === 0) return step;
  let width = step;
  while (digits % 10 === 0) {
    digits /= 10;
    width *= 10;
  }
  return width;
}

/**
 * Whether what the article says holds for an exact dataset value: 5.2亿元, 52000万元 and 约5.2亿元 for 520000000,
 * and so do 超5亿元, 5亿元以上, 近5.3亿元 and 5至6亿元, which round it honestly; 超6亿元, 近5亿元 and 5.5至6亿元
 * do not.
 */
function holdsFor(quantity: FoundQuantity, value: number): boolean {
  const { step } = quantity;
  const slack = Math.abs(value) * 1e-12;
  if (quantity.valueMax !== undefined) return value >= quantity.value - step / 2 - slack && value <= quantity.valueMax + step / 2 + slack;
  const width = roundingWidth(quantity.value, step);
  const below = quantity.value - value;
  switch (quantity.qualifier) {
    case 'over':
      return below < -slack && -below <= width + slack;
    case 'at-least':
      return below <= slack && -below < width - slack;
    case 'under':
      return below > slack && below <= width + slack;
    case 'at-most':
      return below >= -slack && below < width - slack;
    case 'about':
      return Math.abs(below) <= width / 2 + slack;
    default:
      return agreesAtStatedPrecision(quantity.value, step, value);
  }
}

function agrees(quantity: FoundQuantity, expected: Expected): boolean {
  // An exact (or approximate) dataset value: the article may round it, as long as what it says holds for it.
  if (expected.valueMax === undefined && (expected.qualifier === undefined || expected.qualifier === 'exact' || expected.qualifier === 'about'))
    return holdsFor(quantity, expected.value);
  // A range or a bound in the dataset (超亿元, 3至5亿元): the article must say the same.
  if (!agreesAtStatedPrecision(quantity.value, quantity.step, expected.value)) return false;
  if ((quantity.valueMax === undefined) !== (expected.valueMax === undefined)) return false;
  if (quantity.valueMax !== undefined && !agreesAtStatedPrecision(quantity.valueMax, quantity.step, expected.valueMax!)) return false;
  return expected.qualifier === quantity.qualifier;
}

function compareWith<T extends Dated>(
  quantity: FoundQuantity,
  all: readonly T[],
  context: ArticleContext,
  expectedOf: (report: T) => Expected | undefined,
): Comparison {
  const { reports, citesArticle } = candidates(all, context);
  const usable = reports.map((report) => ({ report, expected: expectedOf(report) })).filter((entry) => entry.expected !== undefined);
  if (usable.length === 0) return { status: 'missing', onlyLater: all.length > 0 && !citesArticle };
  // Of several reports citing the article, the one it agrees with (a figure may be reported twice, e.g. per phase).
  const chosen = usable.find((entry) => agrees(quantity, entry.expected!)) ?? usable.at(-1)!;
  return {
    status: agrees(quantity, chosen.expected!) ? 'agrees' : 'differs',
    expected: chosen.expected!,
    basis: { citesArticle, asOf: chosen.report.asOf, index: all.indexOf(chosen.report) },
  };
}

function articleYear(context: ArticleContext): string | undefined {
  return context.date?.slice(0, 4);
}

function indicatorReports(dataset: Dataset, kind: keyof Dataset['indicators'], context: ArticleContext): IndicatorReport[] {
  const all = dataset.indicators[kind];
  const year = articleYear(context);
  return year === undefined ? all : all.filter((report) => report.period === year);
}

/** How a statement compares with the dataset; undefined when the statement's subject is unknown. */
export function compareStatement(statement: Statement, dataset: Dataset, context: ArticleContext): Comparison | undefined {
  const subject = statement.subject;
  if (!subject) return undefined;
  const { quantity } = statement;
  if (subject.type === 'figure') {
    const project = dataset.projects.find((candidate) => candidate.id === subject.projectId);
    if (!project) return undefined;
    const reports = (project.figures[subject.figure] ?? []).filter((report) => report.scope === subject.scope);
    return compareWith<FigureReport>(quantity, reports, context, (report) => ({ value: report.value, valueMax: report.valueMax, qualifier: report.qualifier }));
  }
  if (subject.type === 'measure') {
    const project = dataset.projects.find((candidate) => candidate.id === subject.projectId);
    const measure = project?.measures.find((candidate) => candidate.label === subject.label && candidate.unit === subject.unit);
    if (!measure) return undefined;
    const reports = measure.reports.filter((report) => report.scope === subject.scope);
    return compareWith<FigureReport>(quantity, reports, context, (report) => ({ value: report.value, valueMax: report.valueMax, qualifier: report.qualifier }));
  }
  const reports = indicatorReports(dataset, subject.indicator, context);
  if (subject.field === 'minInvestment')
    return compareWith(quantity, reports, context, (report) => (report.minInvestment === undefined ? undefined : { value: report.minInvestment }));
  return compareWith(quantity, reports, context, (report) => ({ value: report.value, qualifier: report.qualifier }));
}

export interface DerivedComparison {
  started: IndicatorReport;
  planned: IndicatorReport;
  computed: number;
  period: string;
  /** Undefined when the stated rate agrees with the computed one at its precision. */
  disagreement: Disagreement | undefined;
}

/** A stated start rate (开复工率) against started ÷ planned key projects from the dataset, for the same year. */
export function compareWithDerived(statement: Statement, dataset: Dataset, context: ArticleContext): DerivedComparison | undefined {
  const subject: Subject | undefined = statement.subject;
  if (subject?.type !== 'indicator' || subject.indicator !== 'startRate' || statement.quantity.valueMax !== undefined) return undefined;
  const started = candidates(indicatorReports(dataset, 'startedKeyProjects', context), context).reports.at(-1);
  if (!started) return undefined;
  const planned = candidates(
    dataset.indicators.plannedKeyProjects.filter((report) => report.period === started.period),
    context,
  ).reports.at(-1);
  if (!planned || planned.value === 0) return undefined;
  const computed = (started.value / planned.value) * 100;
  return { started, planned, computed, period: started.period, disagreement: compareStatedWithComputed(statement.quantity.value, computed) };
}
