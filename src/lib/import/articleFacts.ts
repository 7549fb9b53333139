// What an article reports about the dataset's projects, read the same way whether the article was just imported
// from a scraped page or is one an editor has already edited (npm run propose): the projects it names, the figures
// and milestones it states about them, the new project it introduces, and, when it names none, the dataset
// projects closest to it.

import type { TextBlock } from '../articleBody.ts';
import { compareStatement, compareWithDerived, type Comparison, type DerivedComparison } from '../facts/compare.ts';
import { findMilestoneStatements, lastDayIn, writtenOn, type MilestoneStatement } from '../facts/milestoneStatements.ts';
import { articleMentions, projectNameIndex, type NameIndex, type ProjectMention } from '../facts/names.ts';
import { closestProjects, proposeProject, type CloseProject } from '../facts/recognise.ts';
import { findStatements, type Span, type Statement } from '../facts/statements.ts';
import type { Dataset } from '../schema.ts';
import type { NewProject } from './datasetUpdates.ts';
import { slugFromTitle } from './slug.ts';

export interface LocatedMention extends ProjectMention {
  /** 1-based paragraph of the body, and line and column in the written file. */
  paragraph: number;
  line: number;
  column: number;
}

export interface RecognisedProject {
  id: string;
  name: string;
  mentions: LocatedMention[];
  /** The editor tied the article to it (--project, or its frontmatter's projects). */
  tied?: boolean;
}

export interface ImportedStatement extends Statement {
  /** The words to quote as its source: from where the sentence names the project to the end of the clause. */
  quote: string;
  paragraph: number;
  line: number;
  column: number;
  /** How it compares with the dataset, when its subject is known. */
  comparison: Comparison | undefined;
  /** For a stated start rate, how it compares with started ÷ planned in the dataset. */
  derived: DerivedComparison | undefined;
}

export interface ImportedMilestone extends MilestoneStatement {
  quote: string;
  paragraph: number;
  line: number;
  column: number;
}

export interface ArticleReading {
  projects: RecognisedProject[];
  statements: ImportedStatement[];
  milestones: ImportedMilestone[];
  /** A project the article introduces that the dataset lacks, proposed for the editor to accept. */
  newProject: NewProject | undefined;
  /** When the article names no dataset project: the ones closest to it, with why. */
  closest: CloseProject[];
}

export interface ReadingInput {
  /** The body's prose blocks, in order. */
  blocks: readonly TextBlock[];
  /** The article's title, when it has a real one (not a placeholder). */
  title: string | undefined;
  dataset: Dataset | undefined;
  /** The article's date; without it, 去年6月 and 年底前 cannot be placed, so no milestone is read. */
  date: string | undefined;
  slug: string;
  /** Projects the editor says the article is about; their ids must be the dataset's. */
  tied?: readonly string[];
  /** Line and column in the article file of a body offset. */
  position: (bodyOffset: number) => { line: number; column: number };
}

const MAX_QUOTE = 40;

function clauseStart(text: string, sentence: Span, at: number): number {
  for (let i = at - 1; i >= sentence.start; i--) if (/[,，;；：:]/u.test(text[i] ?? '')) return i + 1;
  return sentence.start;
}

/**
 * The part of a sentence that states a fact about a project, as the article gives it: from the clause naming the
 * project (or the sentence's start, when an earlier sentence named it) to the end of the fact's clause.
 */
export function quoteFor(text: string, sentence: Span, clause: Span, mentionStart: number | undefined): string {
  const from = mentionStart !== undefined && mentionStart >= sentence.start && mentionStart < clause.start ? clauseStart(text, sentence, mentionStart) : Math.min(sentence.start, clause.start);
  const tidy = (start: number) => text.slice(start, clause.end).trim().replace(/[,，;；。：:]+$/u, '');
  // A long run of clauses is cut to the fact's clause and as many clauses before it as stay short.
  let start = clause.start;
  while (start > from) {
    const previous = clauseStart(text, sentence, start - 1);
    if ([...tidy(Math.max(previous, from))].length > MAX_QUOTE) break;
    start = Math.max(previous, from);
  }
  return tidy(start);
}

interface Found {
  mentions: { mention: ProjectMention; paragraph: number; offset: number }[];
  statements: { statement: Statement; quote: string; paragraph: number; offset: number }[];
  milestones: { statement: MilestoneStatement; quote: string; paragraph: number; offset: number }[];
}

