// A project's economics: the planned investment, a one-off amount, written as a figure of its own; and the expected
// yearly revenue, profit and tax as bars on one scale of their own. The two are never drawn on one axis: a sum spent
// once and sums earned every year do not compare by length. The yearly panel's heading carries the condition the
// source gave (全部投产后，预计每年). On a narrow chart each bar's label sits above it, on a wide one beside it.

import { scaleLinear } from 'd3';
import { formatInMagnitude, type AmountUnit } from '../../format.ts';
import type { FigureKind } from '../../schema.ts';
import { textWidthEm } from '../../textWidth.ts';
import { isWide, OPEN_END, round, TEXT, type ValueBar } from '../geometry.ts';

export const ECONOMICS_KINDS = ['investment', 'annualRevenue', 'annualProfit', 'annualTax'] as const satisfies readonly FigureKind[];
export type EconomicsKind = (typeof ECONOMICS_KINDS)[number];
export const YEARLY_KINDS = ['annualRevenue', 'annualProfit', 'annualTax'] as const satisfies readonly EconomicsKind[];
export type YearlyKind = (typeof YEARLY_KINDS)[number];

export interface YearlyBar {
  kind: YearlyKind;
  value: number;
  /** What the bar measures, short (销售收入), with its scope or condition when those differ between bars. */
  label: string;
  /** The value as readers see it, qualifier included: "超1亿元". */
  text: string;
  /** A lower bound (超, 以上): the bar is drawn open at its end. */
  atLeast?: boolean | undefined;
  /** The source's condition, when it is not shared by all bars (and so not in the heading). */
  condition?: string | undefined;
}

export interface EconomicsInput {
  /** The planned investment, written out: it shares no axis with the yearly figures. */
  investment?: { label: string; text: string } | undefined;
  yearly?: { heading: string; bars: YearlyBar[]; unit: AmountUnit } | undefined;
}

export interface BarMark extends ValueBar {
  kind: YearlyKind;
  label: string;
  labelX: number;
  labelY: number;
}

export interface Tick {
  x: number;
  label: string;
}

export interface EconomicsLayout {
  width: number;
  height: number;
  /** The investment's line, and the rule under it when the yearly panel follows. */
  investment?: { label: string; text: string; y: number; valueX: number; ruleY: number } | undefined;
  yearly?:
    | {
        heading: string;
        headingY: number;
        bars: BarMark[];
        ticks: Tick[];
        /** The unit every tick shares, on the last tick: 亿元, 万元 or 元. */
        unit: string;
        plotLeft: number;
        plotRight: number;
        top: number;
        axisY: number;
      }
    | undefined;
}

const BAR = 16;

export function layoutEconomicsChart(input: EconomicsInput, size: { width: number }): EconomicsLayout {
  const { width } = size;
  const right = width - 4;
  let top = 0;
  let investment: EconomicsLayout['investment'];
  if (input.investment) {
    investment = { ...input.investment, y: 18, valueX: round(4 + textWidthEm(input.investment.label) * TEXT.label + 10), ruleY: 32 };
    top = 38;
  }
  let yearly: EconomicsLayout['yearly'];
  if (input.yearly?.bars.length) {
    const { bars, heading, unit } = input.yearly;
    const headingY = top + 18;
    top = headingY + 8;
    const beside = isWide(width);
    const labelColumn = beside ? Math.max(...bars.map((bar) => textWidthEm(bar.label) * TEXT.label)) + 12 : 0;
    const left = 4 + labelColumn;
    // Values are written after their bars in the ink colour (never inside a coloured bar, where contrast suffers).
    const room = Math.max(...bars.map((bar) => textWidthEm(bar.text) * TEXT.value + (bar.atLeast ? OPEN_END : 0))) + 10;
    const max = Math.max(0, ...bars.map((bar) => bar.value));
    const x = scaleLinear().domain([0, max || 1]).range([left, right - room]).nice(3);
    const rowHeight = beside ? BAR + 14 : BAR + 30;
    const marks = bars.map((bar, index): BarMark => {
      const rowTop = top + index * rowHeight + (beside ? 4 : 20);
      const barWidth = Math.max(bar.value > 0 ? 1 : 0, x(bar.value) - left);
      return {
        kind: bar.kind,
        label: bar.label,
        labelX: 4,
        labelY: round(beside ? rowTop + BAR / 2 + TEXT.label * 0.36 : rowTop - 6),
        x: left,
        y: round(rowTop),
        width: round(barWidth),
        height: BAR,
        valueX: round(left + barWidth + 6 + (bar.atLeast ? OPEN_END : 0)),
        valueY: round(rowTop + BAR / 2 + TEXT.value * 0.36),
        text: bar.text,
        atLeast: bar.atLeast === true,
      };
    });
    const axisY = round(top + bars.length * rowHeight + (beside ? 8 : 10));
    yearly = {
      heading,
      headingY: round(headingY),
      bars: marks,
      ticks: x.ticks(3).map((value) => ({ x: round(x(value)), label: formatInMagnitude(value, unit.magnitude, 2) })),
      unit: `${unit.prefix}元`,
      plotLeft: left,
      plotRight: right,
      top,
      axisY,
    };
    top = axisY + 20;
  }
  return { width, height: round(top + 4), investment, yearly };
}
