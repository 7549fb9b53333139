// Chinese punctuation and spacing in articles (zh-punctuation, zh-spacing): the places where an article's title,
// summary or body text departs from how copy desks print Chinese, each a warning with the edit that fixes it, so
// `npm run check -- --fix` can rewrite exactly those characters and nothing else. Only prose is read: never code,
// addresses, frontmatter keys, component props or JSX; passages that look garbled are left for the editor.

import { applyEdits as applyJsonEdits, modify } from 'jsonc-parser';
import type { Nodes, PhrasingContent, Root } from 'mdast';
import { VFile } from 'vfile';
import { align } from '../articleBody.ts';
import { findDamage } from '../clean/damage.ts';
import { codePointOffsets, findTypographyFixes, fixTypography, type SpacingReason, type TextRange, type TypographyFix, type TypographyRule } from '../typography/punctuation.ts';
import { parseArticleFile, type ParsedArticle } from './articleFile.ts';
import { plainTextForQuotes, sourceUses, type ContentFiles } from './checkContent.ts';
import { parseDatasetFile, type JsonPath } from './datasetFile.ts';
import { flag } from './diagnostics.ts';
import { createPositionFinder, type Point } from './position.ts';

/** A change to a file's text: UTF-16 offsets into the text after any byte order mark. */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

/** One place in an article file, with what fixes it. */
export interface TypographyPlace {
  rule: TypographyRule;
  point: Point;
  edits: TextEdit[];
  /** The place in its line as written, and as it reads once fixed. */
  before: string;
  after: string;
  reason: string;
}

/** A run of prose and where each of its UTF-16 units stands in the file (-1: not in the file as is). */
interface Prose {
  text: string;
  offsets: number[];
  /** Code, components and images standing in the text: part of no rule. */
  skip: TextRange[];
  headline: boolean;
}

const OPAQUE = '\uFFFC';

const MARK_NAMES: Record<string, string> = { ',': '逗号', ';': '分号', ':': '冒号', '?': '问号', '!': '叹号', '(': '括号', ')': '括号' };
const SPACING_REASONS: Record<SpacingReason, string> = {
  'between-chinese': '中文字之间多了空格',
  number: '数字和中文之间多了空格',
  'beside-punctuation': '全角标点旁多了空格',
};

function reasonFor(fix: TypographyFix, before: string, after: string): string {
  const change = `${before} → ${after}`;
  if (fix.rule === 'zh-punctuation') return `中文里用了半角${MARK_NAMES[fix.found] ?? '标点'}“${fix.found}”，应为全角“${fix.insert}”：${change}`;
  return `${SPACING_REASONS[fix.reason ?? 'between-chinese']}，应删去：${change}`;
}

function proseOfPhrasing(nodes: readonly PhrasingContent[], body: string, bodyOffset: number, prose: Prose): void {
  const opaque = (value: string) => {
    prose.skip.push({ start: prose.text.length, end: prose.text.length + value.length });
    prose.text += value;
    for (let i = 0; i < value.length; i++) prose.offsets.push(-1);
  };
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text') {
      const offsets = start === undefined || end === undefined ? node.value.split('').map(() => -1) : align(node.value, body.slice(start, end), start).map((at) => at + bodyOffset);
      prose.text += node.value;
      prose.offsets.push(...offsets);
    } else if (node.type === 'inlineCode') {
      opaque(node.value || OPAQUE);
    } else if (node.type === 'break') {
      prose.text += '\n';
      prose.offsets.push(-1);
    } else if (node.type === 'link' && node.children.length === 1 && node.children[0]?.type === 'text' && node.children[0].value === node.url.replace(/^mailto:/u, '') && /^[!-~]+$/u.test(node.url)) {
      // An autolink (<https://x.cn>, a bare address): its text is the address, not prose. (A bare address that ran
      // on into Chinese text, page=2,欢迎查阅, is read as prose, so its comma is still found.)
      opaque(node.children[0].value);
    } else if (['emphasis', 'strong', 'delete', 'link', 'linkReference'].includes(node.type) && 'children' in node) {
      proseOfPhrasing(node.children as PhrasingContent[], body, bodyOffset, prose);
    } else {
      // Inline JSX and {expressions}, HTML, images and footnote references are not prose: they separate it.
      opaque(OPAQUE);
    }
  }
}

