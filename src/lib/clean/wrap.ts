// Print columns hard-wrapped into lines (自贡…包括自贡凤鸣通用机场、 / 贡井区金鱼河…): a line of prose that stops
// mid-sentence, with the next raw line right under it, continues on that line. The two become one paragraph
// (two text nodes, each keeping its own position). A heading (short, no clause marks) or a line ending a
// sentence or a lead-in (。！？：…) is never joined, nor a line followed by a blank line or a bullet.
import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';

const ENDS_SENTENCE = /[。！？!?；;：:…”’」』）)】]$/u;
const CLAUSE = /[，,、；;。]/u;
const STARTS_ITEM = /^(?:[-•·*●○◆◇▪►]|[（(]?[一二三四五六七八九十\d]+[、.）)]|第[一二三四五六七八九十\d]+)/u;
const MIN_LENGTH = 16;

function lineRange(paragraph: Paragraph): { first: number; last: number; text: string } | undefined {
  const texts = paragraph.children.filter((child) => child.type === 'text');
  if (texts.length === 0) return undefined;
  return {
    first: texts[0]!.position?.start.line ?? 0,
    last: texts.at(-1)!.position?.start.line ?? 0,
    text: texts.map((child) => child.value).join(''),
  };
}

export const joinWrappedLines: Plugin<[], Root> = function () {
  return function (tree) {
    const children: Root['children'] = [];
    for (const node of tree.children) {
      const previous = children.at(-1);
      if (node.type === 'paragraph' && previous?.type === 'paragraph') {
        const above = lineRange(previous);
        const below = lineRange(node);
        const lastLine = above?.text.split(/\n/u).at(-1) ?? '';
        const lastNode = previous.children.at(-1);
        const lastValue = lastNode?.type === 'text' ? lastNode.value.trim() : lastLine;
        if (
          above &&
          below &&
          below.first === above.last + 1 &&
          [...lastValue].length >= MIN_LENGTH &&
          CLAUSE.test(lastValue) &&
          !ENDS_SENTENCE.test(lastValue) &&
          !STARTS_ITEM.test(below.text.trim())
        ) {
          previous.children.push(...node.children);
          continue;
        }
      }
      children.push(node);
    }
    tree.children = children;
  };
};
