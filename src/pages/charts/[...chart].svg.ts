import { keyedPaths } from '../../lib/incremental/propsKey.ts';
import type { GetStaticPaths } from 'astro';
import { allChartRefs, chartModel, chartPath } from '../../loaders/charts.ts';
import { standaloneSvg } from '../../loaders/chartFiles.ts';
import type { ChartRef } from '../../lib/charts/chartRefs.ts';

export const getStaticPaths = (() => keyedPaths(allChartRefs().map((ref) => ({ params: { chart: chartPath(ref) }, props: { ref } })))) satisfies GetStaticPaths;

export async function GET({ props }: { props: { ref: ChartRef } }): Promise<Response> {
  return new Response(await standaloneSvg(chartModel(props.ref)), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
