// A scraped article in, the text of content/articles/<slug>.md out, with what the importer found (title, date,
// projects, quantities and what they are about) and what the editor must still do. Pure: the CLI reads the bytes,
// passes the dataset, and writes the file.
//
// Findings are statements in the same form the fact-check uses (a quantity, its sentence, its subject: a project's
// figure and scope, or a zone indicator) with their comparison against the dataset, from which datasetUpdates proposes
// dataset reports (a new figure, with its quote and the article as source).

import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { parseArticleBody, textBlocks } from '../articleBody.ts';
import { cleanScrapedArticle, findBracketedBylines, toSimplified } from '../clean/index.ts';
import { datelineLength } from '../clean/dateline.ts';
import type { Removal } from '../clean/removals.ts';
import { decodeArticleBytes, type ArticleEncoding } from '../decode.ts';
import type { CloseProject } from '../facts/recognise.ts';
import type { NewProject } from './datasetUpdates.ts';
import { projectOptionProblem, readArticle, shiftLines, type ImportedMilestone, type ImportedStatement, type RecognisedProject } from './articleFacts.ts';
import { isIsoDate } from '../isoDate.ts';
import { articleFrontmatterSchema, slugSchema, type Dataset } from '../schema.ts';
import { todo } from '../todo.ts';
import { parseArticleFile } from '../validate/articleFile.ts';
import { createPositionFinder } from '../validate/position.ts';
import { articleFileText, paragraphsToMarkdown } from './articleText.ts';
import { slugFromTitle } from './slug.ts';

export type { ImportedMilestone, ImportedStatement, LocatedMention, RecognisedProject } from './articleFacts.ts';

export interface ImportOptions {
  /** How messages name the scraped input: its file name, or "stdin". */
  sourceName: string;
  slug?: string | undefined;
  date?: string | undefined;
  url?: string | undefined;
  /** The dataset project the editor says the article is about (--project), when its name is not recognised. */
  project?: string | undefined;
  /** Where the article will be written, for positions in messages (default content/articles/<slug>.md). */
  articlesDir?: string;
}

export type Found<T, From extends string> = { value: T; from: From } | { value: undefined; from: 'missing' };

export interface Damage {
  /** The cleaner's warning, positioned in the scraped text. */
  message: VFileMessage;
  /** Where the damaged text stands in the written file, when it can be found there. */
  line: number | undefined;
  column: number | undefined;
}

export interface ImportFindings {
  encoding: ArticleEncoding;
  title: Found<string, 'headline' | 'original-title'>;
  /** The title in the scraped script, when conversion changed it. */
  originalTitle: string | undefined;
  date: Found<string, 'option' | 'metadata' | 'closing'>;
  slug: { value: string; from: 'option' | 'title' | 'first-sentence' };
  summary: string;
  publication: string | undefined;
  /** Where the publication was read: a 来源 label, the story's dateline, or an outlet a byline names. */
  publicationFrom: 'label' | 'dateline' | 'byline' | undefined;
  /** Who reported it, as the page prints it. */
  byline: string | undefined;
  projects: RecognisedProject[];
  statements: ImportedStatement[];
  /** A project the article introduces that the dataset lacks, proposed for the editor to accept. */
  newProject: NewProject | undefined;
  /** When the article names no dataset project: the closest ones, with why. */
  closest: CloseProject[];
  /** Milestones reported for recognised projects (read only when the article's date is known). */
  milestones: ImportedMilestone[];
  /** What cleaning took out, by line and column in the scraped text. */
  removed: Removal[];
  /** The scraped text was (partly) Traditional and was converted. */
  converted: boolean;
  /** Text that looks damaged, for the editor to repair by hand. */
  damage: Damage[];
}

export type ImportResult =
  | {
      ok: true;
      slug: string;
      /** The article file's path, relative to the project root. */
      path: string;
      text: string;
      findings: ImportFindings;
      /** The cleaner's messages (damage, kept asides) on the scraped text, and fields still to fill in the written file. */
      problems: VFileMessage[];
    }
  | { ok: false; problems: VFileMessage[] };

// ------------------------------------------------------------------------------------------ summary

const MAX_SUMMARY = 120;

