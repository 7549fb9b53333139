// The scraped tree is flat: root > paragraph > text. These helpers walk and prune it.
import type { Paragraph, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface ParagraphText {
  paragraph: Paragraph;
  text: Text;
}

export function paragraphTexts(tree: Root): ParagraphText[] {
  const found: ParagraphText[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'paragraph') continue;
    for (const text of paragraph.children) if (text.type === 'text') found.push({ paragraph, text });
  }
  return found;
}

export function dropEmptyParagraphs(tree: Root): void {
  tree.children = tree.children.filter((node) => node.type !== 'paragraph' || toString(node) !== '');
}

export function paragraphStrings(tree: Root): string[] {
  return tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node));
}
