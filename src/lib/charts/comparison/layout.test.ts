import { describe, expect, it } from 'vitest';
import { amountUnitFor } from '../../format.ts';
import { textWidthEm } from '../../textWidth.ts';
import { layoutComparisonChart, type ComparisonInput } from './layout.ts';
import { TEXT } from '../geometry.ts';

const input: ComparisonInput = {
  unit: amountUnitFor([1e8]),
  investmentHeading: '计划投资',
  yearlyHeading: '全部投产后，预计每年',
  projects: [
    { id: 'a', name: '甲项目', investment: { value: 520_000_000, text: '5.2亿元' }, yearly: [{ kind: 'annualTax', value: 34_000_000, label: '税收', text: '0.34亿元' }] },
    { id: 'b', name: '乙项目', investment: { value: 260_000_000, text: '2.6亿元' }, yearly: [] },
  ],
};

describe('layoutComparisonChart(input, size)', () => {
  const layout = layoutComparisonChart(input, { width: 320 });
  const [investment, yearly] = layout.panels;

  it('puts investment and the yearly figures in separate panels, each on its own scale', () => {
    expect(layout.panels.map((panel) => panel.heading)).toEqual(['计划投资', '全部投产后，预计每年']);
    const [a, b] = investment!.groups.map((group) => group.bars[0]!);
    expect(b!.width / a!.width).toBeCloseTo(0.5, 2);
    // 0.34亿 fills the yearly panel's scale instead of being a sliver of 5.2亿.
    expect(yearly!.groups[0]!.bars[0]!.width).toBeGreaterThan(a!.width / 2);
    expect(investment!.unit).toBe('亿元');
    expect(yearly!.unit).toBe('亿元');
  });

  it('labels every bar with what it measures and its value, so no colour key is needed', () => {
    expect(yearly!.groups.map((group) => group.name)).toEqual(['甲项目']);
    expect(yearly!.groups[0]!.bars[0]!.text).toBe('税收 0.34亿元');
    // The tooltip says what the bar measures once, then its value.
    expect(yearly!.groups[0]!.bars[0]!.tip).toBe('税收：0.34亿元');
    expect(investment!.groups[0]!.bars[0]!.tip).toBe('计划投资：5.2亿元');
    const longest = investment!.groups[0]!.bars[0]!;
    expect(longest.valueX + textWidthEm(longest.text) * TEXT.value).toBeLessThanOrEqual(320);
  });

  it('stacks groups and panels without overlap', () => {
    const [first, second] = investment!.groups;
    expect(second!.nameY).toBeGreaterThan(first!.bars.at(-1)!.y + first!.bars.at(-1)!.height);
    expect(yearly!.headingY).toBeGreaterThan(investment!.axisY + 15);
    expect(layout.height).toBeGreaterThan(yearly!.axisY + 15);
  });
});
