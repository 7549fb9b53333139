// How plain text becomes Markdown that reads back as the same text. remark-stringify escapes CommonMark syntax
// (*, _, #, <, [ …); Astro also reads GitHub Flavored Markdown, so strikethrough (~) and bare web and mail
// addresses (www.x.cn, https://x.cn, a@b.cn, which would turn the rest of a Chinese sentence into a link) are
// escaped too, with the patterns mdast-util-gfm itself uses.
import type { Options } from 'remark-stringify';

const notInConstruct: NonNullable<Options['unsafe']>[number]['notInConstruct'] = ['autolink', 'link', 'image', 'label'];

export const literalTextOptions: Options = {
  unsafe: [
    { character: '~', inConstruct: 'phrasing', notInConstruct },
    { character: '@', before: '[+\\-.\\w]', after: '[\\-.\\w]', inConstruct: 'phrasing', notInConstruct },
    { character: '.', before: '[Ww]', after: '[\\-.\\w]', inConstruct: 'phrasing', notInConstruct },
    { character: ':', before: '[ps]', after: '\\/', inConstruct: 'phrasing', notInConstruct },
  ],
};
