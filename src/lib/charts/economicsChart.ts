// A project's economics: planned investment beside expected yearly revenue, profit and tax, as horizontal bars on
// one scale in 亿元 (or 万元), each labelled above its bar so the chart reads at 320 px. Data in, marks out.

import { scaleLinear } from 'd3';
import { magnitudeFor, formatInMagnitude } from '../format.ts';
import type { FigureKind } from '../schema.ts';
import { textWidthEm } from '../textWidth.ts';
import { round } from './geometry.ts';

export const ECONOMICS_KINDS = ['investment', 'annualRevenue', 'annualProfit', 'annualTax'] as const satisfies readonly FigureKind[];
export type EconomicsKind = (typeof ECONOMICS_KINDS)[number];

export interface EconomicsDatum {
  kind: EconomicsKind;
  value: number;
  /** The text readers see for the value, qualifier included: "约5.2亿元". */
  text: string;
}

export interface BarMark {
  kind: EconomicsKind;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Category label above the bar. */
  labelY: number;
  /** Value label after the bar: the scale leaves room for the longest. */
  valueX: number;
  valueY: number;
  text: string;
}

export interface Tick {
  x: number;
  label: string;
}

export interface EconomicsLayout {
  width: number;
  height: number;
  bars: BarMark[];
  ticks: Tick[];
  /** The unit every tick shares: 亿元, 万元 or 元. */
  unit: string;
  plotLeft: number;
  plotRight: number;
  axisY: number;
}

export interface EconomicsSize {
  width: number;
  /** Space per bar: label line plus bar. */
  rowHeight?: number;
  barHeight?: number;
}

/** Font size of value labels, in viewBox units. */
export const VALUE_FONT = 13;

export function layoutEconomicsChart(data: readonly EconomicsDatum[], size: EconomicsSize): EconomicsLayout {
  const { width, rowHeight = 48, barHeight = 18 } = size;
  const left = 4;
  const right = width - 4;
  const max = Math.max(0, ...data.map((datum) => datum.value));
  const { magnitude, prefix } = magnitudeFor(data.map((datum) => datum.value));
  // Values are written after their bars in the ink colour (never inside a coloured bar, where contrast suffers).
  const room = Math.max(0, ...data.map((datum) => textWidthEm(datum.text) * VALUE_FONT)) + 8;
  const x = scaleLinear().domain([0, max || 1]).range([left, right - room]).nice(3);
  const bars = data.map((datum, index): BarMark => {
    const top = index * rowHeight + 20;
    const barWidth = Math.max(datum.value > 0 ? 1 : 0, x(datum.value) - left);
    return {
      kind: datum.kind,
      x: left,
      y: round(top),
      width: round(barWidth),
      height: barHeight,
      labelY: round(top - 6),
      valueX: round(left + barWidth + 6),
      valueY: round(top + barHeight / 2 + 5),
      text: datum.text,
    };
  });
  const axisY = data.length * rowHeight + 8;
  const ticks = x.ticks(3).map((value) => ({ x: round(x(value)), label: formatInMagnitude(value, magnitude) }));
  return { width, height: axisY + 22, bars, ticks, unit: `${prefix}元`, plotLeft: left, plotRight: right, axisY };
}
