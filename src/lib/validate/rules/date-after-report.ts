// A start or completion cannot be reported before it happened.
import { dateWindow, formatFuzzyDate } from '../../fuzzyDate.ts';
import { formatPath } from '../zodIssues.ts';
import { contentRule } from './rule.ts';

export const dateAfterReport = contentRule({
  id: 'date-after-report',
  severity: 'error',
  check(context, flag) {
    context.dataset?.projects.forEach((project, p) =>
      project.milestones.forEach((milestone, m) =>
        milestone.reports.forEach((entry, i) => {
          if (entry.type === 'plan' || !entry.date) return;
          const window = dateWindow(entry.date);
          const earliest = window.start ?? window.end;
          if (earliest <= entry.asOf) return;
          const path = ['projects', p, 'milestones', m, 'reports', i, 'date'];
          flag(
            context.datasetFile,
            `${formatPath(path)}：截至 ${entry.asOf} 的报道不能说 ${formatFuzzyDate(entry.date)} 已${entry.type === 'done' ? '完成' : '开始'}（type: ${entry.type}）；应为 plan 报道，或写实际发生的日期`,
            context.locate(path),
          );
        }),
      ),
    );
  },
});
