// Every chart has an address: its embed page (/embed/<path>/) and its downloads (/charts/<path>.svg|png|csv).
export type ChartRef =
  | { kind: 'economics'; projectId: string }
  | { kind: 'milestones'; projectId: string }
  | { kind: 'progress' }
  | { kind: 'comparison' }
  | { kind: 'zone-milestones' };

export function chartPath(ref: ChartRef): string {
  switch (ref.kind) {
    case 'economics':
      return `projects/${ref.projectId}/economics`;
    case 'milestones':
      return `projects/${ref.projectId}/milestones`;
    case 'progress':
      return 'zone/progress';
    case 'comparison':
      return 'zone/comparison';
    case 'zone-milestones':
      return 'zone/milestones';
  }
}

export function parseChartPath(path: string): ChartRef | undefined {
  const project = /^projects\/([a-z0-9-]+)\/(economics|milestones)$/.exec(path);
  if (project) return { kind: project[2] as 'economics' | 'milestones', projectId: project[1]! };
  return ({ 'zone/progress': { kind: 'progress' }, 'zone/comparison': { kind: 'comparison' }, 'zone/milestones': { kind: 'zone-milestones' } } as const)[path as 'zone/progress'];
}

export const embedRoute = (ref: ChartRef) => `/embed/${chartPath(ref)}/`;
export const chartFileRoute = (ref: ChartRef, extension: 'svg' | 'png' | 'csv') => `/charts/${chartPath(ref)}.${extension}`;
/** The id of a chart's figure on the page it belongs to, for links from the embed page. */
export const figureId = (ref: ChartRef) => `chart-${chartPath(ref).replace(/\//g, '-')}`;
