// The chart components rendered as pages render them, from fixed data: the marks, labels and accessible name a
// reader gets, and the whole SVG kept as a reviewed snapshot file.
import { fileURLToPath } from 'node:url';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/helpers/html.ts';
import { expectSvgSnapshot } from '../../../tests/helpers/svgSnapshot.ts';
import { followedUpProject } from '../../lib/fixtures/followUp.ts';
import { assessMilestone } from '../../lib/milestoneStatus.ts';
import { amountUnitFor } from '../../lib/format.ts';
import { layoutComparisonChart } from '../../lib/charts/comparison/layout.ts';
import { layoutEconomicsChart } from '../../lib/charts/economics/layout.ts';
import { TEXT } from '../../lib/charts/geometry.ts';
import { layoutMilestonesChart } from '../../lib/charts/milestones/layout.ts';
import { layoutProgressChart } from '../../lib/charts/progress/layout.ts';
import ComparisonChart from './comparison/ComparisonChart.astro';
import EconomicsChart from './economics/EconomicsChart.astro';
import MilestonesChart from './milestones/MilestonesChart.astro';
import ProgressChart from './progress/ProgressChart.astro';

const container = await AstroContainer.create();

/** A chart's reviewed rendering, pretty-printed (tests/helpers/svgSnapshot.ts says how to accept a change). */
const snapshot = (kind: string) => fileURLToPath(new URL(`./__snapshots__/${kind}.svg`, import.meta.url));

async function render(component: Parameters<typeof container.renderToString>[0], props: Record<string, unknown>) {
  const html = await container.renderToString(component, { props: { variant: 'narrow', ...props } });
  return { html, svg: parseHtml(html).querySelector('svg')! };
}

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

/** Every font size the SVG sets, on its root or its text. */
const fontSizes = (svg: ReturnType<typeof parseHtml>) => [svg.getAttribute('font-size'), ...svg.querySelectorAll('text').map((text) => text.getAttribute('font-size'))].filter(Boolean).map(Number);

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

describe('<ProgressChart>', () => {
  it('draws 43 segments per bar, 30 filled, says the count and what a segment is', async () => {
    const layout = layoutProgressChart([{ id: 'started', label: '已开复工', part: 30, whole: 43 }], { width: 320 }, '每格代表1个计划建设的重点项目');
    const { html, svg } = await render(ProgressChart, { layout, label: '开复工进展' });
    const rects = svg.querySelectorAll('rect');
    expect(rects).toHaveLength(43);
    expect(rects.filter((rect) => rect.getAttribute('class') === 'fill-started')).toHaveLength(30);
    expect(svg.querySelectorAll('text').map((text) => text.textContent)).toEqual(['已开复工', '30 / 43', '每格代表1个计划建设的重点项目']);
    await expectSvgSnapshot(html, snapshot('progress'));
  });
});

describe('<MilestonesChart>', () => {
  it('draws plans, a late completion with its delay, a moved deadline, windows passed without report and the page date', async () => {
    const project = followedUpProject();
    const rows = project.milestones.map((milestone) => ({ id: milestone.id, label: milestone.label, assessment: assessMilestone(milestone, '2024-07-15') }));
    const { html, svg } = await render(MilestonesChart, { layout: layoutMilestonesChart(rows, '2024-07-15', { width: 320 }, '本页生成日 2024年7月15日'), label: '节点' });
    expect(svg.querySelectorAll('circle.fill-done')).toHaveLength(1);
    // Only the completion reported late gets a delay line; the two windows with no report are drawn as passed.
    expect(svg.querySelectorAll('line.stroke-delay')).toHaveLength(1);
    expect(svg.querySelectorAll('line.stroke-passed')).toHaveLength(2);
    expect(svg.querySelectorAll('line.stroke-today')).toHaveLength(1);
    expect(svg.querySelectorAll('path.stroke-revised')).toHaveLength(1);
    const texts = svg.querySelectorAll('text').map((text) => text.textContent);
    expect(texts).toContain('本页生成日 2024年7月15日');
    expect(texts).toContain('启动建设');
    expect(texts.join('')).not.toContain('构建');
    expect(fontSizes(svg).every((size) => size >= TEXT.tick && size <= TEXT.heading)).toBe(true);
    await expectSvgSnapshot(html, snapshot('milestones'));
  });
});

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
