import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { datasetSchema } from '../schema.ts';
import { checkContentAndFacts } from '../validate/checkAll.ts';
import { plainTextForQuotes } from '../validate/checkContent.ts';
import { formatMessage } from '../validate/diagnostics.ts';
import { CORPUS_TODAY, generateCorpus, hanCount, seededRandom, type Corpus } from './corpus.ts';

const corpus = generateCorpus({ articles: 50 });
const dataset = datasetSchema.parse(corpus.dataset);

function body(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}

function frontmatterField(text: string, field: string): string {
  return new RegExp(`^${field}: (.*)$`, 'm').exec(text)?.[1] ?? '';
}

/** Every source the dataset cites, with where it sits. */
function sources(corpusToCheck: Corpus) {
  const parsed = datasetSchema.parse(corpusToCheck.dataset);
  return [
    ...parsed.projects.flatMap((project) => [
      ...project.status.map((report) => ({ project: project.id, ...report.source })),
      ...Object.values(project.figures).flatMap((reports) => (reports ?? []).map((report) => ({ project: project.id, ...report.source }))),
      ...project.milestones.flatMap((milestone) => milestone.reports.map((report) => ({ project: project.id, ...report.source }))),
    ]),
    ...Object.values(parsed.indicators).flatMap((reports) => reports.map((report) => ({ project: undefined, ...report.source }))),
    ...parsed.events.map((event) => ({ project: undefined, ...event.source })),
  ];
}

describe('seededRandom(seed)', () => {
  it('gives the same sequence for a seed and another for another seed, in [0, 1)', () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(1)).toEqual(take(1));
    expect(take(1)).not.toEqual(take(2));
    for (const value of take(3)) expect(value >= 0 && value < 1).toBe(true);
  });
});

