// A figure is a history of reports. Readers see the latest report for a scope first and the rest beside it;
// nothing is averaged or replaced. These helpers pick from a history without changing it.

interface Dated {
  asOf: string;
}

/** The report made last; among reports of the same day, the one entered last. */
export function latestReport<T extends Dated>(reports: readonly T[] | undefined): T | undefined {
  if (!reports?.length) return undefined;
  let latest = reports[0]!;
  for (const report of reports) if (report.asOf >= latest.asOf) latest = report;
  return latest;
}

/** Reports ordered newest first, stable for reports of the same day (later entries first). */
export function newestFirst<T extends Dated>(reports: readonly T[]): T[] {
  return reports
    .map((report, index) => ({ report, index }))
    .sort((a, b) => (a.report.asOf === b.report.asOf ? b.index - a.index : a.report.asOf < b.report.asOf ? 1 : -1))
    .map(({ report }) => report);
}

/** The latest report for one scope (the whole project unless another is asked for). */
export function latestForScope<T extends Dated & { scope: string }>(
  reports: readonly T[] | undefined,
  scope = 'project',
): T | undefined {
  return latestReport(reports?.filter((report) => report.scope === scope));
}

/** Scopes present in a history, whole project first, then phases in order. */
export function scopesOf(reports: readonly { scope: string }[] | undefined): string[] {
  const scopes = [...new Set((reports ?? []).map((report) => report.scope))];
  return scopes.sort((a, b) => (a === 'project' ? -1 : b === 'project' ? 1 : a.localeCompare(b, 'en', { numeric: true })));
}
