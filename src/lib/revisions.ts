// A figure or measure reported more than once, as readers follow it: each value it was given, in order, with the
// later reports that repeated that value. A repeat from a later article confirms what was said (2024年7月1日再次
// 报道); only a report that says something else is a revision. The tracker and project pages show these.

import { compareFigures, type FigureChange } from './changes.ts';
import type { FigureReport } from './schema.ts';

export interface Statement {
  /** The report that first gave this value. */
  report: FigureReport;
  /** Later reports that gave the same value, qualifier and condition, oldest first. */
  confirmations: FigureReport[];
  /** How the value compares with the statement before it: 'first' for the first. Never 'same'. */
  change: Exclude<FigureChange, 'same' | 'new-scope'>;
}

function chronological(reports: readonly FigureReport[]): FigureReport[] {
  return reports
    .map((report, index) => ({ report, index }))
    .sort((a, b) => (a.report.asOf === b.report.asOf ? a.index - b.index : a.report.asOf < b.report.asOf ? -1 : 1))
    .map(({ report }) => report);
}

/**
 * The statements of one scope's reports, oldest first: a report repeating the value before it joins that value as a
 * confirmation; any other report starts a new statement, compared with the one before as changes.ts compares them
 * (a bound against a figure is neither up nor down).
 */
export function statementsOf(reports: readonly FigureReport[]): Statement[] {
  const statements: Statement[] = [];
  for (const report of chronological(reports)) {
    const last = statements.at(-1);
    if (!last) {
      statements.push({ report, confirmations: [], change: 'first' });
      continue;
    }
    const { change } = compareFigures(last.confirmations.at(-1) ?? last.report, report);
    if (change === 'same') last.confirmations.push(report);
    else statements.push({ report, confirmations: [], change: change === 'new-scope' || change === 'first' ? 'reworded' : change });
  }
  return statements;
}

/** The statements of every scope of a history, whole project first, then phases in order. */
export function statementsByScope(reports: readonly FigureReport[]): { scope: string; statements: Statement[] }[] {
  const scopes = [...new Set(reports.map((report) => report.scope))].sort((a, b) => (a === 'project' ? -1 : b === 'project' ? 1 : a.localeCompare(b, 'en', { numeric: true })));
  return scopes.map((scope) => ({ scope, statements: statementsOf(reports.filter((report) => report.scope === scope)) }));
}

/** Every report of a statement, the first and its confirmations, oldest first. */
export function reportsOf(statement: Statement): FigureReport[] {
  return [statement.report, ...statement.confirmations];
}