describe('generateCorpus({ articles, seed })', () => {
  it('is the same for the same seed and different for another', () => {
    expect(generateCorpus({ articles: 50 })).toEqual(corpus);
    const other = generateCorpus({ articles: 50, seed: 7 });
    expect(other.articles.map((article) => article.text)).not.toEqual(corpus.articles.map((article) => article.text));
  });

  it('writes the asked number of articles and a fifth as many projects, with unique names', () => {
    expect(corpus.articles).toHaveLength(50);
    expect(dataset.projects).toHaveLength(10);
    expect(new Set(corpus.articles.map((article) => article.slug)).size).toBe(50);
    expect(new Set(dataset.projects.map((project) => project.name)).size).toBe(10);
    for (const article of corpus.articles) expect(article.fileName).toBe(`${article.slug}.md`);
  });

  it('writes MDX with chart components when asked, and nothing else differently', () => {
    const mdx = generateCorpus({ articles: 50, format: 'mdx' });
    for (const article of mdx.articles) expect(article.fileName).toBe(`${article.slug}.mdx`);
    const asMarkdown = (text: string) => text.replace(/^<(ProjectEconomics|Milestones) project="([a-z0-9-]+)" \/>$/gm, (_, chart: string, id: string) => `::chart{kind=${chart === 'ProjectEconomics' ? 'economics' : 'milestones'} project=${id}}`);
    expect(mdx.articles.map((article) => asMarkdown(article.text))).toEqual(corpus.articles.map((article) => article.text));
    expect(mdx.dataset).toEqual(corpus.dataset);
  });

  it('refuses a count that is not a positive multiple of 5', () => {
    expect(() => generateCorpus({ articles: 12 })).toThrow('expected a positive multiple of 5 articles, got 12');
    expect(() => generateCorpus({ articles: 0 })).toThrow('positive multiple of 5');
  });

  it('makes a dataset that matches the content model, with every figure, plans, status history and indicators', () => {
    expect(datasetSchema.safeParse(corpus.dataset).success).toBe(true);
    for (const project of dataset.projects) {
      for (const kind of ['investment', 'landArea', 'annualRevenue', 'annualProfit', 'annualTax'] as const) expect(project.figures[kind]?.length, `${project.id} ${kind}`).toBeGreaterThan(0);
      expect(project.status.map((report) => report.stage).slice(0, 3)).toEqual(['signed', 'land-acquired', 'under-construction']);
      expect(project.milestones.map((milestone) => milestone.id)).toEqual(['land-acquisition', 'construction-start', 'main-works', 'production']);
    }
    expect(dataset.indicators.plannedKeyProjects.length).toBeGreaterThan(0);
    expect(dataset.indicators.startRate.length).toBe(dataset.indicators.plannedKeyProjects.length);
  });

  it('has projects that kept their plans, started late, and have overdue milestones by the corpus date', () => {
    const production = dataset.projects.map((project) => project.milestones.find((milestone) => milestone.id === 'production')!.reports);
    expect(production.some((reports) => reports.some((report) => report.type === 'done'))).toBe(true);
    expect(production.some((reports) => reports.filter((report) => report.type === 'plan').length > 1)).toBe(true);
    const overdue = production.filter((reports) => !reports.some((report) => report.type === 'done') && reports.at(-1)!.date!.date < CORPUS_TODAY.slice(0, 7));
    expect(overdue.length).toBeGreaterThan(0);
    const starts = dataset.projects.map((project) => project.milestones.find((milestone) => milestone.id === 'construction-start')!.reports);
    expect(starts.some(([plan, done]) => done!.date!.date > plan!.date!.date)).toBe(true);
  });

  it('dates every report no later than the corpus date', () => {
    for (const source of sources(corpus)) expect(corpus.articles.find((article) => article.slug === source.article)!.date <= CORPUS_TODAY).toBe(true);
  });

  it('writes about 1,500 Chinese characters per article, with headings, a list and (on signing) a table', () => {
    for (const article of corpus.articles) {
      const han = hanCount(frontmatterField(article.text, 'title') + frontmatterField(article.text, 'summary') + body(article.text));
      expect(han, article.slug).toBeGreaterThanOrEqual(1450);
      expect(han, article.slug).toBeLessThanOrEqual(1650);
      expect(body(article.text)).toMatch(/^## /m);
      expect(body(article.text)).toMatch(/^- /m);
    }
    const signing = corpus.articles.find((article) => article.slug.endsWith('-signing'))!;
    expect(body(signing.text)).toMatch(/^\| 建设节点 \| 计划时间 \|$/m);
  });

  it('embeds a chart of the article’s own project in every fifth article, in date order', () => {
    const dates = corpus.articles.map((article) => article.date);
    expect(dates).toEqual([...dates].sort());
    corpus.articles.forEach((article, index) => {
      const embeds = [...article.text.matchAll(/^::chart\{kind=(economics|milestones) project=([a-z0-9-]+)\}$/gm)];
      if (index % 5 === 0) {
        expect(embeds, article.slug).toHaveLength(1);
        expect(embeds[0]![1]).toBe(article.chart === 'ProjectEconomics' ? 'economics' : 'milestones');
        const listed = /^projects:\n {2}- (.+)$/m.exec(article.text)![1];
        expect(embeds[0]![2]).toBe(listed);
      } else expect(embeds, article.slug).toHaveLength(0);
    });
    expect(new Set(corpus.articles.map((article) => article.chart))).toEqual(new Set(['ProjectEconomics', 'Milestones', undefined]));
  });

  it('quotes, for every report, a sentence the cited article really has, and lists the project there', () => {
    const bySlug = new Map(corpus.articles.map((article) => [article.slug, article]));
    const all = sources(corpus);
    expect(all.length).toBeGreaterThan(100);
    for (const source of all) {
      const article = bySlug.get(source.article!);
      expect(article, source.article).toBeDefined();
      expect(plainTextForQuotes(body(article!.text))).toContain(plainTextForQuotes(source.quote));
      if (source.project) expect(article!.text).toContain(`  - ${source.project}\n`);
    }
  });

  it('passes the content check and the fact-check without a message', () => {
    const checked = checkContentAndFacts({
      dataset: new VFile({ path: 'content/data/projects.json', value: JSON.stringify(corpus.dataset, null, 2) }),
      articles: corpus.articles.map((article) => new VFile({ path: `content/articles/${article.fileName}`, value: article.text })),
    });
    expect(checked.files.flatMap((file) => file.messages.map((message) => formatMessage(message)))).toEqual([]);
    expect(checked.articles.every((article) => article.tree !== undefined)).toBe(true);
  });
});
