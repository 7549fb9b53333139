// Everything the build would reject, found at once: each file is read on its own, then the dataset and the
// articles are checked against each other. Pure: callers pass file contents in and print the messages.

import type { VFile } from 'vfile';
import { compareStatedWithComputed, startRate } from '../derived.ts';
import { toSimplified } from '../clean/script.ts';
import { dateWindow, formatFuzzyDate } from '../fuzzyDate.ts';
import { formatPercent } from '../format.ts';
import type { Dataset, Source } from '../schema.ts';
import { report } from './diagnostics.ts';
import { checkChartEmbeds } from './chartEmbeds.ts';
import { checkBodySafety } from './bodySafety.ts';
import { stringsIn } from './fileText.ts';
import { parseArticleFile, type ParsedArticle } from './articleFile.ts';
import { parseDatasetFile, type JsonPath } from './datasetFile.ts';
import { closestMatch, formatPath, quoted } from './zodIssues.ts';

/** 是不是 … for a near miss, the whole list when it is short. */
function suggestId(id: string, ids: string[]): string {
  const match = closestMatch(id, ids);
  if (match) return `是不是 ${match}？`;
  if (ids.length === 0) return '数据集里还没有项目';
  if (ids.length <= 8) return `应为以下之一：${ids.join('、')}`;
  return '应为数据集里某个项目的 id';
}

export interface ContentFiles {
  dataset: VFile;
  articles: VFile[];
  /** The build date (YYYY-MM-DD): dates after it are warned about. Without it, only dates before 1949 are. */
  today?: string | undefined;
}

/** Reports and articles before the People's Republic are typing mistakes on this site (1023 for 2023). */
const EARLIEST_YEAR = 1949;
/** Plans further ahead than this are typing mistakes too (2203 for 2023); 2060 carbon-neutrality plans are not. */
const PLAN_YEARS_AHEAD = 50;

/** Warnings for a date no report or article of this site can have. `kind`: a report's date, or a plan's. */
function dateWarning(date: string, kind: 'reported' | 'planned', today: string | undefined): { reason: string; rule: string } | undefined {
  const year = Number(date.slice(0, 4));
  if (year < EARLIEST_YEAR) return { reason: `${date} 早于${EARLIEST_YEAR}年，请核对日期`, rule: 'early-date' };
  if (!today) return undefined;
  if (kind === 'reported' && date.slice(0, 10) > today) return { reason: `${date} 晚于今天（${today}），请核对日期`, rule: 'future-date' };
  if (kind === 'planned' && year > Number(today.slice(0, 4)) + PLAN_YEARS_AHEAD) return { reason: `${date} 远在${PLAN_YEARS_AHEAD}年以后，请核对日期`, rule: 'future-date' };
  return undefined;
}

export interface CheckedContent {
  dataset: Dataset | undefined;
  articles: ParsedArticle[];
  /** The article files, in the order of `articles`. */
  articleFiles: VFile[];
  /** The dataset file, then the article files. */
  files: VFile[];
}

