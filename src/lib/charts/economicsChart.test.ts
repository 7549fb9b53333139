import { describe, expect, it } from 'vitest';
import { layoutEconomicsChart, type EconomicsDatum } from './economicsChart.ts';
import { textWidthEm } from '../textWidth.ts';

const huali: EconomicsDatum[] = [
  { kind: 'investment', value: 520_000_000, text: '5.2亿元' },
  { kind: 'annualRevenue', value: 524_000_000, text: '5.24亿元' },
  { kind: 'annualProfit', value: 170_000_000, text: '1.7亿元' },
  { kind: 'annualTax', value: 34_000_000, text: '0.34亿元' },
];

describe('layoutEconomicsChart(data, size)', () => {
  const layout = layoutEconomicsChart(huali, { width: 360 });

  it('puts every figure on one scale in 亿元, leaving room after the longest bar for its value', () => {
    expect(layout.unit).toBe('亿元');
    expect(layout.ticks[0]).toEqual({ x: 4, label: '0' });
    const revenue = layout.bars[1]!;
    // Bars are proportional to the values.
    expect(layout.bars[3]!.width / revenue.width).toBeCloseTo(0.34 / 5.24, 3);
    expect(revenue.valueX + textWidthEm(revenue.text) * 13).toBeLessThanOrEqual(360);
    expect(revenue.valueX).toBe(revenue.x + revenue.width + 6);
  });

  it('stacks one row per figure with its label above the bar', () => {
    expect(layout.bars.map((bar) => [bar.kind, bar.y, bar.labelY])).toEqual([
      ['investment', 20, 14],
      ['annualRevenue', 68, 62],
      ['annualProfit', 116, 110],
      ['annualTax', 164, 158],
    ]);
    expect(layout.height).toBe(4 * 48 + 8 + 22);
  });

  it('switches to 万元 for small projects, and survives a single zero figure', () => {
    expect(layoutEconomicsChart([{ kind: 'investment', value: 5_000_000, text: '500万元' }], { width: 360 }).unit).toBe('万元');
    const zero = layoutEconomicsChart([{ kind: 'annualTax', value: 0, text: '0元' }], { width: 360 });
    expect(zero.bars[0]!.width).toBe(0);
    expect(zero.ticks.length).toBeGreaterThan(1);
  });
});
