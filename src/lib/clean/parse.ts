// Scraped plain text to mdast: one paragraph per non-blank line, each holding a single text node that
// keeps the raw line and its position in the scraped file. Cleaning steps edit those text nodes.
import type { Paragraph, Root, Text } from 'mdast';
import type { Plugin } from 'unified';

// line := any characters up to LF, CRLF or CR
const LINE = /([^\r\n]*)(\r\n|\r|\n|$)/g;

export function parseScrapedText(text: string): Root {
  const children: Paragraph[] = [];
  let line = 0;
  for (const match of text.matchAll(LINE)) {
    const [whole, content = ''] = match;
    if (whole === '') break; // the empty match at the very end
    line++;
    if (!/\S/u.test(content)) continue;
    const offset = match.index;
    const position = {
      start: { line, column: 1, offset },
      end: { line, column: content.length + 1, offset: offset + content.length },
    };
    const node: Text = { type: 'text', value: content, position };
    children.push({ type: 'paragraph', children: [node], position });
  }
  const lines = text.split(/\r\n|\r|\n/);
  const end = { line: lines.length, column: (lines.at(-1) ?? '').length + 1, offset: text.length };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/** unified parser plugin around {@link parseScrapedText}. */
export const scrapedTextParser: Plugin<[], string, Root> = function () {
  this.parser = (document: string) => parseScrapedText(document);
};