/** The first sentence, cut at a clause boundary when it runs long. */
export function firstSentence(paragraph: string): string {
  // A question mark that stands for lost characters (打?理) does not end a sentence: only one before a break does.
  const end = /[。！？]|[!?](?=\s|$|[”’」』])/u.exec(paragraph);
  let sentence = end ? paragraph.slice(0, end.index + 1) : paragraph;
  // Closing quotes belong to the sentence they end.
  if (end && /^[”’」』]/u.test(paragraph.slice(end.index + 1))) sentence = paragraph.slice(0, end.index + 2);
  if ([...sentence].length <= MAX_SUMMARY) return sentence;
  const head = [...sentence].slice(0, MAX_SUMMARY).join('');
  const boundary = Math.max(...[...'，,；;'].map((mark) => head.lastIndexOf(mark)));
  return `${boundary > 20 ? head.slice(0, boundary) : head}……`;
}

/** A summary says what happened, not who filed it: the dateline (东南网漳州4月19日讯) and a bracketed byline go. */
export function withoutDateline(paragraph: string): string {
  let text = paragraph.slice(datelineLength(paragraph)).replace(/^[\s:：]+/u, '');
  for (const byline of findBracketedBylines(text).reverse()) if (byline.start <= 1) text = text.slice(0, byline.start) + text.slice(byline.end);
  text = text.trim();
  return text === '' ? paragraph : text;
}

// ------------------------------------------------------------------------------------------ editor note

function editorNote(removed: readonly Removal[], converted: boolean): string | undefined {
  const kinds = new Set(removed.map((removal) => removal.kind));
  const parts = [
    kinds.has('pinyin') ? '拼音注音' : undefined,
    kinds.has('placeholder') ? '图片占位符' : undefined,
    kinds.has('chrome') ? '网页按钮和栏目文字' : undefined,
  ].filter((part): part is string => part !== undefined);
  if (parts.length === 0 && !converted) return undefined;
  const removedText = parts.length ? `删除了抓取时混入的${parts.join('、')}` : '';
  const convertedText = converted ? `${parts.length ? '，并' : ''}由繁体转为简体` : '';
  return `本文由网页抓取稿整理：${removedText}${convertedText}。`;
}

// ------------------------------------------------------------------------------------------ import

function problem(file: VFile, reason: string, ruleId: string, place?: { line: number; column: number }): VFileMessage {
  const message = file.message(reason, { ruleId, source: 'jindu-import', ...(place ? { place } : {}) });
  message.fatal = true;
  return message;
}

function optionProblems(options: ImportOptions, dataset: Dataset | undefined): VFileMessage[] {
  const file = new VFile({ path: options.sourceName });
  const problems: VFileMessage[] = [];
  if (options.slug !== undefined && !slugSchema.safeParse(options.slug).success)
    problems.push(problem(file, `--slug“${options.slug}”不能用作网址：只能用小写拉丁字母、数字和单个连字符，如“huali-bio-2023-05”`, 'import-option'));
  if (options.date !== undefined && !isIsoDate(options.date))
    problems.push(problem(file, `--date“${options.date}”不是写成 YYYY-MM-DD 的日期，应如 2023-05-10`, 'import-option'));
  if (options.url !== undefined && !articleFrontmatterSchema.shape.source.unwrap().shape.url.safeParse(options.url).success)
    problems.push(problem(file, `--url“${options.url}”不是完整的网址，应如 https://example.com/news/1.html`, 'import-option'));
  const badProject = options.project === undefined ? undefined : projectOptionProblem(options.project, dataset);
  if (badProject) problems.push(problem(file, badProject, 'import-option'));
  return problems;
}

/**
 * Imports a scraped article. `dataset` (when it could be read) is used to recognise projects and compare the
 * article's figures; without it the article is still imported.
 */
