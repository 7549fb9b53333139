// The scraped tree is flat: root > paragraph > text. These helpers walk and prune it.
import type { Paragraph, Root, Text } from 'mdast';

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

function paragraphText(paragraph: Paragraph): string {
  return paragraph.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

export function dropEmptyParagraphs(tree: Root): void {
  tree.children = tree.children.filter((node) => node.type !== 'paragraph' || paragraphText(node) !== '');
}

export function paragraphStrings(tree: Root): string[] {
  return tree.children.filter((node) => node.type === 'paragraph').map(paragraphText);
}
