// The fact-check behind `npm run check`: every quantity an article states (in its title, summary or body) about a
// dataset project or a zone indicator is compared with the dataset, and a stated start rate with the one computed
// from its parts.
// Findings are warnings on the article, at the quantity, giving both numbers.

import type { VFile } from 'vfile';
import { textBlocks } from '../articleBody.ts';
import { foldToSimplified } from '../clean/script.ts';
import { formatPercent, formatQuantity, type Unit } from '../format.ts';
import { dateWindow, formatFuzzyDate, type FuzzyDate } from '../fuzzyDate.ts';
import { figureUnit } from '../projectView.ts';
import type { Dataset } from '../schema.ts';
import type { ParsedArticle } from '../validate/articleFile.ts';
import { flag } from '../validate/diagnostics.ts';
import { createPositionFinder } from '../validate/position.ts';
import { candidates, compareStatement, compareWithDerived, type ArticleContext, type Comparison, type Expected } from './compare.ts';
import { articleMentions, projectNameIndex, type NameIndex, type ProjectMention } from './names.ts';
import { findMilestoneStatements, type MilestoneStatement } from './milestoneStatements.ts';
import { findStatements, type Statement, type Subject } from './statements.ts';

export interface LocatedStatement extends Statement {
  /** 1-based line and column (in code points) of the quantity in the article file. */
  line: number;
  column: number;
}

// Amounts that are not the figure the dataset records for a project (its planned investment, its yearly revenue at
// full production …): progress (已完成投资, 累计投资, 到位资金), a year's or a period's plan or result (今年计划完成投资,
// 去年实现销售收入, 1—9月), a part (其中固定资产投资, 设备投资) or an increase (新增投资).
const NOT_THE_RECORDED_FIGURE = /完成|累计|已投|到位|实际|新增|今年|去年|上年|本年|当年|年度|全年|上半年|下半年|前三季度|\d{4}年|\d{1,2}\s*[-—–~～至到]\s*\d{1,2}月|固定资产|设备|基础设施|土建/u;

/** Whether a statement says the figure the dataset records, judged by the words of its clause before the number. */
function comparable(statement: Statement, folded: string): boolean {
  const subject = statement.subject;
  if (subject?.type !== 'figure') return true;
  return !NOT_THE_RECORDED_FIGURE.test(folded.slice(statement.clause.start, statement.quantity.start));
}

/**
 * The statements of a text read as Simplified (該項目計劃投資5.5億元 reads like 该项目计划投资5.5亿元), keeping the
 * article's own writing of each quantity and label for messages. Folding keeps every index, so offsets still hold.
 */
function statementsIn(text: string, folded: string, names: NameIndex, mentions: readonly ProjectMention[] | undefined): Statement[] {
  const statements = findStatements(folded, names, mentions).map((statement) => (comparable(statement, folded) ? statement : { ...statement, subject: undefined }));
  if (folded === text) return statements;
  return statements.map((statement) => {
    const { quantity, label } = statement;
    const labelAt = label ? folded.lastIndexOf(label, quantity.start) : -1;
    return {
      ...statement,
      quantity: { ...quantity, text: text.slice(quantity.start, quantity.end) },
      label: labelAt < 0 ? label : text.slice(labelAt, labelAt + label.length),
    };
  });
}

interface ArticleText {
  /** The text as the article writes it, and read as Simplified (same length). */
  text: string;
  folded: string;
  mentions: ProjectMention[];
  /** Where an index of the text stands in the file. */
  at: (index: number) => { line: number; column: number };
}

/** An article's title, summary and body blocks, with the projects each names and where each stands in its file. */
function articleTexts(article: ParsedArticle, fileText: string, names: NameIndex): ArticleText[] {
  if (!article.tree) return [];
  const position = createPositionFinder(fileText.replace(/^\uFEFF/u, ''));
  const fields = (['title', 'summary'] as const).flatMap((key) => {
    const text = article.frontmatter?.[key];
    return text === undefined ? [] : [{ key, text }];
  });
  const blocks = textBlocks(article.tree, article.body);
  const texts = [...fields.map((field) => field.text), ...blocks.map((block) => block.text)];
  // Figures and names in Traditional script are read as in Simplified.
  const folded = texts.map(foldToSimplified);
  // 该项目 in the body refers to the project the article names, wherever that is.
  const mentions = articleMentions(folded, names);
  const places = [
    ...fields.map(({ key }) => {
      const offset = article.textOffsets[key];
      const keyPlace = article.locate([key])?.start ?? { line: 1, column: 1 };
      return (index: number) => (offset === undefined ? keyPlace : position(offset + index));
    }),
    ...blocks.map((block) => (index: number) => position(article.bodyOffset + block.offsetOf(index))),
  ];
  return texts.map((text, i) => ({ text, folded: folded[i]!, mentions: mentions[i]!, at: places[i]! }));
}

