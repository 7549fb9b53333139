// <MilestonesChart> rendered as pages render it, from fixed data: the marks, labels and accessible name a reader gets,
// and the whole SVG kept as a reviewed snapshot file (../__snapshots__/milestones.svg).
import { describe, expect, it } from 'vitest';
import { expectSvgSnapshot } from '../../../../tests/helpers/svgSnapshot.ts';
import { followedUpProject } from '../../../lib/fixtures/followUp.ts';
import { assessMilestone } from '../../../lib/milestoneStatus.ts';
import { TEXT } from '../../../lib/charts/geometry.ts';
import { layoutMilestonesChart } from '../../../lib/charts/milestones/layout.ts';
import { render, snapshot, fontSizes } from '../chartTest.ts';
import MilestonesChart from './MilestonesChart.astro';

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
