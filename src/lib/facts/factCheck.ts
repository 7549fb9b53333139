// The fact-check behind `npm run check`: every quantity an article states (in its title, summary or body) about a
// dataset project or a zone indicator is compared with the dataset, and a stated start rate with the one computed
// from its parts.
// Findings are warnings on the article, at the quantity, giving both numbers.

import type { VFile } from 'vfile';
import { textBlocks } from '../articleBody.ts';
import { formatPercent, formatQuantity, type Unit } from '../format.ts';
import { figureUnit } from '../projectView.ts';
import type { Dataset } from '../schema.ts';
import type { ParsedArticle } from '../validate/articleFile.ts';
import { report } from '../validate/diagnostics.ts';
import { createPositionFinder } from '../validate/position.ts';
import { compareStatement, compareWithDerived, type ArticleContext, type Comparison, type Expected } from './compare.ts';
import { articleMentions, projectNameIndex, type NameIndex } from './names.ts';
import { findStatements, type Statement, type Subject } from './statements.ts';

export interface LocatedStatement extends Statement {
  /** 1-based line and column (in code points) of the quantity in the article file. */
  line: number;
  column: number;
}

/** The statements of an article's title, summary and body, placed in its file. */
export function articleStatements(article: ParsedArticle, fileText: string, names: NameIndex): LocatedStatement[] {
  if (!article.tree) return [];
  const position = createPositionFinder(fileText.replace(/^\uFEFF/u, ''));
  const fields = (['title', 'summary'] as const).flatMap((key) => {
    const text = article.frontmatter?.[key];
    return text === undefined ? [] : [{ key, text }];
  });
  const blocks = textBlocks(article.tree, article.body);
  // 该项目 in the body refers to the project the article names, wherever that is.
  const mentions = articleMentions([...fields.map((field) => field.text), ...blocks.map((block) => block.text)], names);
  const fromFields = fields.flatMap(({ key, text }, i) => {
    const offset = article.textOffsets[key];
    const keyPlace = article.locate([key])?.start ?? { line: 1, column: 1 };
    return findStatements(text, names, mentions[i]).map((statement) => ({
      ...statement,
      ...(offset === undefined ? keyPlace : position(offset + statement.quantity.start)),
    }));
  });
  const body = blocks.flatMap((block, i) =>
    findStatements(block.text, names, mentions[fields.length + i]).map((statement) => {
      const { line, column } = position(article.bodyOffset + block.offsetOf(statement.quantity.start));
      return { ...statement, line, column };
    }),
  );
  return [...fromFields, ...body];
}

/** The unit a subject is recorded in. */
export function unitOf(subject: Subject): Unit {
  if (subject.type === 'figure') return figureUnit(subject.figure);
  if (subject.field === 'minInvestment') return 'yuan';
  return subject.indicator === 'startRate' ? 'percent' : 'count';
}

/** 5.2亿元 (520000000 yuan): the reader's form, and the stored number where they differ. */
export function describeExpected(expected: Expected, unit: Unit): string {
  const text = formatQuantity(expected, unit);
  if (unit !== 'yuan') return text;
  const raw = expected.valueMax === undefined ? `${expected.value}` : `${expected.value}–${expected.valueMax}`;
  return `${text} (${raw} yuan)`;
}

function scopeWords(scope: string): string {
  return scope === 'project' ? 'whole-project' : scope;
}

/** What the dataset side of a message refers to: "huali-bio (latest whole-project report, 2023-05-10)". */
export function describeSubject(subject: Subject, comparison: Comparison, context: ArticleContext): string {
  const year = context.date?.slice(0, 4);
  if (comparison.status === 'missing') {
    if (subject.type === 'figure')
      return `no ${scopeWords(subject.scope)} ${subject.figure} report for ${subject.projectId}${comparison.onlyLater && context.date ? ` as of ${context.date}` : ''}`;
    if (subject.field === 'minInvestment') return `no minInvestment in indicators.plannedKeyProjects${year ? ` for ${year}` : ''}`;
    return `no indicators.${subject.indicator} report${year ? ` for ${year}` : ''}${comparison.onlyLater && context.date ? ` as of ${context.date}` : ''}`;
  }
  const which = comparison.basis.citesArticle ? 'report citing this article' : 'latest report';
  if (subject.type === 'figure')
    return `for ${subject.projectId} (${comparison.basis.citesArticle ? `${scopeWords(subject.scope)} report citing this article` : `latest ${scopeWords(subject.scope)} report`}, ${comparison.basis.asOf})`;
  const field = subject.field === 'minInvestment' ? `indicators.plannedKeyProjects[${comparison.basis.index}].minInvestment` : `indicators.${subject.indicator}[${comparison.basis.index}]`;
  return `(${field}${year ? ` for ${year}` : ''}, ${which}, ${comparison.basis.asOf})`;
}

/** 计划投资 6亿元, or 占地 约150亩 (约10公顷) when the article uses another unit than the dataset shows. */
function articleSide(statement: Statement, unit: Unit): string {
  const { quantity } = statement;
  const inDatasetUnits = formatQuantity(quantity, unit);
  const converted = inDatasetUnits !== quantity.text && quantity.unit === 'hectare' ? ` (${inDatasetUnits})` : '';
  return `${statement.label ? `${statement.label} ` : ''}${quantity.text}${converted}`;
}

/** Compares one article with the dataset, reporting on its file. */
export function factCheckArticle(article: ParsedArticle, file: VFile, dataset: Dataset, names: NameIndex = projectNameIndex(dataset.projects, dataset.zone)): void {
  const context: ArticleContext = { slug: article.slug, date: article.frontmatter?.date };
  for (const statement of articleStatements(article, String(file.value ?? ''), names)) {
    const subject = statement.subject;
    if (!subject) continue;
    const place = { start: { line: statement.line, column: statement.column } };
    const comparison = compareStatement(statement, dataset, context);
    if (comparison?.status === 'differs')
      report(
        file,
        'warning',
        `${articleSide(statement, unitOf(subject))} in the article, ${describeExpected(comparison.expected, unitOf(subject))} in the dataset ${describeSubject(subject, comparison, context)}`,
        place,
        'fact-mismatch',
      );
    else if (comparison?.status === 'missing')
      report(file, 'warning', `${articleSide(statement, unitOf(subject))} in the article, but the dataset has ${describeSubject(subject, comparison, context)}`, place, 'fact-missing');

    const derived = compareWithDerived(statement, dataset, context);
    if (derived?.disagreement) {
      const { disagreement } = derived;
      report(
        file,
        'warning',
        `${articleSide(statement, 'percent')} in the article, but ${derived.started.value} ÷ ${derived.planned.value} = ${formatPercent(derived.computed)} (${formatPercent(disagreement.computedAtStatedPrecision, disagreement.decimals)} at the stated precision) from the dataset's startedKeyProjects and plannedKeyProjects for ${derived.period}`,
        place,
        'fact-vs-derived',
      );
    }
  }
}

export interface ArticleToCheck {
  article: ParsedArticle;
  file: VFile;
}

/** Fact-checks every article whose body parsed against a valid dataset. */
export function factCheckArticles(dataset: Dataset, articles: readonly ArticleToCheck[]): void {
  const names = projectNameIndex(dataset.projects, dataset.zone);
  for (const { article, file } of articles) factCheckArticle(article, file, dataset, names);
}
