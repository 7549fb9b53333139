// Reads one article (Markdown or MDX) as an editor wrote it: frontmatter syntax and schema problems become
// messages with the line of the offending field. Dates are read as text so 2023-02-30 is caught, not rolled over.

import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { VFile } from 'vfile';
import { articleFrontmatterSchema, slugSchema, type ArticleFrontmatter } from '../schema.ts';
import { report } from './diagnostics.ts';
import type { Place } from './position.ts';
import { explainIssue, formatPath, parseOptions } from './zodIssues.ts';

export interface ParsedArticle {
  /** The file name without extension: the article's address. */
  slug: string;
  path: string;
  frontmatter: ArticleFrontmatter | undefined;
  /** The Markdown after the frontmatter. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** The project ids listed in the frontmatter, read even when other fields are invalid. */
  projectIds: string[];
  /** Where a frontmatter field sits in the file, for messages raised by later checks. */
  locate: (path: readonly PropertyKey[]) => Place | undefined;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function articleSlugFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.(md|mdx)$/i, '');
}

export function parseArticleFile(file: VFile): ParsedArticle {
  const text = String(file.value ?? '').replace(/^\uFEFF/, '');
  const path = file.path;
  const slug = articleSlugFromPath(path);
  const empty: ParsedArticle = { slug, path, frontmatter: undefined, body: text, bodyLine: 1, projectIds: [], locate: () => undefined };

  if (!slugSchema.safeParse(slug).success)
    report(
      file,
      'error',
      `file name "${slug}" is not a URL-safe slug: expected lowercase latin letters, digits and single hyphens, like "daqing-projects-2023-05.md"`,
      undefined,
      'article-file-name',
    );

  const match = FRONTMATTER.exec(text);
  if (!match) {
    report(file, 'error', 'expected frontmatter at the top: a "---" line, the fields (title, date, summary …), and a closing "---" line', { start: { line: 1, column: 1 } }, 'frontmatter');
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
    const reason = error.code === 'DUPLICATE_KEY' ? 'a field appears twice in the frontmatter' : `frontmatter is not valid YAML: ${error.message.split('\n')[0]}`;
    report(file, 'error', reason, placeAt(error.pos[0]), 'frontmatter');
  }
  if (document.errors.length) return { ...empty, body, bodyLine };

  const data: unknown = document.toJS() ?? {};
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
    report(file, 'error', 'expected frontmatter fields (title: …, date: …), got a bare value', { start: { line: 2, column: 1 } }, 'frontmatter');
    return { ...empty, body, bodyLine };
  }

  const listed = (data as { projects?: unknown }).projects;
  const projectIds = Array.isArray(listed) ? listed.filter((id): id is string => typeof id === 'string') : [];
  const result = articleFrontmatterSchema.safeParse(data, parseOptions);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const where = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
      const field = formatPath(issue.path);
      report(file, 'error', `${field ? `${field}: ` : ''}${explainIssue(issue, articleFrontmatterSchema)}`, locate(where), 'frontmatter');
    }
    return { ...empty, body, bodyLine, projectIds, locate };
  }
  return { slug, path, frontmatter: result.data, body, bodyLine, projectIds, locate };
}