/** The statements of an article's title, summary and body, placed in its file. */
export function articleStatements(article: ParsedArticle, fileText: string, names: NameIndex): LocatedStatement[] {
  return articleTexts(article, fileText, names).flatMap(({ text, folded, mentions, at }) =>
    statementsIn(text, folded, names, mentions).map((statement) => {
      const { line, column } = at(statement.quantity.start);
      return { ...statement, line, column };
    }),
  );
}

interface LocatedMilestone extends MilestoneStatement {
  /** The date and the milestone as the article writes them (8月份启动建设). */
  written: string;
  line: number;
  column: number;
}

/** The dated milestones an article reports for dataset projects, placed at their date in its file. */
function articleMilestones(article: ParsedArticle, fileText: string, names: NameIndex, published: string): LocatedMilestone[] {
  return articleTexts(article, fileText, names).flatMap(({ text, folded, mentions, at }) =>
    findMilestoneStatements(folded, names, published, mentions).flatMap((statement) => {
      if (!statement.date || !statement.dateText) return [];
      const dateAt = folded.lastIndexOf(statement.dateText, statement.start);
      const from = dateAt >= statement.sentence.start ? dateAt : statement.start;
      const written = text.slice(from, statement.start + statement.text.length);
      return [{ ...statement, written: written.length <= 40 ? written : `${text.slice(from, from + statement.dateText.length)}…${statement.text}`, ...at(from) }];
    }),
  );
}

/** Whether two dates can be the same day: their windows overlap (5月底 is in 5月份; 年底前 reaches 年底). */
function datesMeet(a: FuzzyDate, b: FuzzyDate): boolean {
  const wa = dateWindow(a);
  const wb = dateWindow(b);
  return (wa.start ?? '0000') <= wb.end && (wb.start ?? '0000') <= wa.end;
}

/**
 * A dated milestone against the dataset: the one milestone of its project, kind and scope, and its reports of the same
 * type (a plan against plans) that cite the article, else the latest made by its date. A part (首批机组) or a kind the
 * dataset records several times is not compared: which one is meant is unclear.
 */
function checkMilestone(statement: LocatedMilestone, dataset: Dataset, context: ArticleContext, file: VFile): void {
  if (statement.part !== undefined || !statement.date) return;
  const project = dataset.projects.find((candidate) => candidate.id === statement.projectId);
  const { word } = statement;
  const matching = (project?.milestones ?? []).filter((milestone) => milestone.scope === statement.scope && (milestone.id === word.kind || word.labelPattern.test(milestone.label)));
  if (matching.length !== 1) return;
  const milestone = matching[0]!;
  const dated = milestone.reports.filter((report): report is typeof report & { date: FuzzyDate } => report.type === statement.type && report.date !== undefined);
  const { reports, citesArticle } = candidates(dated, context);
  if (reports.length === 0 || reports.some((report) => datesMeet(report.date, statement.date!))) return;
  const latest = reports.at(-1)!;
  const which = citesArticle ? '引用本文的' : '最新的';
  const type = statement.type === 'plan' ? '计划' : '完成';
  flag(
    file,
    'warning',
    `文中为“${statement.written}”（${type}于 ${formatFuzzyDate(statement.date)}），数据集为 ${formatFuzzyDate(latest.date)}（${project!.id} 的 milestones“${milestone.label}”，${which}${type}报道，${latest.asOf}）`,
    { start: { line: statement.line, column: statement.column } },
    'fact-mismatch',
  );
}

/** The unit a subject is recorded in. */
export function unitOf(subject: Subject): Unit {
  if (subject.type === 'figure') return figureUnit(subject.figure);
  if (subject.type === 'measure') return 'count';
  if (subject.field === 'minInvestment') return 'yuan';
  return subject.indicator === 'startRate' ? 'percent' : 'count';
}

/** 5.2亿元 (520000000 yuan): the reader's form, and the stored number where they differ. */
export function describeExpected(expected: Expected, unit: Unit, measureUnit?: string): string {
  if (measureUnit !== undefined) {
    const number = (value: number) => Number(value.toPrecision(12)).toLocaleString('zh-CN', { useGrouping: false });
    return `${expected.valueMax === undefined ? number(expected.value) : `${number(expected.value)}—${number(expected.valueMax)}`}${measureUnit}`;
  }
  const text = formatQuantity(expected, unit);
  if (unit !== 'yuan') return text;
  const raw = expected.valueMax === undefined ? `${expected.value}` : `${expected.value}–${expected.valueMax}`;
  return `${text}（${raw} 元）`;
}

