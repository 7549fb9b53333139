// The text of an article file: YAML frontmatter written by the `yaml` package (so any title or summary is quoted
// as YAML needs), and a body built as mdast and written by remark-stringify (so text that looks like Markdown or
// HTML is escaped and stays text).

import type { Root } from 'mdast';
import { unified } from 'unified';
import { Document } from 'yaml';
import { stringifyLiteral } from '../clean/markdown.ts';

/** Paragraphs of plain text as Markdown that Astro reads back as the same text, as the cleaner writes its own. */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  if (paragraphs.length === 0) return '';
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return stringifyLiteral(tree);
}

/** Frontmatter fields in the order given, skipping undefined ones, then the body. */
export function articleFileText(frontmatter: Record<string, unknown>, markdown: string): string {
  const fields = Object.fromEntries(Object.entries(frontmatter).filter(([, value]) => value !== undefined));
  // lineWidth 0: long Chinese summaries stay on one line instead of being folded.
  const yaml = new Document(fields).toString({ lineWidth: 0 });
  return `---\n${yaml}---\n${markdown ? `\n${markdown}` : ''}`;
}
