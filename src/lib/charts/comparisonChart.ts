// Projects side by side: for each project with figures, its investment, revenue, profit and tax as thin bars on
// one scale shared by all projects, so lengths compare across projects. Projects without figures are not drawn;
// the page lists them by name beside the chart.
import { scaleLinear } from 'd3';
import { formatInMagnitude, magnitudeFor } from '../format.ts';
import { textWidthEm } from '../textWidth.ts';
import type { EconomicsKind } from './economicsChart.ts';
import { round } from './geometry.ts';

export interface ComparisonProject {
  id: string;
  name: string;
  values: Partial<Record<EconomicsKind, { value: number; text: string }>>;
}

export interface ComparisonBar {
  kind: EconomicsKind;
  x: number;
  y: number;
  width: number;
  height: number;
  valueX: number;
  valueY: number;
  text: string;
}

export interface ComparisonGroup {
  id: string;
  name: string;
  nameY: number;
  bars: ComparisonBar[];
}

export interface ComparisonLayout {
  width: number;
  height: number;
  groups: ComparisonGroup[];
  ticks: { x: number; label: string }[];
  unit: string;
  axisY: number;
}

const BAR = 9;
const GAP = 3;
const NAME = 22;
const VALUE_FONT = 11;

export function layoutComparisonChart(projects: readonly ComparisonProject[], kinds: readonly EconomicsKind[], size: { width: number }): ComparisonLayout {
  const left = 4;
  const labels = projects.flatMap((project) => kinds.map((kind) => project.values[kind]?.text ?? ''));
  // Leave room after the longest bar for its value label.
  const room = Math.max(0, ...labels.map((text) => textWidthEm(text) * VALUE_FONT)) + 8;
  const values = projects.flatMap((project) => kinds.map((kind) => project.values[kind]?.value ?? 0));
  const { magnitude, prefix } = magnitudeFor(values);
  const x = scaleLinear().domain([0, Math.max(1, ...values)]).range([left, size.width - 4 - room]);
  let top = 0;
  const groups = projects.map((project): ComparisonGroup => {
    const nameY = top + 16;
    top += NAME;
    const bars = kinds
      .filter((kind) => project.values[kind] !== undefined)
      .map((kind) => {
        const { value, text } = project.values[kind]!;
        const width = Math.max(value > 0 ? 1 : 0, x(value) - left);
        const bar = { kind, x: left, y: round(top), width: round(width), height: BAR, valueX: round(left + width + 4), valueY: round(top + BAR - 0.5), text };
        top += BAR + GAP;
        return bar;
      });
    top += 10;
    return { id: project.id, name: project.name, nameY: round(nameY), bars };
  });
  const axisY = round(top);
  const ticks = x.ticks(3).map((value) => ({ x: round(x(value)), label: formatInMagnitude(value, magnitude) }));
  return { width: size.width, height: round(axisY + 22), groups, ticks, unit: `${prefix}元`, axisY };
}