function readBlocks(blocks: readonly TextBlock[], names: NameIndex, date: string | undefined, tied: readonly string[]): Found {
  const found: Found = { mentions: [], statements: [], milestones: [] };
  const resolved = articleMentions(blocks.map((block) => block.text), names, tied);
  const today = date === undefined || blocks[0] === undefined ? undefined : writtenOn(blocks[0].text, date);
  let lastDay: string | undefined;
  blocks.forEach((block, index) => {
    const inBlock = resolved[index]!;
    const paragraph = index + 1;
    for (const mention of inBlock) if (!mention.anaphor) found.mentions.push({ mention, paragraph, offset: block.offsetOf(mention.start) });
    for (const statement of findStatements(block.text, names, inBlock))
      found.statements.push({ statement, quote: quoteFor(block.text, statement.sentence, statement.clause, statement.mention?.start), paragraph, offset: block.offsetOf(statement.quantity.start) });
    if (date === undefined) return;
    for (const statement of findMilestoneStatements(block.text, names, date, inBlock, { lastDay, today }))
      found.milestones.push({ statement, quote: quoteFor(block.text, statement.sentence, statement.clause, statement.mention.start), paragraph, offset: block.offsetOf(statement.start) });
    lastDay = lastDayIn(block.text, date) ?? lastDay;
  });
  return found;
}

/** Reads what an article reports about the dataset's projects. */
export function readArticle(input: ReadingInput): ArticleReading {
  const { blocks, dataset, date, position } = input;
  const tied = (input.tied ?? []).filter((id) => dataset?.projects.some((project) => project.id === id));
  let found = readBlocks(blocks, projectNameIndex(dataset?.projects ?? [], dataset?.zone), date, tied);
  let newProject: NewProject | undefined;
  let closest: CloseProject[] = [];
  if (dataset && found.mentions.length === 0 && tied.length === 0) {
    // No project of the dataset in it: the article may introduce one, for the editor to accept.
    const texts = [input.title ?? '', ...blocks.map((block) => block.text)];
    const proposed = proposeProject(texts, input.title !== undefined);
    if (proposed) {
      const taken = new Set(dataset.projects.map((project) => project.id));
      const base = slugFromTitle(proposed.name, undefined) ?? 'project';
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      newProject = { id, name: proposed.name, aliases: proposed.aliases };
      const withNew = readBlocks(blocks, projectNameIndex([...dataset.projects, newProject], dataset.zone), date, tied);
      if (withNew.mentions.some(({ mention }) => mention.projectId === id)) found = withNew;
      else newProject = undefined;
    }
    closest = closestProjects(texts, dataset.projects);
  }

  const ids = [...new Set([...tied, ...found.mentions.map(({ mention }) => mention.projectId)])];
  const projects: RecognisedProject[] = ids.map((id) => ({
    id,
    name: dataset?.projects.find((project) => project.id === id)?.name ?? (newProject?.id === id ? newProject.name : id),
    mentions: found.mentions.filter(({ mention }) => mention.projectId === id).map(({ mention, paragraph, offset }) => ({ ...mention, paragraph, ...position(offset) })),
    ...(tied.includes(id) ? { tied: true } : {}),
  }));
  const context = { slug: input.slug, date };
  const statements: ImportedStatement[] = found.statements.map(({ statement, quote, paragraph, offset }) => ({
    ...statement,
    quote,
    paragraph,
    ...position(offset),
    comparison: dataset ? compareStatement(statement, dataset, context) : undefined,
    derived: dataset ? compareWithDerived(statement, dataset, context) : undefined,
  }));
  const milestones: ImportedMilestone[] = found.milestones.map(({ statement, quote, paragraph, offset }) => ({ ...statement, quote, paragraph, ...position(offset) }));
  return { projects, statements, milestones, newProject, closest };
}

/** The reading with every line moved down by `lines`: read from a body, placed in the file the body ends. */
export function shiftLines(reading: ArticleReading, lines: number): ArticleReading {
  const shift = <T extends { line: number }>(item: T): T => ({ ...item, line: item.line + lines });
  return {
    ...reading,
    projects: reading.projects.map((project) => ({ ...project, mentions: project.mentions.map(shift) })),
    statements: reading.statements.map(shift),
    milestones: reading.milestones.map(shift),
  };
}

/** Why `--project ID` cannot tie an article to a project, in one line, or undefined when it can. */
export function projectOptionProblem(id: string, dataset: Dataset | undefined): string | undefined {
  if (!dataset) return `--project“${id}”：无法读取 content/data/projects.json（原因见 npm run check），不能把文章关联到项目`;
  if (dataset.projects.some((project) => project.id === id)) return undefined;
  const ids = dataset.projects.map((project) => project.id);
  const shown = ids.slice(0, 12).join('、');
  return `--project“${id}”不是数据集里的项目标识；应为 ${shown}${ids.length > 12 ? ` 等 ${ids.length} 个之一` : ' 之一'}`;
}
