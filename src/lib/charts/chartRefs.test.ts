import { describe, expect, it } from 'vitest';
import { chartFileRoute, chartPath, embedRoute, figureId, parseChartPath, type ChartRef } from './chartRefs.ts';

describe('chart addresses', () => {
  it('round-trip every kind of chart through its path', () => {
    const refs: ChartRef[] = [{ kind: 'economics', projectId: 'huali-bio' }, { kind: 'milestones', projectId: 'x-1' }, { kind: 'progress' }, { kind: 'comparison' }, { kind: 'milestones' }];
    for (const ref of refs) expect(parseChartPath(chartPath(ref))).toEqual(ref);
    expect(parseChartPath('projects/huali-bio/nope')).toBeUndefined();
    expect(parseChartPath('projects/huali-bio/progress')).toBeUndefined();
    expect(parseChartPath('zone/economics')).toBeUndefined();
  });
  it('name the embed page, the downloads and the figure', () => {
    const ref: ChartRef = { kind: 'economics', projectId: 'huali-bio' };
    expect(embedRoute(ref)).toBe('/embed/projects/huali-bio/economics/');
    expect(chartFileRoute(ref, 'png')).toBe('/charts/projects/huali-bio/economics.png');
    expect(figureId({ kind: 'progress' })).toBe('chart-zone-progress');
  });
});
