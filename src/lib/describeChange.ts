// One Chinese sentence per event in a project's record, for the "what changed" list and the updates feed.
// Reader-facing words come in through `labels` (src/i18n), numbers and dates through the formatters.

import type { ProjectEvent } from './changes.ts';
import { formatFuzzyDate } from './fuzzyDate.ts';
import { formatDelay } from './milestoneStatus.ts';
import { formatScope, type AmountUnit } from './format.ts';
import { formatFigure, formatMeasureReport } from './projectView.ts';
import type { FigureKind, FigureReport, LifecycleStage } from './schema.ts';
import { fill } from './template.ts';

export interface ChangeLabels {
  figure: Record<FigureKind, string>;
  stage: Record<LifecycleStage, string>;
  change: {
    figureFirst: string;
    figureNewScope: string;
    figureSame: string;
    figureUp: string;
    figureDown: string;
    figureReworded: string;
    measureUp: string;
    measureDown: string;
    percentUp: string;
    percentDown: string;
    stageFirst: string;
    stageChanged: string;
    planFirst: string;
    planMoved: string;
    planRestated: string;
    started: string;
    startedUndated: string;
    done: string;
    doneUndated: string;
    overdue: string;
    calendarNote: string;
  };
}

function scoped(label: string, scope: string): string {
  return scope === 'project' ? label : `${formatScope(scope)}${label}`;
}

/**
 * The sentence for one event. Amounts are written in `amountUnit`, the unit of the project's other amounts
 * (projectView.amountUnitOf), so a list never mixes 3400万元 with 5.24亿元.
 */
export function describeChange(event: ProjectEvent, labels: ChangeLabels, amountUnit?: AmountUnit): string {
  const words = labels.change;
  switch (event.type) {
    case 'figure':
    case 'measure': {
      const format = (report: FigureReport) => (event.type === 'figure' ? formatFigure(event.kind, report, amountUnit) : formatMeasureReport(event.measure, report));
      // The source's condition (全部投产后) goes with the figure when both reports give the same, else with each value.
      const shared = !event.previous || event.previous.condition === event.report.condition;
      const withCondition = (report: FigureReport) => `${format(report)}${!shared && report.condition ? `（${report.condition}）` : ''}`;
      const label = event.type === 'figure' ? labels.figure[event.kind] : event.measure.label;
      const figure = `${scoped(label, event.report.scope)}${shared && event.report.condition ? `（${event.report.condition}）` : ''}`;
      const value = withCondition(event.report);
      const previous = event.previous ? withCondition(event.previous) : '';
      // A forecast is raised or lowered (上调); a measure such as 床位 or 装机容量 grows or shrinks (增至).
      const up = event.type === 'figure' ? words.figureUp : words.measureUp;
      const down = event.type === 'figure' ? words.figureDown : words.measureDown;
      const template = { first: words.figureFirst, 'new-scope': words.figureNewScope, same: words.figureSame, up, down, reworded: words.figureReworded }[event.change];
      const percent = event.percent === undefined ? '' : fill(event.percent > 0 ? words.percentUp : words.percentDown, { percent: `${Math.abs(Math.round(event.percent))}%` });
      return `${fill(template, { figure, value, previous })}${percent}`;
    }
    case 'stage':
      return event.previous && event.previous.stage !== event.report.stage
        ? fill(words.stageChanged, { from: labels.stage[event.previous.stage], to: labels.stage[event.report.stage] })
        : fill(words.stageFirst, { stage: labels.stage[event.report.stage] });
    case 'milestone': {
      const milestone = scoped(event.milestone.label, event.milestone.scope);
      const date = event.report.date ? formatFuzzyDate(event.report.date) : '';
      if (event.report.type === 'plan') {
        if (!event.previousPlan?.date) return fill(words.planFirst, { milestone, date });
        const previous = formatFuzzyDate(event.previousPlan.date);
        return fill(previous === date ? words.planRestated : words.planMoved, { milestone, date, previous });
      }
      if (event.report.type === 'started') return fill(date ? words.started : words.startedUndated, { milestone, date });
      return fill(date ? words.done : words.doneUndated, { milestone, date });
    }
    case 'overdue': {
      const milestone = scoped(event.milestone.label, event.milestone.scope);
      return fill(words.overdue, { milestone, date: formatFuzzyDate(event.plan.date!), delay: formatDelay(event.delay) });
    }
  }
}

