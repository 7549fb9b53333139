import { describe, expect, it } from 'vitest';
import { amountUnitFor } from '../../format.ts';
import { textWidthEm } from '../../textWidth.ts';
import { layoutEconomicsChart, type EconomicsInput } from './layout.ts';
import { TEXT } from '../geometry.ts';

const YI = amountUnitFor([1e8]);
const huali: EconomicsInput = {
  investment: { label: '计划投资', text: '5.2亿元' },
  yearly: {
    heading: '全部投产后，预计每年',
    unit: YI,
    bars: [
      { kind: 'annualRevenue', value: 524_000_000, label: '销售收入', text: '5.24亿元' },
      { kind: 'annualProfit', value: 170_000_000, label: '利润', text: '1.7亿元' },
      { kind: 'annualTax', value: 34_000_000, label: '税收', text: '0.34亿元' },
    ],
  },
};

describe('layoutEconomicsChart(input, size)', () => {
  const narrow = layoutEconomicsChart(huali, { width: 320 });

  it('writes the investment out and never draws it on the yearly axis', () => {
    expect(narrow.investment).toMatchObject({ label: '计划投资', text: '5.2亿元' });
    expect(narrow.yearly!.bars.map((bar) => bar.kind)).toEqual(['annualRevenue', 'annualProfit', 'annualTax']);
    // The yearly scale is set by the yearly figures alone: 5.24亿 is the longest bar, not a share of 5.2亿 + …
    expect(narrow.yearly!.ticks.at(-1)!.label).toBe('6');
  });

  it('puts the yearly figures on one scale in 亿元, leaving room after the longest bar for its value', () => {
    const yearly = narrow.yearly!;
    expect(yearly.unit).toBe('亿元');
    expect(yearly.ticks[0]).toEqual({ x: 4, label: '0' });
    const [revenue, , tax] = yearly.bars;
    expect(tax!.width / revenue!.width).toBeCloseTo(0.34 / 5.24, 3);
    expect(revenue!.valueX + textWidthEm(revenue!.text) * TEXT.value).toBeLessThanOrEqual(320);
  });

  it('heads the yearly panel with the condition the source gave', () => {
    expect(narrow.yearly!.heading).toBe('全部投产后，预计每年');
    expect(narrow.yearly!.headingY).toBeGreaterThan(narrow.investment!.y);
  });

  it('sets labels above the bars when narrow, beside them when wide', () => {
    const [revenue] = narrow.yearly!.bars;
    expect(revenue!.labelY).toBeLessThan(revenue!.y);
    expect(revenue!.x).toBe(4);
    const wide = layoutEconomicsChart(huali, { width: 600 });
    const [wideRevenue] = wide.yearly!.bars;
    expect(wideRevenue!.labelY).toBeGreaterThan(wideRevenue!.y);
    expect(wideRevenue!.x).toBeGreaterThanOrEqual(4 + textWidthEm('销售收入') * TEXT.label);
    expect(wide.height).toBeLessThan(narrow.height);
  });

  it('runs a lower bound on past its value, its text after the open end', () => {
    const bound = layoutEconomicsChart({ yearly: { ...huali.yearly!, bars: [{ ...huali.yearly!.bars[0]!, value: 100_000_000, text: '超1亿元', atLeast: true }, huali.yearly!.bars[1]!] } }, { width: 320 });
    const [revenue] = bound.yearly!.bars;
    expect(revenue!.atLeast).toBe(true);
    expect(revenue!.valueX).toBeCloseTo(revenue!.x + revenue!.width + 6 + 16, 1);
    expect(revenue!.valueX + textWidthEm('超1亿元') * TEXT.value).toBeLessThanOrEqual(320);
  });

  it('draws only what it has: the investment alone, or a single zero figure', () => {
    const alone = layoutEconomicsChart({ investment: { label: '计划投资', text: '500万元' } }, { width: 320 });
    expect(alone.yearly).toBeUndefined();
    expect(alone.height).toBeGreaterThan(20);
    const zero = layoutEconomicsChart({ yearly: { heading: '预计每年', unit: amountUnitFor([0]), bars: [{ kind: 'annualTax', value: 0, label: '税收', text: '0元' }] } }, { width: 320 });
    expect(zero.yearly!.bars[0]!.width).toBe(0);
    expect(zero.yearly!.ticks.length).toBeGreaterThan(1);
  });
});