/** The paragraphs, headings and table cells of a body; block JSX, code and HTML are left out whole. */
function bodyProse(tree: Root, body: string, bodyOffset: number): Prose[] {
  const found: Prose[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const prose: Prose = { text: '', offsets: [], skip: [], headline: node.type === 'heading' };
      proseOfPhrasing(node.children, body, bodyOffset, prose);
      found.push(prose);
      return;
    }
    if (['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow'].includes(node.type) && 'children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return found;
}

/** Garbled passages (mojibake, ? for lost characters) as UTF-16 ranges: only the editor can repair them. */
function damagedRanges(text: string): TextRange[] {
  const starts = codePointOffsets(text);
  return findDamage(text).map((run) => ({ start: starts[run.start]!, end: starts[run.end]! }));
}

/** The place in its line, a few characters either side, before and after the edits. */
function excerpt(fileText: string, edits: readonly TextEdit[]): { before: string; after: string } {
  const first = edits[0]!.start;
  const last = edits.at(-1)!.end;
  const lineStart = fileText.lastIndexOf('\n', first - 1) + 1;
  const lineEnd = fileText.indexOf('\n', last) === -1 ? fileText.length : fileText.indexOf('\n', last);
  const lead = [...fileText.slice(lineStart, first)].slice(-6).join('');
  const tail = [...fileText.slice(last, lineEnd)].slice(0, 6).join('').replace(/\r$/u, '');
  let after = '';
  let cursor = first;
  for (const edit of edits) {
    after += fileText.slice(cursor, edit.start) + edit.insert;
    cursor = edit.end;
  }
  return { before: lead + fileText.slice(first, last) + tail, after: lead + after + tail };
}

/** The file edits for one fix, or undefined when its text cannot be found where the parser put it. */
function editsFor(fix: TypographyFix, prose: Prose, fileText: string): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  for (let i = fix.start; i < fix.end; i++) {
    const at = prose.offsets[i] ?? -1;
    if (at < 0 || fileText[at] !== prose.text[i]) return undefined;
    const previous = edits.at(-1);
    if (fix.rule === 'zh-spacing' && previous && previous.end === at) previous.end = at + 1;
    else if (fix.rule === 'zh-spacing') edits.push({ start: at, end: at + 1, insert: '' });
    else {
      // \( is Markdown for a literal (; \（ would print its backslash, so the escape goes with the mark.
      const escaped = fileText[at - 1] === '\\' && prose.offsets[i - 1] !== at - 1;
      edits.push({ start: escaped ? at - 1 : at, end: at + 1, insert: fix.insert });
    }
  }
  return edits;
}

/** Every place in an article's title, summary and body where Chinese punctuation or spacing needs fixing. */
export function findArticleTypography(article: ParsedArticle, fileText: string): TypographyPlace[] {
  const proses: Prose[] = [];
  const fields = [
    ['title', article.frontmatter?.title, true],
    ['summary', article.frontmatter?.summary, false],
  ] as const;
  for (const [key, value, headline] of fields) {
    const at = article.textOffsets[key];
    if (value === undefined || at === undefined) continue;
    proses.push({ text: value, offsets: value.split('').map((_, i) => at + i), skip: [], headline });
  }
  if (article.tree) proses.push(...bodyProse(article.tree, article.body, article.bodyOffset));

  let positionOf: ((offset: number) => Point) | undefined;
  const places: TypographyPlace[] = [];
  for (const prose of proses) {
    // Damage is looked for only where there is something to fix: most published text has nothing, and finding
    // damage costs ten times what the typography rules do.
    const found = findTypographyFixes(prose.text, { skip: prose.skip, headline: prose.headline });
    const fixes = found.length ? findTypographyFixes(prose.text, { skip: [...prose.skip, ...damagedRanges(prose.text)], headline: prose.headline }) : found;
    for (const fix of fixes) {
      const edits = editsFor(fix, prose, fileText);
      if (!edits) continue;
      const { before, after } = excerpt(fileText, edits);
      positionOf ??= createPositionFinder(fileText);
      places.push({ rule: fix.rule, point: positionOf(edits[0]!.start), edits, before, after, reason: reasonFor(fix, before, after) });
    }
  }
  return places.sort((a, b) => a.edits[0]!.start - b.edits[0]!.start);
}

