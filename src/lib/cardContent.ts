// What each page's social card says, from the same view functions the pages use.
import { currentStatus, formatFigure, headlineFigure, stageIndex } from './projectView.ts';
import { lifecycleStages, type Project } from './schema.ts';
import type { CardContent } from './socialCard.ts';

export interface CardLabels {
  kicker: string;
  figure: Record<'investment' | 'annualRevenue' | 'annualProfit' | 'annualTax' | 'landArea', string>;
  stage: Record<(typeof lifecycleStages)[number], string>;
}

export function projectCard(project: Project, labels: CardLabels): CardContent {
  const status = currentStatus(project);
  const facts = (['investment', 'annualRevenue', 'annualProfit', 'annualTax', 'landArea'] as const)
    .map((kind) => ({ kind, report: headlineFigure(project, kind) }))
    .filter((entry) => entry.report !== undefined)
    .slice(0, 3)
    .map(({ kind, report }) => ({ label: labels.figure[kind], value: formatFigure(kind, report!) }));
  return {
    kicker: labels.kicker,
    title: project.name,
    meta: labels.stage[status.stage],
    facts,
    progress: { stage: stageIndex(status.stage) + 1, of: lifecycleStages.length },
  };
}
