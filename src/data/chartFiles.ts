// Chart downloads: the SVG rendered through Astro's container (the same components as the pages, with colours as
// attributes), the PNG rasterised from it with sharp, and the data as CSV.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ChartSvg from '../components/charts/ChartSvg.astro';
import StandaloneChart from '../components/charts/StandaloneChart.astro';
import { chartPath } from '../lib/charts/chartRefs.ts';
import { toCsv } from '../lib/openData.ts';
import { svgAsXml } from '../lib/safety/xml.ts';
import { cachedPng, warmPngCache } from './pngCache.ts';
import { dataset } from './dataset.ts';
import { absoluteUrl, strings } from './site.ts';
import type { ChartModel } from './charts.ts';

let container: Promise<AstroContainer> | undefined;

// The SVG download and the PNG drawn from it are made from one rendering.
const svgFiles = new Map<string, Promise<string>>();

export function standaloneSvg(model: ChartModel): Promise<string> {
  const key = chartPath(model.ref);
  let file = svgFiles.get(key);
  if (!file) svgFiles.set(key, (file = renderStandaloneSvg(model)));
  return file;
}

async function renderStandaloneSvg(model: ChartModel): Promise<string> {
  container ??= AstroContainer.create();
  const renderer = await container;
  // The chart's root <svg> nests inside the file's, keeping its own viewBox.
  const chart = (await renderer.renderToString(ChartSvg, { props: { svg: model.svg, label: model.label, standalone: true } })).replace(/ width="\d+(\.\d+)?" height="\d+(\.\d+)?"/, ` width="${model.svg.layout.width}" height="${model.svg.layout.height}"`);
  const source = [`${strings.charts.source}：${strings.site.name} · ${dataset.zone.shortName}`, absoluteUrl(model.home.split('#')[0]!)];
  const file = await renderer.renderToString(StandaloneChart, {
    props: { title: model.title, source, chartWidth: model.svg.layout.width, chartHeight: model.svg.layout.height },
    slots: { default: chart },
  });
  // Astro writes attributes for HTML, where a "<" may stand unescaped; the file and the PNG renderer read XML.
  return svgAsXml(file);
}

export async function chartPng(model: ChartModel): Promise<Buffer<ArrayBuffer>> {
  return cachedPng('charts', await standaloneSvg(model));
}

/** Starts drawing every chart's PNG in the background, so the images are ready by the time their routes ask. */
export function warmChartPngs(models: Iterable<ChartModel>): void {
  for (const model of models) void standaloneSvg(model).then((svg) => warmPngCache('charts', [svg]), () => undefined);
}

export function chartCsv(model: ChartModel): string {
  const rows = model.table.rows.map((row) => Object.fromEntries(model.table.columns.map((column, index) => [column, row[index]])));
  return toCsv(rows, model.table.columns);
}
