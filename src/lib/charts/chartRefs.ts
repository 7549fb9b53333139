// Every chart has an address: its embed page (/embed/<path>/) and its downloads (/charts/<path>.svg|png|csv). A
// project's chart lives under projects/<id>/<chart>, the zone's under zone/<chart>; the milestones chart is both.
export type ChartRef = { kind: 'economics'; projectId: string } | { kind: 'milestones'; projectId?: string } | { kind: 'progress' } | { kind: 'comparison' };

export type ChartName = ChartRef['kind'];

const PROJECT_CHARTS = ['economics', 'milestones'] as const;
const ZONE_CHARTS = ['milestones', 'progress', 'comparison'] as const;

export function chartPath(ref: ChartRef): string {
  return 'projectId' in ref && ref.projectId !== undefined ? `projects/${ref.projectId}/${ref.kind}` : `zone/${ref.kind}`;
}

export function parseChartPath(path: string): ChartRef | undefined {
  const project = /^projects\/([a-z0-9-]+)\/([a-z]+)$/.exec(path);
  if (project) return (PROJECT_CHARTS as readonly string[]).includes(project[2]!) ? ({ kind: project[2], projectId: project[1]! } as ChartRef) : undefined;
  const zone = /^zone\/([a-z]+)$/.exec(path);
  return zone && (ZONE_CHARTS as readonly string[]).includes(zone[1]!) ? ({ kind: zone[1] } as ChartRef) : undefined;
}

export const embedRoute = (ref: ChartRef) => `/embed/${chartPath(ref)}/`;
export const chartFileRoute = (ref: ChartRef, extension: 'svg' | 'png' | 'csv') => `/charts/${chartPath(ref)}.${extension}`;
/** The id of a chart's figure on the page it belongs to, for links from the embed page. */
export const figureId = (ref: ChartRef) => `chart-${chartPath(ref).replace(/\//g, '-')}`;
