// What the progress chart shows, says and tabulates: the zone's key projects started (and provincial) of those
// planned, and the start rate computed from them beside the one a source stated.
import { statedDecimals, type StartRate } from '../../derived.ts';
import { formatCount, formatPercent } from '../../format.ts';
import { fill } from '../../template.ts';
import type { ChartLabels, ChartTable } from '../chartData.ts';
import type { PartOfWhole } from './layout.ts';

/** The zone's part-to-whole bars, or nothing when the counts are missing. */
export function progressData(rate: StartRate | undefined, provincial: number | undefined, labels: { started: string; provincial: string }): PartOfWhole[] {
  if (!rate) return [];
  const rows: PartOfWhole[] = [{ id: 'started', label: labels.started, part: rate.started.value, whole: rate.planned.value }];
  if (provincial !== undefined) rows.push({ id: 'provincial', label: labels.provincial, part: provincial, whole: rate.planned.value });
  return rows;
}

/** The computed start rate as the site writes it: to the decimals the source used for its own rate, else one. */
export function formatComputedRate(rate: StartRate): string {
  return formatPercent(rate.computed, rate.stated ? statedDecimals(rate.stated.value) : 1);
}

export function progressTakeaway(rate: StartRate, provincial: number | undefined, labels: ChartLabels): string {
  const stated = rate.stated ? fill(labels.charts.progressStated, { stated: formatPercent(rate.stated.value, statedDecimals(rate.stated.value)) }) : '';
  const main = fill(labels.charts.progressTakeaway, {
    year: rate.planned.period,
    planned: formatCount(rate.planned.value),
    started: formatCount(rate.started.value),
    computed: formatComputedRate(rate),
    stated,
  });
  return provincial === undefined ? main : `${main}${fill(labels.charts.progressProvincial, { provincial: formatCount(provincial) })}`;
}

export function progressTable(rows: readonly PartOfWhole[], labels: ChartLabels): ChartTable {
  const c = labels.charts.column;
  return { columns: [c.measure, c.count, c.whole], rows: rows.map((row) => [row.label, row.part, row.whole]) };
}
