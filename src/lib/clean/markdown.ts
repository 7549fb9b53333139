// How plain text becomes Markdown that reads back as the same text. remark-stringify escapes CommonMark syntax
// (*, _, #, <, [ …); Astro also reads GitHub Flavored Markdown, so strikethrough (~) and bare web and mail
// addresses (www.x.cn, https://x.cn, a@b.cn, which would turn the rest of a Chinese sentence into a link) are
// escaped too, with the patterns mdast-util-gfm itself uses.
import type { Root } from 'mdast';
import remarkStringify, { type Options } from 'remark-stringify';
import { unified } from 'unified';

const notInConstruct: NonNullable<Options['unsafe']>[number]['notInConstruct'] = ['autolink', 'link', 'image', 'label'];

export const literalTextOptions: Options = {
  unsafe: [
    { character: '~', inConstruct: 'phrasing', notInConstruct },
    { character: '@', before: '[+\\-.\\w]', after: '[\\-.\\w]', inConstruct: 'phrasing', notInConstruct },
    { character: '.', before: '[Ww]', after: '[\\-.\\w]', inConstruct: 'phrasing', notInConstruct },
    { character: ':', before: '[ps]', after: '\\/', inConstruct: 'phrasing', notInConstruct },
  ],
};

/**
 * Markdown for a tree of plain-text paragraphs. A lone tilde in a paragraph (宽25~40米) cannot open a
 * strikethrough, which needs a closing one, so it is left as written rather than escaped.
 */
export function stringifyLiteral(tree: Root): string {
  const markdown = unified().use(remarkStringify, literalTextOptions).stringify(tree);
  return markdown
    .split('\n\n')
    .map((block) => ((block.match(/~/gu)?.length ?? 0) === 1 ? block.replace(/\\~/u, '~') : block))
    .join('\n\n');
}
