// The zone's progress: key projects started (and provincial) out of those planned, on the home page.
import { zoneIndicatorsView } from '../../projectView.ts';
import { routes } from '../../paths.ts';
import { fill } from '../../template.ts';
import { progressData, progressTable, progressTakeaway } from './data.ts';
import { bothWidths, chartLabels, chartModelOf, type ChartContext, type Layouts } from '../model.ts';
import { layoutProgressChart, type ProgressLayout } from './layout.ts';

export interface ProgressDrawing {
  kind: 'progress';
  layouts: Layouts<ProgressLayout>;
}

export function progressModel(ref: { kind: 'progress' }, context: ChartContext) {
  const { dataset, strings } = context;
  const view = zoneIndicatorsView(dataset.indicators);
  const rows = progressData(view.rate, view.provincial?.value, { started: strings.charts.progressStarted, provincial: strings.charts.progressProvincialLabel });
  if (!view.rate) throw new Error('园区进度图需要同一年的 plannedKeyProjects 和 startedKeyProjects');
  const drawing: ProgressDrawing = { kind: 'progress', layouts: bothWidths((width) => layoutProgressChart(rows, { width }, strings.charts.progressNote)) };
  return chartModelOf(
    ref,
    {
      title: fill(strings.charts.progressTitle, { year: view.rate.planned.period }),
      takeaway: progressTakeaway(view.rate, view.provincial?.value, chartLabels(strings)),
      drawing,
      table: progressTable(rows, chartLabels(strings)),
      sources: [view.rate.planned.source, view.rate.started.source, ...(view.provincial ? [view.provincial.source] : []), ...(view.rate.stated ? [view.rate.stated.source] : [])],
    },
    routes.home(),
  );
}

/** The chart when the dataset has a year's planned and started counts. */
export function progressRefs(context: Pick<ChartContext, 'dataset'>): Array<{ kind: 'progress' }> {
  return zoneIndicatorsView(context.dataset.indicators).rate ? [{ kind: 'progress' }] : [];
}
