// Chart downloads: the SVG rendered through Astro's container (the same components as the pages, with colours as
// attributes), the PNG rasterised from it with sharp, and the data as CSV in base units. A downloaded image is
// shared on its own, so it carries the title, takeaway, key, and a source line naming the articles and
// publications the figures come from before the site that drew it.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ChartSvg from '../components/charts/ChartSvg.astro';
import StandaloneChart from '../components/charts/StandaloneChart.astro';
import { chartPath, type ChartRef } from '../lib/charts/chartRefs.ts';
import { toCsv } from '../lib/openData.ts';
import type { Source } from '../lib/schema.ts';
import { svgAsXml } from '../lib/safety/xml.ts';
import { cachedPng, pngWarmUp, warmPngCache } from '../integrations/pngCache.ts';
import { memo, memoCache } from '../lib/incremental/track.ts';
import { articleIndex, type ArticleRef } from './articles.ts';
import { dataset } from './dataset.ts';
import { absoluteUrl, fill, strings } from './site.ts';
import { chartModel, type ChartModel } from './charts.ts';

let container: Promise<AstroContainer> | undefined;

// The SVG download and the PNG drawn from it are made from one rendering (memo(): with what it was made from).
const svgFiles = memoCache<Promise<string>>();

export function standaloneSvg(model: ChartModel): Promise<string> {
  return memo(svgFiles, chartPath(model.ref), () => renderStandaloneSvg(model));
}

/**
 * A file names at most this many sources, then how many more: a zone chart cites hundreds of articles on a large
 * site, and a source line of hundreds of lines made a PNG taller than the image library can draw (32,767 px).
 * Every source stays listed with the chart on the site.
 */
export const SOURCES_NAMED = 8;

/** "数据来源：《标题》（大庆日报）、…": the articles cited, with their publication or a note that it is unknown. */
export function sourceLine(sources: readonly Source[], articles: Map<string, ArticleRef>): string {
  const named = new Map<string, string>();
  for (const source of sources) {
    const article = source.article ? articles.get(source.article) : undefined;
    if (article) named.set(`article:${source.article}`, `《${article.title}》（${article.publication ?? strings.charts.publicationUnknown}，${article.dateText}）`);
    else if (source.url || source.publication) named.set(`url:${source.url ?? source.publication}`, source.publication ?? new URL(source.url!).host);
  }
  const all = [...named.values()];
  const more = all.length > SOURCES_NAMED ? fill(strings.charts.sourcesMore, { count: all.length }) : '';
  return `${strings.charts.source}：${all.slice(0, SOURCES_NAMED).join('、')}${more}`;
}

async function renderStandaloneSvg(model: ChartModel): Promise<string> {
  container ??= AstroContainer.create();
  const renderer = await container;
  const layout = model.drawing.layouts.narrow;
  // The chart's root <svg> nests inside the file's, keeping its own viewBox.
  const chart = await renderer.renderToString(ChartSvg, { props: { drawing: model.drawing, variant: 'narrow', label: model.label, standalone: true } });
  const credit = `${fill(strings.charts.credit, { site: `${strings.site.name} · ${dataset.zone.shortName}` })} ${absoluteUrl(model.home.split('#')[0]!)}`;
  const file = await renderer.renderToString(StandaloneChart, {
    props: { title: model.title, takeaway: model.takeaway, legend: model.legend, source: sourceLine(model.sources, await articleIndex()), credit, chartWidth: layout.width, chartHeight: layout.height },
    slots: { default: chart },
  });
  // Astro writes attributes for HTML, where a "<" may stand unescaped; the file and the PNG renderer read XML.
  return svgAsXml(file);
}

export async function chartPng(model: ChartModel): Promise<Buffer<ArrayBuffer>> {
  return cachedPng('charts', await standaloneSvg(model));
}

/** Starts drawing every chart's PNG in the background, so the images are ready by the time their routes ask. */
export function warmChartPngs(refs: readonly ChartRef[]): void {
  if (!pngWarmUp()) return;
  for (const ref of refs) void standaloneSvg(chartModel(ref)).then((svg) => warmPngCache('charts', [svg]), () => undefined);
}

export function chartCsv(model: ChartModel): string {
  const rows = model.csv.rows.map((row) => Object.fromEntries(model.csv.columns.map((column, index) => [column, row[index]])));
  return toCsv(rows, model.csv.columns);
}