export function importScrapedArticle(bytes: Uint8Array, options: ImportOptions, dataset: Dataset | undefined): ImportResult {
  const source = new VFile({ path: options.sourceName });
  const invalid = optionProblems(options, dataset);
  if (invalid.length) return { ok: false, problems: invalid };

  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return { ok: false, problems: [problem(source, decoded.reason, 'import-input')] };

  const cleaned = cleanScrapedArticle(decoded.text, { path: options.sourceName });
  const body = { paragraphs: cleaned.paragraphs, title: cleaned.page.title, originalTitle: cleaned.originalScriptTitle };
  if (body.paragraphs.length === 0)
    return { ok: false, problems: [problem(source, '清理后没有剩下正文：文件里只有标题、网页按钮、来源等附带文字或图片占位符。', 'import-input')] };

  const converted = cleaned.paragraphs.some((paragraph, index) => paragraph !== cleaned.originalParagraphs[index]);
  const date: ImportFindings['date'] =
    options.date !== undefined
      ? { value: options.date, from: 'option' }
      : cleaned.page.date !== undefined
        ? { value: cleaned.page.date, from: cleaned.page.dateFrom ?? 'metadata' }
        : { value: undefined, from: 'missing' };
  // The first paragraph that reads as a sentence: a deck or a section label (聚焦大项目) is not a summary.
  const lead = body.paragraphs.find((paragraph) => /[。！？]/u.test(paragraph) || [...paragraph].length > 40) ?? body.paragraphs[0]!;
  const summary = firstSentence(withoutDateline(lead));
  const slug: ImportFindings['slug'] =
    options.slug !== undefined
      ? { value: options.slug, from: 'option' }
      : {
          value: slugFromTitle(body.title ?? summary, date.value) ?? `article-${date.value ?? 'undated'}`,
          from: body.title !== undefined ? 'title' : 'first-sentence',
        };
  const path = `${options.articlesDir ?? 'content/articles'}/${slug.value}.md`;
  const markdown = paragraphsToMarkdown(body.paragraphs);
  const publication = cleaned.page.publication;

  // Projects and quantities are read from the body as the check will read it back, so positions are the file's.
  const parsed = parseArticleBody(markdown, 'md');
  const blocks = parsed.ok ? textBlocks(parsed.tree, markdown) : [];
  // Placed in the body first: the frontmatter above it lists the projects read here. The body starts a line.
  const read = readArticle({ blocks, title: body.title, dataset, date: date.value, slug: slug.value, tied: options.project === undefined ? [] : [options.project], position: createPositionFinder(markdown) });
  const projectIds = read.projects.map((project) => project.id);
  const frontmatter = {
    title: body.title ?? todo('标题（网页上没有可靠的标题行，请编辑填写）'),
    date: date.value ?? todo('原文发布日期，写成 2023-05-10 的格式'),
    summary,
    byline: cleaned.page.byline,
    projects: projectIds.length ? projectIds : undefined,
    source:
      publication !== undefined || options.url !== undefined || body.originalTitle !== undefined
        ? { publication, url: options.url, originalTitle: body.originalTitle }
        : undefined,
    editorNote: editorNote(cleaned.removed, converted),
  };
  const text = articleFileText(frontmatter, markdown);
  const bodyOffset = text.length - markdown.length;
  const position = createPositionFinder(text);

  const { projects, statements, milestones, newProject, closest } = shiftLines(read, position(bodyOffset).line - 1);

  // Damage is quoted in the scraped script; look for it, converted, in the written body.
  let searchFrom = bodyOffset;
  const damage: Damage[] = cleaned.messages
    .filter((message) => typeof message.actual === 'string' && message.ruleId !== 'pinyin-not-a-reading')
    .map((message) => {
      // Quote the damage as the written file has it (Simplified), so a text search finds it there.
      message.reason = toSimplified(message.reason);
      const at = text.indexOf(toSimplified(message.actual!), searchFrom);
      if (at < 0) return { message, line: undefined, column: undefined };
      searchFrom = at + 1;
      return { message, ...position(at) };
    });

  // Read the written file back exactly as the check will: placeholders left are the editor's to-do list.
  const written = new VFile({ path, value: text });
  parseArticleFile(written);
  for (const message of written.messages) message.fatal = false; // to do, not a failure of the import

  return {
    ok: true,
    slug: slug.value,
    path,
    text,
    findings: {
      encoding: decoded.encoding,
      title: body.title !== undefined ? { value: body.title, from: cleaned.page.titleFrom ?? 'headline' } : { value: undefined, from: 'missing' },
      originalTitle: body.originalTitle,
      date,
      slug,
      summary,
      publication,
      publicationFrom: cleaned.page.publicationFrom,
      byline: cleaned.page.byline,
      projects,
      newProject,
      closest,
      statements,
      milestones,
      removed: cleaned.removed,
      converted,
      damage,
    },
    problems: [...cleaned.messages, ...written.messages],
  };
}
