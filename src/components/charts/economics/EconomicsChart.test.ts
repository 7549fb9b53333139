// <EconomicsChart> rendered as pages render it, from fixed data: the marks, labels and accessible name a reader gets,
// and the whole SVG kept as a reviewed snapshot file (../__snapshots__/economics.svg).
import { describe, expect, it } from 'vitest';
import { expectSvgSnapshot } from '../../../../tests/helpers/svgSnapshot.ts';
import { amountUnitFor } from '../../../lib/format.ts';
import { layoutEconomicsChart } from '../../../lib/charts/economics/layout.ts';
import { render, snapshot, fontSizes } from '../chartTest.ts';
import EconomicsChart from './EconomicsChart.astro';

const economics = layoutEconomicsChart(
  {
    investment: { label: '计划投资', text: '5.2亿元' },
    yearly: {
      heading: '全部投产后，预计每年',
      unit: amountUnitFor([1e8]),
      bars: [
        { kind: 'annualRevenue', value: 524_000_000, label: '销售收入', text: '5.24亿元' },
        { kind: 'annualProfit', value: 170_000_000, label: '利润', text: '1.7亿元' },
        { kind: 'annualTax', value: 34_000_000, label: '税收', text: '0.34亿元' },
      ],
    },
  },
  { width: 320 },
);

describe('<EconomicsChart>', () => {
  it('writes the investment out, draws a bar per yearly figure under its condition, named for screen readers', async () => {
    const { html, svg } = await render(EconomicsChart, { layout: economics, label: '华理生物产业园项目：计划投资与预计年收益' });
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('华理生物产业园项目：计划投资与预计年收益');
    expect([svg.getAttribute('viewBox'), svg.getAttribute('width'), svg.getAttribute('class')]).toEqual([`0 0 320 ${economics.height}`, '320', 'chart chart--economics chart--narrow']);
    expect(svg.querySelectorAll('rect').map((rect) => rect.getAttribute('class'))).toEqual(['fill-annualRevenue', 'fill-annualProfit', 'fill-annualTax']);
    const texts = svg.querySelectorAll('text').map((text) => text.textContent);
    for (const label of ['计划投资', '5.2亿元', '全部投产后，预计每年', '销售收入', '利润', '税收', '5.24亿元', '1.7亿元', '0.34亿元']) expect(texts).toContain(label);
    expect(texts.at(-1)).toMatch(/亿元$/);
    expect(fontSizes(svg).every((size) => size >= 12 && size <= 14)).toBe(true);
    await expectSvgSnapshot(html, snapshot('economics'));
  });

  it('carries its colours as attributes and no classes when it is a file of its own', async () => {
    const { svg } = await render(EconomicsChart, { layout: economics, label: 'x', standalone: true });
    expect(svg.querySelectorAll('[class]').filter((element) => element !== svg)).toEqual([]);
    expect(svg.hasAttribute('class')).toBe(false);
    expect(svg.querySelectorAll('rect')[0]!.getAttribute('fill')).toBe('#ffffff');
    expect(svg.querySelectorAll('rect')[1]!.getAttribute('fill')).toBe('#D55E00');
  });
});
