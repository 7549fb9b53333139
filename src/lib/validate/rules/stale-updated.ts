// The dataset's `updated` date is shown to readers as how fresh it is; it cannot be older than its newest report.
import { contentRule } from './rule.ts';
import { sourceUses } from './sources.ts';

export const staleUpdated = contentRule({
  id: 'stale-updated',
  severity: 'warning',
  check(context, flag) {
    const dataset = context.dataset;
    if (!dataset || sourceUses(dataset).length === 0) return;
    const newest = [
      ...dataset.projects.flatMap((project) => [
        ...project.status.map((status) => status.asOf),
        ...Object.values(project.figures).flatMap((reports) => (reports ?? []).map((figure) => figure.asOf)),
        ...project.milestones.flatMap((milestone) => milestone.reports.map((entry) => entry.asOf)),
      ]),
      ...Object.values(dataset.indicators).flatMap((reports) => reports.map((indicator) => indicator.asOf)),
    ]
      .sort()
      .at(-1);
    if (newest && dataset.updated < newest)
      flag(context.datasetFile, `updated：${dataset.updated} 早于最新的报道（${newest}）；应为数据集最后改动的日期`, context.locate(['updated']));
  },
});
