import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import type { Paragraph, Text } from 'mdast';
import { parseScrapedText, scrapedTextParser } from './parse.ts';
import { applyEdits, placeOf, pointAt } from './origin.ts';

const texts = (input: string) =>
  parseScrapedText(input).children.map((paragraph) => (paragraph as Paragraph).children[0] as Text);

describe('parseScrapedText', () => {
  it('parseScrapedText makes one paragraph per non-blank line', () => {
    const tree = parseScrapedText('第一段\n\n  \n第二段\r\n第三段\r第四段\n');
    expect(tree.children.map((p) => ((p as Paragraph).children[0] as Text).value)).toEqual(['第一段', '第二段', '第三段', '第四段']);
  });

  it('parseScrapedText keeps each line where it stood in the scraped file', () => {
    const [first, second] = texts('\n  缩进的段落 \n\n末段');
    expect(first?.value).toBe('  缩进的段落 ');
    expect(first?.position).toEqual({ start: { line: 2, column: 1, offset: 1 }, end: { line: 2, column: 9, offset: 9 } });
    expect(second?.position?.start).toEqual({ line: 4, column: 1, offset: 11 });
  });

  it('parseScrapedText gives the root the span of the whole input', () => {
    expect(parseScrapedText('甲\n乙乙\n').position?.end).toEqual({ line: 3, column: 1, offset: 5 });
    expect(parseScrapedText('').children).toEqual([]);
  });

  it('scrapedTextParser lets unified parse scraped text', () => {
    const tree = unified().use(scrapedTextParser).parse('甲\n乙');
    expect(tree.children).toHaveLength(2);
  });
});

describe('applyEdits', () => {
  it('applyEdits keeps the original column of every character that stays', () => {
    const [node] = texts('  車(chē)輛');
    if (!node) throw new Error('no node');
    applyEdits(node, [{ start: 0, end: 2 }, { start: 3, end: 8 }]);
    expect(node.value).toBe('車輛');
    expect(pointAt(node, 0)).toEqual({ line: 1, column: 3 });
    expect(pointAt(node, 1)).toEqual({ line: 1, column: 9 });
    expect(placeOf(node, 1, 2)).toEqual({ start: { line: 1, column: 9 }, end: { line: 1, column: 10 } });
  });

  it('applyEdits refuses overlapping edits', () => {
    const [node] = texts('abcdef');
    if (!node) throw new Error('no node');
    expect(() => applyEdits(node, [{ start: 0, end: 3 }, { start: 2, end: 4 }])).toThrow(RangeError);
  });
});
