// What each page's social card says, from the same view functions the pages use. The card routes draw these, and
// the build starts drawing them (src/integrations/pngCache.ts) as soon as the content is checked.
import { formatArticleDate } from './articleView.ts';
import { formatIsoDate } from './isoDate.ts';
import { amountUnitOf, currentStatus, formatFigure, headlineFigure, latestReportDate, stageIndex } from './projectView.ts';
import { lifecycleStages, type ArticleFrontmatter, type Dataset, type Project } from './schema.ts';
import type { CardContent } from './socialCard.ts';

export interface CardLabels {
  kicker: string;
  figure: Record<'investment' | 'annualRevenue' | 'annualProfit' | 'annualTax' | 'landArea', string>;
  stage: Record<(typeof lifecycleStages)[number], string>;
  /** Said while a project's sources have not reported its stage. */
  stageUnknown: string;
}

/** The reader-facing strings the cards use (src/i18n/zh-Hans.json). */
export interface CardStrings {
  site: { name: string; tagline: string };
  data: { asOf: string };
  figure: CardLabels['figure'];
  stage: CardLabels['stage'];
  project: { stageUnknown: string };
}

export function cardLabels(strings: CardStrings, dataset: Pick<Dataset, 'zone'>): CardLabels {
  return { kicker: `${strings.site.name} · ${dataset.zone.shortName}`, figure: strings.figure, stage: strings.stage, stageUnknown: strings.project.stageUnknown };
}

export function articleCard(article: Pick<ArticleFrontmatter, 'title' | 'date' | 'datePrecision' | 'summary'>, labels: CardLabels): CardContent {
  return { kicker: labels.kicker, title: article.title, meta: formatArticleDate(article), summary: article.summary };
}

/** The card for every page without one of its own. */
export function siteCard(strings: CardStrings, dataset: Pick<Dataset, 'zone' | 'projects' | 'indicators' | 'events'>): CardContent {
  const latest = latestReportDate(dataset);
  return { kicker: strings.site.name, title: `${dataset.zone.shortName}重点项目：${strings.site.tagline}`, meta: latest ? `${strings.data.asOf}${formatIsoDate(latest)}` : '' };
}

export function projectCard(project: Project, labels: CardLabels): CardContent {
  const status = currentStatus(project);
  const facts = (['investment', 'annualRevenue', 'annualProfit', 'annualTax', 'landArea'] as const)
    .map((kind) => ({ kind, report: headlineFigure(project, kind) }))
    .filter((entry) => entry.report !== undefined)
    .slice(0, 3)
    .map(({ kind, report }) => ({ label: labels.figure[kind], value: formatFigure(kind, report!, amountUnitOf([project])) }));
  return {
    kicker: labels.kicker,
    title: project.name,
    meta: status ? labels.stage[status.stage] : labels.stageUnknown,
    facts,
    progress: status ? { stage: stageIndex(status.stage) + 1, of: lifecycleStages.length } : undefined,
  };
}

/** Every social card the site has: its own, each published article's and each project's. */
export function allCards(strings: CardStrings, dataset: Dataset, articles: Iterable<ArticleFrontmatter>): CardContent[] {
  const labels = cardLabels(strings, dataset);
  const cards = [siteCard(strings, dataset)];
  for (const article of articles) if (!article.draft) cards.push(articleCard(article, labels));
  for (const project of dataset.projects) cards.push(projectCard(project, labels));
  return cards;
}