/** Reports each place as a warning on the article's file. */
export function checkTypography(article: ParsedArticle, file: VFile): TypographyPlace[] {
  const text = String(file.value ?? '').replace(/^\uFEFF/u, '');
  const places = findArticleTypography(article, text);
  for (const place of places) flag(file, 'warning', place.reason, { start: place.point }, place.rule);
  return places;
}

/** The file's text with the places fixed; a byte order mark stays. */
export function applyTypography(fileText: string, places: readonly TypographyPlace[]): string {
  const bom = fileText.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = fileText.slice(bom.length);
  const edits = places.flatMap((place) => place.edits).sort((a, b) => a.start - b.start);
  let result = '';
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) throw new RangeError('applyTypography: overlapping edits');
    result += text.slice(cursor, edit.start) + edit.insert;
    cursor = edit.end;
  }
  return bom + result + text.slice(cursor);
}

/** A dataset quote rewritten to match the fixed article it cites. */
export interface QuoteChange {
  path: JsonPath;
  point: Point | undefined;
  before: string;
  after: string;
}

/** A file --fix rewrites: its text as read, as it becomes, and why. */
export interface FixedArticle {
  path: string;
  before: string;
  after: string;
  places: TypographyPlace[];
}

export interface ContentTypographyFix {
  articles: FixedArticle[];
  /** The dataset, when quotes citing the articles change with them. */
  dataset: { path: string; before: string; after: string; quotes: QuoteChange[] } | undefined;
}

/**
 * What `npm run check -- --fix` writes: each article with its punctuation and spacing fixed, and every dataset quote
 * that no longer matches its article but matches once fixed the same way (so a fix never breaks a citation, and a
 * run interrupted between the two files is mended by the next).
 */
export function fixContentTypography(input: ContentFiles): ContentTypographyFix {
  const articles: FixedArticle[] = [];
  const bodies = new Map<string, string>();
  for (const file of input.articles) {
    const value = String(file.value ?? '');
    const copy = (text: string) => parseArticleFile(new VFile({ path: file.path, value: text }));
    const article = copy(value);
    const places = findArticleTypography(article, value.replace(/^\uFEFF/u, ''));
    const after = places.length ? applyTypography(value, places) : value;
    if (places.length) articles.push({ path: file.path, before: value, after, places });
    if (!bodies.has(article.slug)) bodies.set(article.slug, places.length ? copy(after).body : article.body);
  }

  const datasetText = String(input.dataset.value ?? '');
  const { dataset, locate } = parseDatasetFile(new VFile({ path: input.dataset.path, value: datasetText }));
  if (!dataset) return { articles, dataset: undefined };
  const quotes: QuoteChange[] = [];
  let text = datasetText;
  for (const { source, path } of sourceUses(dataset)) {
    const body = source.article === undefined ? undefined : bodies.get(source.article);
    if (body === undefined) continue;
    const plainBody = plainTextForQuotes(body);
    if (plainBody.includes(plainTextForQuotes(source.quote))) continue;
    const fixed = fixTypography(source.quote, { skip: damagedRanges(source.quote) }).text;
    if (fixed === source.quote || !plainBody.includes(plainTextForQuotes(fixed))) continue;
    const quotePath = [...path, 'quote'];
    text = applyJsonEdits(text, modify(text, quotePath, fixed, {}));
    quotes.push({ path: quotePath, point: locate(quotePath)?.start, before: source.quote, after: fixed });
  }
  return { articles, dataset: quotes.length ? { path: input.dataset.path, before: datasetText, after: text, quotes } : undefined };
}