/** Text as a reader sees it, for finding a quote in Markdown: no markup, no whitespace. */
export function plainTextForQuotes(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]*(?:#{1,6}|>|[-*+]|\d+[.)])[ \t]+/gm, '')
    .replace(/[*_`~\\]/g, '')
    .replace(/\s+/g, '');
}

export interface SourceUse {
  source: Source;
  path: JsonPath;
  projectId: string | undefined;
}

export function sourceUses(dataset: Dataset): SourceUse[] {
  const uses: SourceUse[] = [];
  dataset.projects.forEach((project, p) => {
    const base = ['projects', p] as const;
    project.status.forEach((status, i) => uses.push({ source: status.source, path: [...base, 'status', i, 'source'], projectId: project.id }));
    for (const [kind, reports] of Object.entries(project.figures)) {
      reports?.forEach((figure, i) => uses.push({ source: figure.source, path: [...base, 'figures', kind, i, 'source'], projectId: project.id }));
    }
    project.milestones.forEach((milestone, m) =>
      milestone.reports.forEach((entry, i) =>
        uses.push({ source: entry.source, path: [...base, 'milestones', m, 'reports', i, 'source'], projectId: project.id }),
      ),
    );
  });
  for (const [kind, reports] of Object.entries(dataset.indicators)) {
    reports.forEach((indicator, i) => uses.push({ source: indicator.source, path: ['indicators', kind, i, 'source'], projectId: undefined }));
  }
  dataset.events.forEach((event, i) => uses.push({ source: event.source, path: ['events', i, 'source'], projectId: undefined }));
  return uses;
}

export function checkContent(input: ContentFiles): CheckedContent {
  const parsedDataset = parseDatasetFile(input.dataset);
  const { dataset, locate, projectIds } = parsedDataset;
  const articles = input.articles.map(parseArticleFile);
  const datasetFile = input.dataset;
  articles.forEach((article, index) => checkBodySafety(article, input.articles[index]!));

  // An article dated 9999-12-31 would top every list for ever; one dated 1023 was meant to be 2023.
  articles.forEach((article, index) => {
    const frontmatter = article.frontmatter;
    if (!frontmatter) return;
    for (const [date, path] of [[frontmatter.date, ['date']], [frontmatter.source?.date, ['source', 'date']]] as const) {
      const warning = date ? dateWarning(date, 'reported', input.today) : undefined;
      if (warning) report(input.articles[index]!, 'warning', `${formatPath(path)}：${warning.reason}${path.length === 1 && warning.rule === 'future-date' ? '；否则它会一直排在最前面' : ''}`, article.locate(path), warning.rule);
    }
  });

  // Two files for one address (x.md and x.mdx) would publish one and silently drop the other.
  const bySlug = new Map<string, ParsedArticle>();
  articles.forEach((article, index) => {
    const earlier = bySlug.get(article.slug);
    if (earlier)
      report(input.articles[index]!, 'error', `另一个文件 ${earlier.path} 与它同名（${article.slug}）：一篇文章只能有一个文件`, undefined, 'duplicate-article');
    else bySlug.set(article.slug, article);
  });

  if (projectIds) {
    articles.forEach((article, index) => {
      article.projectIds.forEach((id, i) => {
        if (!projectIds.has(id))
          report(
            input.articles[index]!,
            'error',
            `projects[${i}]：content/data/projects.json 里没有项目 ${id}；${suggestId(id, [...projectIds])}`,
            article.locate(['projects', i]),
            'unknown-project',
          );
      });
    });
  }

  if (projectIds) {
    // Charts embedded in MDX bodies; without a valid dataset, every listed project counts as having figures.
    const withFigures = dataset
      ? new Set(dataset.projects.filter((project) => (['investment', 'annualRevenue', 'annualProfit', 'annualTax'] as const).some((kind) => project.figures[kind]?.length)).map((project) => project.id))
      : projectIds;
    articles.forEach((article, index) => checkChartEmbeds(article, input.articles[index]!, { projectIds, projectsWithFigures: withFigures }));
  }

  if (dataset) {
    for (const { source, path, projectId } of sourceUses(dataset)) {
      if (source.article === undefined) continue;
      const article = bySlug.get(source.article);
      const field = formatPath([...path, 'article']);
      if (!article) {
        report(datasetFile, 'error', `${field}：content/articles/ 里没有文章 ${source.article}；应为陈述它的文章的文件名`, locate([...path, 'article']), 'unknown-article');
        continue;
      }
      if (!plainTextForQuotes(article.body).includes(plainTextForQuotes(source.quote)))
        report(datasetFile, 'error', `${formatPath([...path, 'quote'])}：在 ${article.path} 里找不到这句引文；应与文章原句一字不差`, locate([...path, 'quote']), 'quote-not-found');
      if (article.frontmatter?.draft)
        report(datasetFile, 'warning', `${field}：引用的 ${source.article} 是草稿，读者打不开`, locate([...path, 'article']), 'draft-source');
      if (projectId && article.frontmatter && !article.frontmatter.projects.includes(projectId))
        report(
          input.articles[articles.indexOf(article)]!,
          'warning',
          `数据集为项目 ${projectId} 引用了这篇文章，但 frontmatter 的 projects 里没有列出它`,
          article.locate(['projects']),
          'project-not-listed',
        );
    }

    // Readers are mainland readers: names are shown as written, so they must already be Simplified. Aliases are
    // matched against Simplified article text, so they must be Simplified too.
    dataset.projects.forEach((project, p) => {
      const names: [string, JsonPath][] = [[project.name, ['projects', p, 'name']], ...project.aliases.map((alias, a): [string, JsonPath] => [alias, ['projects', p, 'aliases', a]])];
      for (const [name, path] of names) {
        const simplified = toSimplified(name);
        if (simplified !== name)
          report(datasetFile, 'error', `${formatPath(path)}：${quoted(name)}不是简体中文；应为${quoted(simplified)}`, locate(path), 'name-not-simplified');
      }
    });

    // A name or alias that two projects share would let the importer and the fact-check pick either.
    const owners = new Map<string, { id: string; path: JsonPath }>();
    dataset.projects.forEach((project, p) => {
      const names: [string, JsonPath][] = [[project.name, ['projects', p, 'name']], ...project.aliases.map((alias, a): [string, JsonPath] => [alias, ['projects', p, 'aliases', a]])];
      for (const [name, path] of names) {
        const owner = owners.get(name);
        if (owner && owner.id !== project.id)
          report(
            datasetFile,
            'error',
            `${formatPath(path)}：${quoted(name)}已是项目 ${owner.id} 的名称（${formatPath(owner.path)}）；每个名称或别名只能指向一个项目`,
            locate(path),
            'duplicate-name',
          );
        else if (!owner) owners.set(name, { id: project.id, path });
      }
    });

    // A start or completion cannot be reported before it happened.
    dataset.projects.forEach((project, p) =>
      project.milestones.forEach((milestone, m) =>
        milestone.reports.forEach((entry, i) => {
          if (entry.type === 'plan' || !entry.date) return;
          const window = dateWindow(entry.date);
          const earliest = window.start ?? window.end;
          if (earliest > entry.asOf)
            report(
              datasetFile,
              'error',
              `${formatPath(['projects', p, 'milestones', m, 'reports', i, 'date'])}：截至 ${entry.asOf} 的报道不能说 ${formatFuzzyDate(entry.date)} 已${entry.type === 'done' ? '完成' : '开始'}（type: ${entry.type}）；应为 plan 报道，或写实际发生的日期`,
              locate(['projects', p, 'milestones', m, 'reports', i, 'date']),
              'date-after-report',
            );
        }),
      ),
    );

    // Report dates after today, and any date before 1949 or a plan generations away.
    for (const [value, path] of stringsIn(dataset)) {
      const last = path.at(-1);
      const inFuzzyDate = last === 'date' && path.at(-2) === 'date';
      const isReportDate = last === 'asOf' || last === 'updated' || (last === 'date' && path.at(-2) === 'source');
      if (!inFuzzyDate && !isReportDate) continue;
      // A milestone's or event's own date: a done date after its report is already an error (date-after-report).
      const warning = dateWarning(value, isReportDate ? 'reported' : 'planned', input.today);
      if (warning) report(datasetFile, 'warning', `${formatPath(path)}：${warning.reason}`, locate(path), warning.rule);
    }

    const rate = startRate(dataset.indicators);
    if (rate?.stated) {
      const disagreement = compareStatedWithComputed(rate.stated.value, rate.computed);
      if (disagreement) {
        const index = dataset.indicators.startRate.indexOf(rate.stated);
        report(
          datasetFile,
          'warning',
          `indicators.startRate[${index}]：所报开复工率 ${formatPercent(disagreement.stated, disagreement.decimals)} 与 ${rate.started.value} ÷ ${rate.planned.value} = ${formatPercent(rate.computed)} 不符（按所报精度为 ${formatPercent(disagreement.computedAtStatedPrecision, disagreement.decimals)}）`,
          locate(['indicators', 'startRate', index, 'value']),
          'stated-vs-derived',
        );
      }
    }

    const newest = sourceUses(dataset).length
      ? [
          ...dataset.projects.flatMap((project) => [
            ...project.status.map((status) => status.asOf),
            ...Object.values(project.figures).flatMap((reports) => (reports ?? []).map((figure) => figure.asOf)),
            ...project.milestones.flatMap((milestone) => milestone.reports.map((entry) => entry.asOf)),
          ]),
          ...Object.values(dataset.indicators).flatMap((reports) => reports.map((indicator) => indicator.asOf)),
        ].sort().at(-1)
      : undefined;
    if (newest && dataset.updated < newest)
      report(datasetFile, 'warning', `updated：${dataset.updated} 早于最新的报道（${newest}）；应为数据集最后改动的日期`, locate(['updated']), 'stale-updated');
  }

  return { dataset, articles, articleFiles: input.articles, files: [input.dataset, ...input.articles] };
}
