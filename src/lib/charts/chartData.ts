// What every chart's data shares: its table, which carries the chart's numbers for screen readers and readers
// without the picture (and, amounts in base units, its CSV download), and the reader-facing words it is written
// with. Each chart's own data, takeaway and tables are in src/lib/charts/<chart>/data.ts.

import type { EconomicsKind, YearlyKind } from './economics/layout.ts';

export type Cell = string | number;

export interface ChartTable {
  columns: string[];
  rows: Cell[][];
}

export interface ChartLabels {
  figure: Record<EconomicsKind, string>;
  milestoneStatus: Record<string, string>;
  milestone: { plan: string; done: string; started: string; dateUnreported: string; asOf: string };
  charts: {
    yearly: Record<YearlyKind, string>;
    yearlyHeading: string;
    conditionLead: string;
    progressProvincial: string;
    economicsTakeaway: string;
    economicsPartial: string;
    yearlyAsOf: string;
    yearlyLater: string;
    yearlyLaterMissing: string;
    scopeNote: string;
    progressTakeaway: string;
    progressStated: string;
    comparisonTakeaway: string;
    comparisonMissing: string;
    comparisonDated: string;
    comparisonDatedProject: string;
    milestonesTakeaway: string;
    lateBy: string;
    passedBy: string;
    onTime: string;
    column: {
      figure: string;
      value: string;
      valueInBaseUnit: string;
      scope: string;
      condition: string;
      asOf: string;
      project: string;
      measure: string;
      count: string;
      whole: string;
      milestone: string;
      status: string;
      firstPlan: string;
      revisedPlan: string;
      actual: string;
      comparedWithPlan: string;
      inBaseUnit: string;
      asReported: string;
    };
  };
}
