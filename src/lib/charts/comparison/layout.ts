// Projects side by side, in two panels that never share an axis: planned investment (a one-off sum) on one scale,
// expected yearly revenue, profit and tax on another. Within a panel every project shares the scale, so lengths
// compare across projects. Each bar says what it is and how much beside it, so the chart needs no colour key.
// Projects without figures are not drawn; the page lists them by name beside the chart.
import { scaleLinear } from 'd3';
import { formatInMagnitude, type AmountUnit } from '../../format.ts';
import { textWidthEm } from '../../textWidth.ts';
import type { EconomicsKind, YearlyBar } from '../economics/layout.ts';
import { OPEN_END, round, TEXT, type ValueBar } from '../geometry.ts';

export interface ComparisonProject {
  id: string;
  name: string;
  investment?: { value: number; text: string; atLeast?: boolean | undefined } | undefined;
  yearly: YearlyBar[];
}

export interface ComparisonInput {
  projects: ComparisonProject[];
  investmentHeading: string;
  yearlyHeading: string;
  unit: AmountUnit;
}

/** Its text is the value, and in the yearly panel also what it measures. */
export interface ComparisonBar extends ValueBar {
  kind: EconomicsKind;
  /** For the tooltip: what the bar measures and its value (销售收入：5.24亿元). */
  tip: string;
}

export interface ComparisonGroup {
  id: string;
  name: string;
  nameY: number;
  bars: ComparisonBar[];
}

export interface ComparisonPanel {
  heading: string;
  headingY: number;
  groups: ComparisonGroup[];
  ticks: { x: number; label: string }[];
  unit: string;
  top: number;
  axisY: number;
}

export interface ComparisonLayout {
  width: number;
  height: number;
  panels: ComparisonPanel[];
}

const BAR = 10;
const GAP = 4;

interface PanelBar {
  kind: EconomicsKind;
  value: number;
  text: string;
  tip: string;
  atLeast?: boolean | undefined;
}

function panel(heading: string, rows: { id: string; name: string; bars: PanelBar[] }[], unit: AmountUnit, top: number, width: number): ComparisonPanel {
  const left = 4;
  const headingY = top + 18;
  let y = headingY + 6;
  // Leave room after the longest bar for its text.
  const room = Math.max(0, ...rows.flatMap((row) => row.bars.map((bar) => textWidthEm(bar.text) * TEXT.value + (bar.atLeast ? OPEN_END : 0)))) + 10;
  const max = Math.max(1, ...rows.flatMap((row) => row.bars.map((bar) => bar.value)));
  const x = scaleLinear().domain([0, max]).range([left, width - 4 - room]).nice(3);
  const groups = rows.map((row): ComparisonGroup => {
    const nameY = y + 17;
    y = nameY + 6;
    const bars = row.bars.map((bar): ComparisonBar => {
      const barWidth = Math.max(bar.value > 0 ? 1 : 0, x(bar.value) - left);
      const open = bar.atLeast ? OPEN_END : 0;
      const mark = { kind: bar.kind, x: left, y: round(y), width: round(barWidth), height: BAR, valueX: round(left + barWidth + 5 + open), valueY: round(y + BAR / 2 + TEXT.value * 0.36), text: bar.text, tip: bar.tip, atLeast: bar.atLeast === true };
      y += BAR + GAP + 4;
      return mark;
    });
    y += 2;
    return { id: row.id, name: row.name, nameY: round(nameY), bars };
  });
  const axisY = round(y + 2);
  return {
    heading,
    headingY: round(headingY),
    groups,
    ticks: x.ticks(3).map((value) => ({ x: round(x(value)), label: formatInMagnitude(value, unit.magnitude, 2) })),
    unit: `${unit.prefix}元`,
    top,
    axisY,
  };
}

export function layoutComparisonChart(input: ComparisonInput, size: { width: number }): ComparisonLayout {
  const panels: ComparisonPanel[] = [];
  let top = 0;
  const invested = input.projects.filter((project) => project.investment);
  if (invested.length) {
    const rows = invested.map((project) => ({ id: project.id, name: project.name, bars: [{ kind: 'investment' as const, value: project.investment!.value, text: project.investment!.text, tip: `${input.investmentHeading}：${project.investment!.text}`, atLeast: project.investment!.atLeast }] }));
    const laid = panel(input.investmentHeading, rows, input.unit, top, size.width);
    panels.push(laid);
    top = laid.axisY + 28;
  }
  const earning = input.projects.filter((project) => project.yearly.length);
  if (earning.length) {
    const rows = earning.map((project) => ({ id: project.id, name: project.name, bars: project.yearly.map((bar) => ({ kind: bar.kind, value: bar.value, text: `${bar.label} ${bar.text}`, tip: `${bar.label}：${bar.text}`, atLeast: bar.atLeast })) }));
    const laid = panel(input.yearlyHeading, rows, input.unit, top, size.width);
    panels.push(laid);
    top = laid.axisY + 28;
  }
  return { width: size.width, height: round(Math.max(top - 4, 24)), panels };
}
