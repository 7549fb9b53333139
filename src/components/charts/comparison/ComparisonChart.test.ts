// <ComparisonChart> rendered as pages render it, from fixed data: the marks, labels and accessible name a reader gets,
// and the whole SVG kept as a reviewed snapshot file (../__snapshots__/comparison.svg).
import { describe, expect, it } from 'vitest';
import { expectSvgSnapshot } from '../../../../tests/helpers/svgSnapshot.ts';
import { amountUnitFor } from '../../../lib/format.ts';
import { TEXT } from '../../../lib/charts/geometry.ts';
import { layoutComparisonChart } from '../../../lib/charts/comparison/layout.ts';
import { render, snapshot, fontSizes } from '../chartTest.ts';
import ComparisonChart from './ComparisonChart.astro';

describe('<ComparisonChart>', () => {
  const layout = layoutComparisonChart(
    {
      unit: amountUnitFor([1e8]),
      investmentHeading: '计划投资',
      yearlyHeading: '全部投产后，预计每年',
      projects: [
        {
          id: 'huali-bio',
          name: '华理生物产业园项目',
          investment: { value: 520_000_000, text: '5.2亿元' },
          yearly: [
            { kind: 'annualRevenue', value: 524_000_000, label: '销售收入', text: '5.24亿元' },
            { kind: 'annualTax', value: 34_000_000, label: '税收', text: '0.34亿元' },
          ],
        },
        { id: 'wind-base', name: '风电装备基地', investment: { value: 100_000_000, text: '超1亿元', atLeast: true }, yearly: [] },
        { id: 'polycarbonate', name: '聚碳酸酯项目', yearly: [{ kind: 'annualProfit', value: 170_000_000, label: '利润', text: '1.7亿元' }] },
      ],
    },
    { width: 320 },
  );

  it('draws investment and the yearly figures in two panels, every bar named and valued, a lower bound left open', async () => {
    const { html, svg } = await render(ComparisonChart, { layout, label: '各项目计划投资与预计年收益' });
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('各项目计划投资与预计年收益');
    expect([svg.getAttribute('viewBox'), svg.getAttribute('class')]).toEqual([`0 0 320 ${layout.height}`, 'chart chart--comparison chart--narrow']);
    // One bar per figure, in the order of the panels: the investments, then each project's yearly figures.
    expect(svg.querySelectorAll('rect').map((rect) => rect.getAttribute('class'))).toEqual(['fill-investment', 'fill-investment', 'fill-annualRevenue', 'fill-annualTax', 'fill-annualProfit']);
    expect(svg.querySelectorAll('[data-tip]').map((bar) => bar.getAttribute('data-tip'))).toEqual([
      '华理生物产业园项目 · 计划投资：5.2亿元',
      '风电装备基地 · 计划投资：超1亿元',
      '华理生物产业园项目 · 销售收入：5.24亿元',
      '华理生物产业园项目 · 税收：0.34亿元',
      '聚碳酸酯项目 · 利润：1.7亿元',
    ]);
    // The lower bound (超1亿元) runs on past its bar as a dashed open end; no other bar does.
    const open = svg.querySelectorAll('line[stroke-dasharray]');
    expect(open).toHaveLength(1);
    expect(open[0]!.closest('[data-tip]')?.getAttribute('data-tip')).toBe('风电装备基地 · 计划投资：超1亿元');
    const texts = svg.querySelectorAll('text').map((text) => text.textContent.trim());
    for (const label of ['计划投资', '全部投产后，预计每年', '5.2亿元', '超1亿元', '销售收入 5.24亿元', '税收 0.34亿元', '利润 1.7亿元']) expect(texts).toContain(label);
    // Each panel names its projects once, and only those it draws.
    expect(texts.filter((text) => text === '华理生物产业园项目')).toHaveLength(2);
    expect(texts.filter((text) => text === '风电装备基地')).toHaveLength(1);
    expect(texts.filter((text) => text === '聚碳酸酯项目')).toHaveLength(1);
    // Each panel has its own axis, the last tick carrying the unit.
    const ticks = svg.querySelectorAll(`text[font-size="${TEXT.tick}"]`).map((text) => text.textContent.trim());
    expect(ticks.every((tick) => /^[\d.]+(亿元)?$/.test(tick))).toBe(true);
    expect(ticks.filter((tick) => tick.endsWith('亿元'))).toHaveLength(2);
    expect(fontSizes(svg).every((size) => size >= TEXT.tick && size <= TEXT.heading)).toBe(true);
    await expectSvgSnapshot(html, snapshot('comparison'));
  });

  it('carries its colours as attributes and no classes when it is a file of its own', async () => {
    const { svg } = await render(ComparisonChart, { layout, label: 'x', standalone: true });
    expect(svg.querySelectorAll('[class]')).toEqual([]);
    expect(svg.querySelectorAll('rect').map((rect) => rect.getAttribute('fill'))).toEqual(['#ffffff', '#0072B2', '#0072B2', '#D55E00', '#CC79A7', '#009E73']);
  });
});