function scopeWords(scope: string): string {
  if (scope === 'project') return '全项目';
  const phase = /^phase-(\d+)$/u.exec(scope);
  return phase ? `${phase[1]}期` : scope;
}

/** Where in the dataset a subject is recorded: huali-bio 的 figures.investment, indicators.startRate. */
function fieldOf(subject: Subject): string {
  if (subject.type === 'figure') return `${subject.projectId} 的 figures.${subject.figure}`;
  if (subject.type === 'measure') return `${subject.projectId} 的 measures“${subject.label}”`;
  return subject.field === 'minInvestment' ? 'indicators.plannedKeyProjects 的 minInvestment' : `indicators.${subject.indicator}`;
}

/** What the dataset side of a message refers to: “huali-bio 的 figures.investment，引用本文的全项目报道，2023-05-10”. */
export function describeSubject(subject: Subject, comparison: Comparison, context: ArticleContext): string {
  const year = context.date?.slice(0, 4);
  const asOf = comparison.status === 'missing' && comparison.onlyLater && context.date ? `（截至 ${context.date}）` : '';
  if (comparison.status === 'missing') {
    if (subject.type === 'indicator') return `数据集的 ${fieldOf(subject)} 没有${year ? ` ${year} 年的` : ''}报道${asOf}`;
    return `数据集里 ${fieldOf(subject)} 没有${scopeWords(subject.scope)}的报道${asOf}`;
  }
  const which = comparison.basis.citesArticle ? '引用本文的' : '最新的';
  if (subject.type !== 'indicator') return `${fieldOf(subject)}，${which}${scopeWords(subject.scope)}报道，${comparison.basis.asOf}`;
  const index = subject.field === 'minInvestment' ? `indicators.plannedKeyProjects[${comparison.basis.index}].minInvestment` : `indicators.${subject.indicator}[${comparison.basis.index}]`;
  return `${index}${year ? `，${year} 年` : ''}，${which}报道，${comparison.basis.asOf}`;
}

/** 计划投资 6亿元, or 占地 约150亩（约10公顷）when the article uses another unit than the dataset shows. */
function articleSide(statement: Statement, unit: Unit): string {
  const { quantity } = statement;
  const inDatasetUnits = formatQuantity(quantity, unit);
  const converted = inDatasetUnits !== quantity.text && quantity.unit === 'hectare' ? `（${inDatasetUnits}）` : '';
  return `${statement.label ? `${statement.label} ` : ''}${quantity.text}${converted}`;
}

/** Compares one article with the dataset, reporting on its file. */
export function factCheckArticle(article: ParsedArticle, file: VFile, dataset: Dataset, names: NameIndex = projectNameIndex(dataset.projects, dataset.zone)): void {
  const context: ArticleContext = { slug: article.slug, date: article.frontmatter?.date };
  const published = article.frontmatter?.date;
  // Milestone dates need the article's date to read 今年5月, 年底前.
  if (published) for (const statement of articleMilestones(article, String(file.value ?? ''), names, published)) checkMilestone(statement, dataset, context, file);
  for (const statement of articleStatements(article, String(file.value ?? ''), names)) {
    const subject = statement.subject;
    if (!subject) continue;
    const place = { start: { line: statement.line, column: statement.column } };
    const comparison = compareStatement(statement, dataset, context);
    if (comparison?.status === 'differs')
      flag(
        file,
        'warning',
        `文中为“${articleSide(statement, unitOf(subject))}”，数据集为 ${describeExpected(comparison.expected, unitOf(subject), subject.type === 'measure' ? subject.unit : undefined)}（${describeSubject(subject, comparison, context)}）`,
        place,
        'fact-mismatch',
      );
    else if (comparison?.status === 'missing')
      flag(file, 'warning', `文中为“${articleSide(statement, unitOf(subject))}”，但${describeSubject(subject, comparison, context)}`, place, 'fact-missing');

    const derived = compareWithDerived(statement, dataset, context);
    if (derived?.disagreement) {
      const { disagreement } = derived;
      flag(
        file,
        'warning',
        `文中为“${articleSide(statement, 'percent')}”，但按数据集 ${derived.period} 年的开复工项目和计划项目，${derived.started.value} ÷ ${derived.planned.value} = ${formatPercent(derived.computed)}（按文中精度为 ${formatPercent(disagreement.computedAtStatedPrecision, disagreement.decimals)}）`,
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
