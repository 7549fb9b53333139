// The chart components rendered as pages render them, from fixed data: the marks, labels and accessible name a
// reader gets, and the whole SVG kept as a reviewed snapshot file.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/helpers/html.ts';
import { followedUpProject } from '../../lib/fixtures/followUp.ts';
import { assessMilestone } from '../../lib/milestoneStatus.ts';
import { layoutEconomicsChart } from '../../lib/charts/economicsChart.ts';
import { layoutTimeline } from '../../lib/charts/timelineChart.ts';
import { layoutZoneProgress } from '../../lib/charts/zoneProgressChart.ts';
import EconomicsChart from './EconomicsChart.astro';
import TimelineChart from './TimelineChart.astro';
import ZoneProgressChart from './ZoneProgressChart.astro';

const container = await AstroContainer.create();

async function render(component: Parameters<typeof container.renderToString>[0], props: Record<string, unknown>) {
  const html = await container.renderToString(component, { props });
  return { html, svg: parseHtml(html).querySelector('svg')! };
}

const economics = layoutEconomicsChart(
  [
    { kind: 'investment', value: 520_000_000, text: '5.2亿元' },
    { kind: 'annualRevenue', value: 524_000_000, text: '5.24亿元' },
    { kind: 'annualProfit', value: 170_000_000, text: '1.7亿元' },
    { kind: 'annualTax', value: 34_000_000, text: '0.34亿元' },
  ],
  { width: 360 },
);

describe('<EconomicsChart>', () => {
  it('draws a bar per figure with its label and value, named for screen readers', async () => {
    const { html, svg } = await render(EconomicsChart, { layout: economics, label: '华理生物产业园项目：投资与预期年收益' });
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('华理生物产业园项目：投资与预期年收益');
    expect(svg.getAttribute('viewBox')).toBe(`0 0 360 ${economics.height}`);
    expect(svg.querySelectorAll('rect').map((rect) => rect.getAttribute('class'))).toEqual(['fill-investment', 'fill-annualRevenue', 'fill-annualProfit', 'fill-annualTax']);
    const texts = svg.querySelectorAll('text').map((text) => text.textContent);
    for (const label of ['计划投资', '预计年销售收入', '预计年利润', '预计年税收', '5.2亿元', '5.24亿元', '1.7亿元', '0.34亿元']) expect(texts).toContain(label);
    expect(texts.at(-1)).toMatch(/亿元$/);
    await expect(html).toMatchFileSnapshot('./__snapshots__/economics.svg');
  });

  it('carries its colours as attributes and no classes when it is a file of its own', async () => {
    const { svg } = await render(EconomicsChart, { layout: economics, label: 'x', standalone: true });
    expect(svg.querySelectorAll('[class]').filter((element) => element !== svg)).toEqual([]);
    expect(svg.querySelectorAll('rect')[0]!.getAttribute('fill')).toBe('#ffffff');
    expect(svg.querySelectorAll('rect')[2]!.getAttribute('fill')).toBe('#D55E00');
  });
});

describe('<ZoneProgressChart>', () => {
  it('draws 43 segments per bar, 30 filled, and says the count', async () => {
    const layout = layoutZoneProgress([{ id: 'started', label: '已开复工', part: 30, whole: 43 }], { width: 360 });
    const { svg } = await render(ZoneProgressChart, { layout, label: '开复工进展' });
    const rects = svg.querySelectorAll('rect');
    expect(rects).toHaveLength(43);
    expect(rects.filter((rect) => rect.getAttribute('class') === 'fill-started')).toHaveLength(30);
    expect(svg.querySelectorAll('text').map((text) => text.textContent)).toEqual(['已开复工', '30 / 43']);
  });
});

describe('<TimelineChart>', () => {
  it('draws plans, a late completion, a moved deadline and the build date', async () => {
    const project = followedUpProject();
    const rows = project.milestones.map((milestone) => ({ id: milestone.id, label: milestone.label, assessment: assessMilestone(milestone, '2024-07-15') }));
    const { html, svg } = await render(TimelineChart, { layout: layoutTimeline(rows, '2024-07-15', { width: 360 }), label: '节点' });
    expect(svg.querySelectorAll('circle.fill-done')).toHaveLength(1);
    expect(svg.querySelectorAll('line.stroke-delay')).toHaveLength(3);
    expect(svg.querySelectorAll('line.stroke-today')).toHaveLength(1);
    expect(svg.querySelectorAll('path.stroke-revised')).toHaveLength(1);
    const texts = svg.querySelectorAll('text').map((text) => text.textContent);
    expect(texts).toContain('构建日期 2024年7月15日');
    expect(texts).toContain('启动建设');
    await expect(html).toMatchFileSnapshot('./__snapshots__/timeline.svg');
  });
});
