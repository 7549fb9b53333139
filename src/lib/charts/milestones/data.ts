// What the milestones chart shows, says and tabulates: each milestone with its assessment on the build date.
import { formatScope } from '../../format.ts';
import { formatFuzzyDate } from '../../fuzzyDate.ts';
import { formatIsoDate } from '../../isoDate.ts';
import { assessMilestone, formatDelay, milestoneStatuses, type MilestoneAssessment } from '../../milestoneStatus.ts';
import type { MilestoneReport, Project } from '../../schema.ts';
import { fill } from '../../template.ts';
import type { ChartLabels, ChartTable } from '../chartData.ts';
import type { MilestonesInput } from './layout.ts';

/** The chart's rows for a set of projects: every milestone with its assessment on `today`. */
export function milestonesData(projects: readonly Project[], today: string, grouped: boolean): MilestonesInput[] {
  return projects.flatMap((project) =>
    project.milestones.map((milestone) => ({
      id: `${project.id}-${milestone.id}`,
      label: milestone.scope === 'project' ? milestone.label : `${milestone.label}（${formatScope(milestone.scope)}）`,
      group: grouped ? project.name : undefined,
      assessment: assessMilestone(milestone, today),
    })),
  );
}

export function milestonesTakeaway(inputs: readonly MilestonesInput[], labels: ChartLabels): string {
  const count = (status: string) => inputs.filter((input) => input.assessment.status === status).length;
  const parts = milestoneStatuses
    .filter((status) => count(status) > 0)
    .map((status) => `${count(status)}个${labels.milestoneStatus[status]}`);
  return fill(labels.charts.milestonesTakeaway, { n: inputs.length, parts: parts.join('；') });
}

/**
 * A start or completion as reported: "已完成：2023年6月20日", or when the report gave no date, "已完成：日期未报道
 * （截至2023年5月10日的报道）", so no reader takes the report's date for the event's.
 */
export function formatReported(type: 'done' | 'started', report: MilestoneReport, labels: Pick<ChartLabels, 'milestone'>): string {
  const when = report.date ? formatFuzzyDate(report.date) : `${labels.milestone.dateUnreported}（${fill(labels.milestone.asOf, { date: formatIsoDate(report.asOf) })}）`;
  return `${labels.milestone[type]}：${when}`;
}

/** How a milestone stands against its first plan, in words that say only what reports show. */
export function formatAgainstPlan(assessment: MilestoneAssessment, labels: ChartLabels): string {
  if (assessment.status === 'done-late' && assessment.delay) return fill(labels.charts.lateBy, { delay: formatDelay(assessment.delay) });
  if (assessment.status === 'overdue' && assessment.delay) return fill(labels.charts.passedBy, { delay: formatDelay(assessment.delay) });
  if (assessment.status === 'done-on-time') return labels.charts.onTime;
  return '—';
}

export function milestonesTable(inputs: readonly MilestonesInput[], labels: ChartLabels): ChartTable {
  const c = labels.charts.column;
  const grouped = inputs.some((input) => input.group !== undefined);
  return {
    columns: [...(grouped ? [c.project] : []), c.milestone, c.status, c.firstPlan, c.revisedPlan, c.actual, c.comparedWithPlan],
    rows: inputs.map(({ group, label, assessment }) => [
      ...(grouped ? [group ?? ''] : []),
      label,
      labels.milestoneStatus[assessment.status] ?? assessment.status,
      assessment.firstPlan?.date ? formatFuzzyDate(assessment.firstPlan.date) : '—',
      assessment.replanned && assessment.latestPlan?.date ? formatFuzzyDate(assessment.latestPlan.date) : '—',
      assessment.done ? formatReported('done', assessment.done, labels) : assessment.started ? formatReported('started', assessment.started, labels) : '—',
      formatAgainstPlan(assessment, labels),
    ]),
  };
}
