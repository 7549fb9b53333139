import { keyedPaths } from '../../lib/incremental/propsKey.ts';
import type { GetStaticPaths } from 'astro';
import { allChartRefs, chartModel, chartPath } from '../../loaders/charts.ts';
import { chartPng, warmChartPngs } from '../../loaders/chartFiles.ts';
import type { ChartRef } from '../../lib/charts/chartRefs.ts';

export const getStaticPaths = (() => {
  const refs = allChartRefs();
  // Astro asks for every route's paths before rendering any: in a build without cached pages, the images start
  // drawing now.
  warmChartPngs(refs);
  return keyedPaths(refs.map((ref) => ({ params: { chart: chartPath(ref) }, props: { ref } })));
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { ref: ChartRef } }): Promise<Response> {
  return new Response(await chartPng(chartModel(props.ref)), { headers: { 'Content-Type': 'image/png' } });
}
