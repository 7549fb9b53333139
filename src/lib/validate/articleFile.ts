// Reads one article (Markdown or MDX) as an editor wrote it: frontmatter syntax and schema problems become
// messages with the line of the offending field. Dates are read as text so 2023-02-30 is caught, not rolled over.

import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { VFile } from 'vfile';
import type { Root } from 'mdast';
import { articleFormat, parseArticleBody, type ArticleFormat } from '../articleBody.ts';
import { articleFrontmatterSchema, slugSchema, type ArticleFrontmatter } from '../schema.ts';
import { isTodo } from '../todo.ts';
import { flag } from './diagnostics.ts';
import type { Place } from './position.ts';
import { explainIssue, formatPath, parseOptions, quoted } from './zodIssues.ts';
import { bodySyntaxReason, yamlErrorReason } from './syntaxReasons.ts';
import { MAX_BODY_DEPTH, forbiddenCharacter, stringsIn, tooDeepNode } from './fileText.ts';

export interface ParsedArticle {
  /** The file name without extension: the article's address. */
  slug: string;
  path: string;
  frontmatter: ArticleFrontmatter | undefined;
  /** `md` or `mdx`, from the file name: how the body is parsed. */
  format: ArticleFormat;
  /** The Markdown after the frontmatter. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Offset of the body in the file's text (after a byte order mark, if any). */
  bodyOffset: number;
  /** The parsed body, when there is frontmatter and the body parses. */
  tree: Root | undefined;
  /** The project ids listed in the frontmatter, read even when other fields are invalid. */
  projectIds: string[];
  /** File offsets of the title's and summary's text, when written on one line, for messages about their words. */
  textOffsets: { title?: number; summary?: number };
  /** Where a frontmatter field sits in the file, for messages raised by later checks. */
  locate: (path: readonly PropertyKey[]) => Place | undefined;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function articleSlugFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.(md|mdx)$/i, '');
}

// Free-text fields may hold a placeholder while the article is a draft; a date or address never can.
const DRAFT_PLACEHOLDER_FIELDS = new Set(['title', 'summary', 'editorNote', 'source.publication', 'source.originalTitle', 'source.note']);

/** Reports placeholders left in the frontmatter and returns their paths, so the schema does not report them again. */
function flagPlaceholders(file: VFile, data: Record<string, unknown>, locate: (path: readonly PropertyKey[]) => Place | undefined): string[] {
  const found: string[][] = [];
  for (const [key, value] of Object.entries(data)) {
    if (isTodo(value)) found.push([key]);
    if (key === 'source' && value && typeof value === 'object' && !Array.isArray(value))
      for (const [inner, innerValue] of Object.entries(value)) if (isTodo(innerValue)) found.push([key, inner]);
  }
  for (const path of found) {
    const field = path.join('.');
    const value = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], data) as string;
    const allowed = data.draft === true && DRAFT_PLACEHOLDER_FIELDS.has(field);
    flag(
      file,
      allowed ? 'warning' : 'error',
      `${field}：仍是占位文字${quoted(value.length > 40 ? `${value.slice(0, 39)}…` : value)}；${allowed ? '改为 draft: false 之前' : '发布前'}请替换`,
      locate(path),
      'todo',
    );
  }
  return found.map((path) => path.join('.'));
}

