// The one place an article body is parsed, with the parser Astro 7 itself uses (Sätteri, through
// @astrojs/mdx and Astro's Markdown pipeline), so a body the check accepts is a body the build accepts.
// `.md` is CommonMark + GFM + directives (a chart is a `::chart{…}` line: src/lib/charts/chartDirective.ts),
// `.mdx` adds JSX and {expressions}. The tree is mdast with positions.

import type { Nodes, PhrasingContent, Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { restoreDirectiveText } from './charts/chartDirective.ts';

export type ArticleFormat = 'md' | 'mdx';

export function articleFormat(path: string): ArticleFormat {
  return /\.mdx$/i.test(path) ? 'mdx' : 'md';
}

export type BodyParse =
  | { ok: true; tree: Root }
  | {
      ok: false;
      /** The parser's reason, without its position prefix. */
      reason: string;
      /** 1-based line and column in the body. */
      line: number;
      column: number;
    };

// "7:1: Unexpected character after `<` … (mdx-jsx:unexpected-character)"
const PARSE_ERROR = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*([\s\S]*?)(?:\s+\([\w-]+:[\w-]+\))?\s*$/u;

/** Parses a body (the text after the frontmatter); MDX syntax errors come back as data, never thrown. */
export function parseArticleBody(body: string, format: ArticleFormat): BodyParse {
  // The frontmatter is already cut off: a body starting with --- is a thematic break, not a second frontmatter.
  try {
    // As astro.config.mjs configures Astro: directives in .md only, where text directives are text again.
    const tree =
      format === 'mdx'
        ? (mdxToMdast(body, { features: { frontmatter: false } }) as unknown as Root)
        : restoreDirectiveText(markdownToMdast(body, { features: { frontmatter: false, directive: true } }) as unknown as Root, body);
    return { ok: true, tree };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = PARSE_ERROR.exec(message.split('\n')[0] ?? '');
    if (!match) return { ok: false, reason: message, line: 1, column: 1 };
    return { ok: false, reason: match[3] ?? message, line: Number(match[1]), column: Number(match[2]) };
  }
}

/** A run of prose as readers see it (a paragraph, heading or table cell), mapped back to the body. */
export interface TextBlock {
  type: 'paragraph' | 'heading' | 'tableCell';
  text: string;
  /** The body offset (UTF-16) of the character at `index` in `text`. */
  offsetOf: (index: number) => number;
}

interface Piece {
  textStart: number;
  /** Body offset of each character of the piece. */
  offsets: number[];
}

/** Source offset for each character of a node's value: the value is the source minus escapes and entities. */
export function align(value: string, source: string, sourceStart: number): number[] {
  const offsets: number[] = [];
  let j = 0;
  for (const char of value) {
    const found = source.indexOf(char, j);
    const at = found === -1 || found - j > 12 ? j : found;
    for (let unit = 0; unit < char.length; unit++) offsets.push(sourceStart + at + unit);
    if (found !== -1 && found - j <= 12) j = found + char.length;
  }
  return offsets;
}

function collect(nodes: readonly PhrasingContent[], body: string, pieces: Piece[], parts: string[], length: { value: number }): void {
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text' || node.type === 'inlineCode') {
      const offsets =
        start === undefined || end === undefined
          ? Array.from({ length: node.value.length }, () => 0)
          : align(node.value, body.slice(start, end), start);
      pieces.push({ textStart: length.value, offsets });
      parts.push(node.value);
      length.value += node.value.length;
    } else if (node.type === 'break') {
      pieces.push({ textStart: length.value, offsets: [start ?? 0] });
      parts.push('\n');
      length.value += 1;
    } else if ('children' in node && Array.isArray(node.children)) {
      // emphasis, strong, delete, link, linkReference and inline JSX: their words are prose too.
      collect(node.children as PhrasingContent[], body, pieces, parts, length);
    }
    // Images, HTML, {expressions} and footnote references are not prose.
  }
}

function block(type: TextBlock['type'], children: readonly PhrasingContent[], body: string): TextBlock {
  const pieces: Piece[] = [];
  const parts: string[] = [];
  collect(children, body, pieces, parts, { value: 0 });
  const text = parts.join('');
  return {
    type,
    text,
    offsetOf(index) {
      for (let i = pieces.length - 1; i >= 0; i--) {
        const piece = pieces[i]!;
        if (index >= piece.textStart) return piece.offsets[Math.min(index - piece.textStart, piece.offsets.length - 1)] ?? 0;
      }
      return 0;
    },
  };
}

/** Every paragraph, heading and table cell of a body, in reading order. */
export function textBlocks(tree: Root, body: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(block(node.type, node.children, body));
      return;
    }
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return blocks;
}
