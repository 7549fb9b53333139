import { describe, expect, it } from 'vitest';
import { layoutProgressChart } from './layout.ts';

describe('layoutProgressChart(rows, size)', () => {
  const layout = layoutProgressChart(
    [
      { id: 'started', label: '已开复工', part: 30, whole: 43 },
      { id: 'provincial', label: '列入省级重点项目', part: 15, whole: 43 },
    ],
    { width: 360 },
  );

  it('draws one segment per project, the started ones filled', () => {
    const started = layout.rows[0]!;
    expect(started.segments).toHaveLength(43);
    expect(started.segments.filter((segment) => segment.filled)).toHaveLength(30);
    expect(started.segments.slice(0, 30).every((segment) => segment.filled)).toBe(true);
    expect(started.countText).toBe('30 / 43');
  });

  it('spans the width exactly, segments separated by gaps', () => {
    const segments = layout.rows[1]!.segments;
    expect(segments[0]!.x).toBe(4);
    const last = segments.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(356, 0);
    expect(segments[1]!.x - (segments[0]!.x + segments[0]!.width)).toBeCloseTo(1.5, 1);
  });

  it('keeps a bar of many projects as two parts instead of hairlines', () => {
    const big = layoutProgressChart([{ id: 'started', label: 'x', part: 300, whole: 430 }], { width: 360 }).rows[0]!;
    expect(big.segments.map((segment) => [segment.filled, segment.width])).toEqual([[true, 245.6], [false, 106.4]]);
  });
});