export function parseArticleFile(file: VFile): ParsedArticle {
  // A file that could not be read (missing, not UTF-8) already has its one message.
  if (file.data.unreadable) return emptyArticle(file.path, '');
  const article = readArticleFile(file);
  if (article.bodyOffset === 0) return article; // no frontmatter block: its error is enough
  const parsed = parseArticleBody(article.body, article.format);
  if (parsed.ok) {
    // Every later check walks the tree; one thousands of levels deep would overflow them (and Astro's renderer).
    const deep = tooDeepNode(parsed.tree);
    if (!deep) return { ...article, tree: parsed.tree };
    const line = (deep.position?.start.line ?? 1) + article.bodyLine - 1;
    flag(file, 'error', `正文嵌套过深（超过 ${MAX_BODY_DEPTH} 层引用或列表）：不像是文章，请检查此处`, { start: { line, column: deep.position?.start.column ?? 1 } }, 'too-deep');
    return article;
  }
  const reason = bodySyntaxReason(parsed.reason);
  // An HTML comment's wording already says what to write instead.
  const hint = article.format === 'mdx' && /[<{]/u.test(parsed.reason) && !reason.includes('注释') ? '；在 .mdx 文件里，要显示 < 或 { 本身请写 \\< 或 \\{' : '';
  flag(
    file,
    'error',
    `正文不是有效的 ${article.format === 'mdx' ? 'MDX' : 'Markdown'}：${reason}${hint}`,
    { start: { line: parsed.line + article.bodyLine - 1, column: parsed.column } },
    'body-syntax',
  );
  return article;
}

function emptyArticle(path: string, text: string): ParsedArticle {
  return { slug: articleSlugFromPath(path), path, format: articleFormat(path), frontmatter: undefined, body: text, bodyLine: 1, bodyOffset: 0, tree: undefined, projectIds: [], textOffsets: {}, locate: () => undefined };
}

function readArticleFile(file: VFile): ParsedArticle {
  const text = String(file.value ?? '').replace(/^\uFEFF/, '');
  const path = file.path;
  const slug = articleSlugFromPath(path);
  const format = articleFormat(path);
  const empty = emptyArticle(path, text);

  if (!slugSchema.safeParse(slug).success)
    flag(
      file,
      'error',
      `文件名${quoted(slug)}不能用作网址：应只含小写拉丁字母、数字和单个连字符，如 daqing-projects-2023-05.md`,
      undefined,
      'article-file-name',
    );

  const match = FRONTMATTER.exec(text);
  if (!match) {
    flag(file, 'error', '文件开头缺少 frontmatter：应先有一行 ---，再写各字段（title、date、summary……），最后再有一行 ---', { start: { line: 1, column: 1 } }, 'frontmatter');
    return empty;
  }
  const yamlText = match[1] ?? '';
  const bodyOffset = match[0].length;
  const bodyLine = text.slice(0, bodyOffset).split('\n').length + (text.slice(0, bodyOffset).endsWith('\n') ? 0 : 1);
  const body = text.slice(bodyOffset);
  const yamlStartLine = 2; // the line after the opening ---

  const lineCounter = new LineCounter();
  // Core schema keeps 2023-05-10 as text, so impossible dates reach the date check instead of becoming Dates.
  const document = parseDocument(yamlText, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  const placeAt = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { start: { line: line + yamlStartLine - 1, column: col } };
  };
  for (const error of document.errors) {
    const reason = error.code === 'DUPLICATE_KEY' ? 'frontmatter 里有字段出现了两次' : `frontmatter 不是有效的 YAML：${yamlErrorReason(error.code, error.message)}`;
    flag(file, 'error', reason, placeAt(error.pos[0]), 'frontmatter');
  }
  if (document.errors.length) return { ...empty, body, bodyLine, bodyOffset };

  let data: unknown;
  try {
    // yaml stops expanding aliases past 100 (a "billion laughs" bomb would take all memory); say so in one line.
    data = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    const reason = error instanceof ReferenceError ? 'YAML 别名（*名称）展开的次数超过上限 100，像是“别名炸弹”；请直接写出字段的值' : `无法读取：${error instanceof Error ? error.message : String(error)}`;
    flag(file, 'error', `frontmatter：${reason}`, { start: { line: yamlStartLine, column: 1 } }, 'frontmatter');
    return { ...empty, body, bodyLine, bodyOffset };
  }
  const locate = (segments: readonly PropertyKey[]): Place | undefined => {
    for (let length = segments.length; length >= 0; length--) {
      const node = document.getIn(segments.slice(0, length) as unknown[], true) as YamlNode | undefined;
      const range = node && (isScalar(node) || isMap(node) || 'range' in node) ? node.range : undefined;
      if (range) {
        // For a field, point at its key (the start of the line an editor looks at).
        if (length === segments.length && length > 0 && isMap(document.contents)) {
          const key = segments[length - 1];
          const parent = length > 1 ? (document.getIn(segments.slice(0, length - 1) as unknown[], true) as YamlNode) : document.contents;
          if (isMap(parent)) {
            const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
            if (pair && isScalar(pair.key) && pair.key.range) return placeAt(pair.key.range[0]);
          }
        }
        return placeAt(range[0]);
      }
    }
    return { start: { line: 1, column: 1 } };
  };

  if (typeof data !== 'object' || Array.isArray(data)) {
    flag(file, 'error', 'frontmatter 应为字段（title: …、date: …），实为单个值', { start: { line: 2, column: 1 } }, 'frontmatter');
    return { ...empty, body, bodyLine, bodyOffset };
  }

  for (const [value, path] of stringsIn(data)) {
    const forbidden = forbiddenCharacter(value);
    if (forbidden) flag(file, 'error', `${formatPath(path)}：含有不可见的控制字符 ${forbidden.code}：网页、订阅源和图片都无法容纳它，请删除`, locate(path), 'control-character');
  }
  const listed = (data as { projects?: unknown }).projects;
  const projectIds = Array.isArray(listed) ? listed.filter((id): id is string => typeof id === 'string') : [];
  const placeholders = new Set(flagPlaceholders(file, data as Record<string, unknown>, locate));
  const result = articleFrontmatterSchema.safeParse(data, parseOptions);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (placeholders.has(issue.path.join('.'))) continue;
      const where = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
      const field = formatPath(issue.path);
      flag(file, 'error', `${field ? `${field}：` : ''}${explainIssue(issue, articleFrontmatterSchema)}`, locate(where), 'frontmatter');
    }
    return { ...empty, body, bodyLine, bodyOffset, projectIds, locate };
  }
  // Plain and quoted one-line scalars hold their text as written (escapes aside), so offsets into it point right.
  const yamlOffset = text.indexOf('\n') + 1;
  const textOffsets: ParsedArticle['textOffsets'] = {};
  for (const key of ['title', 'summary'] as const) {
    const node = document.get(key, true);
    if (!isScalar(node) || !node.range || !['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'].includes(String(node.type))) continue;
    textOffsets[key] = yamlOffset + node.range[0] + (node.type === 'PLAIN' ? 0 : 1);
  }
  return { slug, path, format, frontmatter: result.data, body, bodyLine, bodyOffset, tree: undefined, projectIds, textOffsets, locate };
}
