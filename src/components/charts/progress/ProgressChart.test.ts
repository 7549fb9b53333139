// <ProgressChart> rendered as pages render it, from fixed data: the marks, labels and accessible name a reader gets,
// and the whole SVG kept as a reviewed snapshot file (../__snapshots__/progress.svg).
import { describe, expect, it } from 'vitest';
import { expectSvgSnapshot } from '../../../../tests/helpers/svgSnapshot.ts';
import { layoutProgressChart } from '../../../lib/charts/progress/layout.ts';
import { render, snapshot } from '../chartTest.ts';
import ProgressChart from './ProgressChart.astro';

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
