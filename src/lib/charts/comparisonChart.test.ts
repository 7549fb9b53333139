import { describe, expect, it } from 'vitest';
import { layoutComparisonChart, type ComparisonProject } from './comparisonChart.ts';
import { ECONOMICS_KINDS } from './economicsChart.ts';
import { textWidthEm } from '../textWidth.ts';

const projects: ComparisonProject[] = [
  { id: 'a', name: '甲项目', values: { investment: { value: 520_000_000, text: '5.2亿元' }, annualTax: { value: 34_000_000, text: '0.34亿元' } } },
  { id: 'b', name: '乙项目', values: { investment: { value: 260_000_000, text: '2.6亿元' } } },
];

describe('layoutComparisonChart(projects, kinds, size)', () => {
  const layout = layoutComparisonChart(projects, ECONOMICS_KINDS, { width: 360 });

  it('draws only the figures each project has, on one scale shared by all', () => {
    expect(layout.groups.map((group) => group.bars.map((bar) => bar.kind))).toEqual([['investment', 'annualTax'], ['investment']]);
    const [a, b] = [layout.groups[0]!.bars[0]!, layout.groups[1]!.bars[0]!];
    expect(b.width / a.width).toBeCloseTo(0.5, 2);
    expect(layout.unit).toBe('亿元');
  });

  it('leaves room after the longest bar for its value', () => {
    const longest = layout.groups[0]!.bars[0]!;
    expect(longest.valueX + textWidthEm(longest.text) * 11).toBeLessThanOrEqual(360);
  });

  it('stacks groups without overlap: each name above its bars, the axis below all', () => {
    const [first, second] = layout.groups;
    expect(second!.nameY).toBeGreaterThan(first!.bars.at(-1)!.y + first!.bars.at(-1)!.height);
    expect(layout.axisY).toBeGreaterThan(second!.bars.at(-1)!.y);
  });
});
